import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedElement } from '../base/feed-element.js';
import { initialsOf, toneOf, toneStyles } from '../base/initials.js';
import { afterPaint, lazyPart, PendingRenders } from '../base/pending-renders.js';
import type { LoadedFeed } from '../data/load-feed.js';
import { SLICE_MS } from '../data/slices.js';
import type { FeedSection, LocalizedText, Member } from '../feed/schema.js';
import { el, hidden } from './dom.js';
import { memberRosterStyles } from './member-roster.styles.js';
import { parseSectors, RosterModel, type RosterEntry, type RosterSort, type RosterView } from './roster-view.js';
import { memberRosterStrings, type MemberRosterStrings } from './strings.js';

export type RosterLayout = 'cards' | 'list' | 'logos';

/**
 * The list and the logo wall, the target meter, and what a filtered or re-sorted roster needs:
 * loaded on demand, since most rosters show none of them at first. A roster that shows one
 * starts loading it while its feed loads; filtering also when the visitor turns to the controls.
 */
const layoutsPart = lazyPart('its list and logo wall', () => import('./layouts.js'));
const targetPart = lazyPart('its target meter', () => import('./target.js'));
const filteringPart = lazyPart('its filtering', () => import('./filtering.js'));

/** How long the count waits after the last keystroke before screen readers hear it. */
export const ANNOUNCE_DELAY_MS = 750;

/**
 * Members put in place (built, or moved by a new sort or a cleared filter) in one batch, each
 * batch in a task of its own after a painted frame. Each member costs style and layout in the
 * next frame; a thousand at once is a task of 100 ms or more on a modest
 * machine. In batches, each task stays well under 50 ms and a long roster fills in below the
 * first screen.
 */
export const DRAW_BATCH = 100;

/** Members put in place with the first render whatever the time: the first screenful, so nothing shifts. */
export const DRAW_FIRST = 48;

/**
 * Above this many members to draw, off-screen ones skip layout and paint (`content-visibility`):
 * fifty cards laid out in full already take a frame's budget and more on a slow machine.
 */
const MANY = 24;

/** The intrinsic size of every logo: a 2:1 box, so a logo arriving late moves nothing. */
const LOGO_WIDTH = 160;
const LOGO_HEIGHT = 80;

/** A date without a time is a calendar day: formatted in UTC so no time zone moves it. */
const DAY_TIME_ZONE = 'UTC';

/** "https://www.ohmy.example.org/about" → "ohmy.example.org": what people recognise in a link. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** What every member's DOM is drawn with: when any of it changes, members are built anew. */
interface DrawContext {
  members: readonly Member[];
  /** The layout, heading level and languages below, in one string to compare. */
  key: string;
  layout: RosterLayout;
  level: number;
  strings: MemberRosterStrings;
  /** The page's language and the feed's: they decide the `lang` marks on feed texts. */
  language: string;
  feedLanguage?: string;
  /** Intl objects are costly to create: one set per language, not one per member. */
  day: Intl.DateTimeFormat;
  collator: Intl.Collator;
}

/**
 * @summary The member companies of a cluster or programme, as cards, a compact list or a logo wall, with search, sector and city filters, sorting, and progress toward the member target.
 *
 * @csspart base - Everything the widget draws once the feed is there (the size container).
 * @csspart target - The progress toward the member target (with `show-target`).
 * @csspart target-label - The words above the meter.
 * @csspart target-value - "12 av 18 företag" above the meter.
 * @csspart meter - The meter (role="meter").
 * @csspart meter-bar - The filled part of the meter.
 * @csspart deadline - When the target should be reached.
 * @csspart controls - The search, filters and sorting (absent with `hide-filters`).
 * @csspart search - The search field.
 * @csspart sector-filter - The group of sector chips.
 * @csspart chip - One sector chip (a toggle button).
 * @csspart city-filter - The city select.
 * @csspart sort - The sort select.
 * @csspart clear - The "clear filters" buttons.
 * @csspart count - How many companies are shown.
 * @csspart list - The list of members (every layout).
 * @csspart member - One member, in every layout.
 * @csspart card - One member in the `cards` layout (also `member`).
 * @csspart row - One member in the `list` layout (also `member`).
 * @csspart tile - One member in the `logos` layout (also `member`).
 * @csspart logo-box - The fixed box that holds a logo or the initials.
 * @csspart logo - A member's logo.
 * @csspart initials - The initials shown when there is no logo (or it does not load).
 * @csspart body - The text of a card or row.
 * @csspart name - A member's name.
 * @csspart sectors - A member's sectors.
 * @csspart sector - One of a member's sectors.
 * @csspart city - A member's city.
 * @csspart summary - A member's short description (cards).
 * @csspart joined - When the member joined.
 * @csspart link - The link to a member's website (only when the feed has one).
 * @csspart no-matches - The message shown when no member matches the filters.
 * @csspart more - The "show more" button under a long roster.
 *
 * @cssprop --cn-member-roster-card-min-width - Narrowest a card gets before the cards reflow (default: 16rem).
 * @cssprop --cn-member-roster-tile-min-width - Narrowest a logo-wall tile gets (default: 10rem).
 * @cssprop --cn-member-roster-logo-width - Width of the logo box in cards (default: 8rem; the box is 2:1).
 * @cssprop --cn-member-roster-logo-background - Behind logos, which are mostly drawn for white (default: #fff in light and dark).
 * @cssprop --cn-member-roster-chip-radius - Corner radius of the sector chips (default: 999px).
 * @cssprop --cn-member-roster-meter-color - The filled part of the target meter (default: the accent colour).
 * @cssprop --cn-member-roster-meter-track - The empty part of the target meter (default: the quiet surface colour).
 * @cssprop --cn-member-roster-placeholder-height - Space reserved while loading (default: 24rem; 16rem for `list`, 12rem for `logos`).
 */
export class MemberRoster extends FeedElement {
  static override styles = [...FeedElement.styles, toneStyles, memberRosterStyles];

  protected readonly sections: readonly FeedSection[] = ['members', 'memberTarget'];

  private readonly model = new RosterModel();
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The count as last rendered: what the live region says once typing settles. */
  private currentCount = '';
  /** How many of the matching members are shown; back to one page whenever the filters change. */
  private shownLimit = 0;
  private shownLimitFor?: readonly RosterEntry[];
  /** The members the list should hold, in order (drawn after Lit's render, in batches). */
  private listEntries: readonly RosterEntry[] = [];
  /**
   * Each member's `<li>`, built once and kept while the feed, layout and language stay (also
   * while a filter hides it): filtering, clearing and sorting move these nodes, never rebuild them.
   */
  private items = new Map<RosterEntry, HTMLElement>();
  private context?: DrawContext;
  /** What brings another render when it settles (a part loaded on demand, the wait for the next batch of members): `updateComplete` waits for it. */
  private readonly pending = new PendingRenders(this);
  /** The wait before the next batch of members, while a long roster is being drawn. */
  private nextBatch?: Promise<void>;
  /** Logos that failed to load: their members get initials instead. */
  private readonly brokenLogos = new Set<string>();

  /** `cards` (default), `list` (compact rows) or `logos` (a logo wall). */
  @property({ reflect: true }) layout: RosterLayout = 'cards';

  /** Sector codes to show, separated by spaces or commas (`design film`); all sectors when unset. The chips change it. */
  @property() sector?: string;

  /** A city to show (`Piteå`, any case); all cities when unset. The city select changes it. */
  @property() city?: string;

  /** Text to search for in the names. The search field changes it. */
  @property() query?: string;

  /** `name` (A–Ö in the page's language, default) or `joined` (newest members first). */
  @property() sort: RosterSort = 'name';

  /** Shows the progress toward the feed's `memberTarget`. */
  @property({ type: Boolean, attribute: 'show-target' }) showTarget = false;

  /** Hides the search, filters and sorting, for compact embeds; preset filters still apply. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /**
   * How many members to draw at first and per "show more" (default 48; `0` draws all, a
   * screenful at once and the rest in batches over the next frames; `updateComplete` resolves
   * once all are drawn, or at once for a roster out of the page, which draws no more until it is
   * back). Filters and the count always cover every member; a page keeps a
   * partner's tab order short.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 48;

  /** The heading level of each name in the `cards` layout, to fit the page's outline (2–6, default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    // One listener for every logo: `error` does not bubble, but it passes the root while capturing.
    this.renderRoot.addEventListener('error', this.onLogoError, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('error', this.onLogoError, true);
    clearTimeout(this.announceTimer);
  }

  /** Empties the search and the sector and city filters (the sort order stays). */
  clearFilters(): void {
    this.query = undefined;
    this.sector = undefined;
    this.city = undefined;
  }

  /** Resolves once Lit has rendered, the parts shown have arrived, and every member due is drawn (a long roster takes a few frames). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    // Loaded while the feed loads; their styles are adopted once they are there.
    if (this.otherLayout) this.pending.part(layoutsPart);
    if (this.showTarget) this.pending.part(targetPart);
    if (this.query || this.sector || this.city || this.sort === 'joined') this.pending.part(filteringPart);
  }

  protected override updated(): void {
    this.drawList();
  }

  protected renderFeed(loaded: LoadedFeed): unknown {
    const strings = this.localize.pick(memberRosterStrings);
    const members = loaded.feed.members ?? [];
    const target = loaded.feed.memberTarget && loaded.feed.memberTarget.value > 0 ? loaded.feed.memberTarget : undefined;
    const layouts = this.otherLayout ? layoutsPart.module : null;
    const meter = this.showTarget && target ? targetPart.module : null;
    const query = this.query ?? '';
    const sectors = parseSectors(this.sector);
    const city = this.city?.trim() ?? '';
    const filtered = query.trim() !== '' || sectors.size > 0 || city !== '';
    const filtering = filtered || this.sort === 'joined' ? filteringPart.module : null;
    // The placeholder stays until the parts shown have arrived, so that nothing moves when they
    // do; once members are drawn, they stay until filtering has arrived. Without a part that
    // could not be loaded, the roster shows cards, or no meter.
    if (layouts === undefined || meter === undefined || (filtering === undefined && !this.context)) return this.renderLoading();
    const targetView = meter ? meter.renderTarget(this, members.length, target!, strings) : nothing;
    this.listEntries = [];
    if (members.length === 0) {
      this.currentCount = '';
      return html`<div part="base">${targetView}${this.renderMessage(strings.empty)}</div>`;
    }
    const { language, locale } = this.localize;
    const view = this.model.view(
      members,
      { language, locale, cityOf: (member) => this.plainText(member.city, loaded) },
      { query, sectors, city, sort: this.sort },
      filtering ?? undefined,
    );
    // With a filter, "4 av 12": the denominator is what the filter narrowed. Without one, the
    // feed's target gives the programme's own framing, "12 av 18 företag".
    this.currentCount = filtered && filtering
      ? strings.countOf(view.shown.length, view.total)
      : target
        ? strings.countOf(view.total, target.value)
        : strings.count(view.total);
    const layout = layouts ? this.layout : 'cards';
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const key = `${layout} ${level} ${language} ${loaded.feed.language}`;
    if (this.context?.members !== members || this.context.key !== key) {
      this.context = {
        members,
        key,
        layout,
        level,
        strings,
        language,
        feedLanguage: loaded.feed.language,
        day: this.localize.dateFormat({ dateStyle: 'long' }, DAY_TIME_ZONE),
        collator: new Intl.Collator(locale),
      };
      this.items = new Map();
    }
    if (this.shownLimitFor !== view.shown) {
      this.shownLimitFor = view.shown;
      this.shownLimit = this.pageLength;
    }
    return html`<div part="base">
      ${targetView}
      ${this.hideFilters ? nothing : this.renderControls(view, sectors, city, filtered && filtering ? filtering.renderClear(this) : nothing, locale)}
      <p part="count">${this.currentCount}</p>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
      ${filtered && filtering === null
        ? this.renderMessage(this.localize.strings.unavailable)
        : view.shown.length > 0
          ? this.renderList(view.shown, layout, strings)
          : filtering?.renderNoMatches(this)}
    </div>`;
  }

  private renderControls(view: RosterView, sectors: ReadonlySet<string>, city: string, clear: unknown, locale: string) {
    const { strings, collator } = this.context!;
    // A preset sector or city that no member has still gets its control, so it can be undone.
    const sectorCodes = [...new Set([...view.sectors, ...sectors])]
      .map((code) => ({ code, label: strings.sectorName(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const cityKey = city.toLocaleLowerCase(locale);
    const cities = city && !view.cities.some((known) => known.toLocaleLowerCase(locale) === cityKey) ? [...view.cities, city] : view.cities;
    return html`<div part="controls" role="search" aria-label=${strings.controlsLabel} @focusin=${this.onControlsFocus}>
      <div class="field search-field">
        <label for="search">${strings.search}</label>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" .value=${this.query ?? ''} @input=${this.onSearchInput} />
      </div>
      ${cities.length > 1 || city
        ? html`<div class="field">
            <label for="city">${strings.city}</label>
            <select id="city" part="city-filter" @change=${this.onCityChange}>
              <option value="" ?selected=${!city}>${strings.allCities}</option>
              ${cities.map((name) => html`<option value=${name} ?selected=${name.toLocaleLowerCase(locale) === cityKey}>${name}</option>`)}
            </select>
          </div>`
        : nothing}
      ${view.hasJoined
        ? html`<div class="field">
            <label for="sort">${strings.sort}</label>
            <select id="sort" part="sort" @change=${this.onSortChange}>
              <option value="name" ?selected=${this.sort !== 'joined'}>${strings.sortByName}</option>
              <option value="joined" ?selected=${this.sort === 'joined'}>${strings.sortByJoined}</option>
            </select>
          </div>`
        : nothing}
      ${sectorCodes.length > 1 || sectors.size > 0
        ? html`<div part="sector-filter" role="group" aria-labelledby="sector-label">
            <span id="sector-label" class="group-label">${strings.sector}</span>
            ${sectorCodes.map(
              ({ code, label }) =>
                html`<button type="button" part="chip" aria-pressed=${sectors.has(code) ? 'true' : 'false'} data-sector=${code} @click=${this.onChipClick}>
                  <span class="check" aria-hidden="true"></span>${label}
                </button>`,
            )}
          </div>`
        : nothing}
      ${clear}
    </div>`;
  }

  /** The list itself is empty here: its members are drawn into it after the render (`drawList`). */
  private renderList(matching: readonly RosterEntry[], layout: RosterLayout, strings: MemberRosterStrings) {
    this.listEntries = matching.length > this.shownLimit ? matching.slice(0, this.shownLimit) : matching;
    const remaining = matching.length - this.listEntries.length;
    return html`<ul part="list" class="layout-${layout} ${this.listEntries.length > MANY ? 'many' : ''}" aria-label=${strings.listLabel}></ul>
      ${remaining > 0 ? html`<button type="button" part="more" @click=${this.onShowMore}>${strings.showMore(remaining)}</button>` : nothing}`;
  }

  /**
   * Puts the list's members in order, reusing the `<li>` each already has. At most `DRAW_BATCH`
   * members are put in place per batch, each built in a task after a painted frame (after the
   * first screenful, fewer when building them takes `SLICE_MS`): the rest follow below those
   * already in place.
   */
  private drawList(): void {
    const list = this.renderRoot.querySelector('ul');
    const entries = list ? this.listEntries : [];
    // Members that leave go first: those that stay are then in order already, so a filter moves nothing.
    const staying = new Set<Element>();
    for (const entry of entries) {
      const item = this.items.get(entry);
      if (item) staying.add(item);
    }
    for (const child of list ? [...list.children] : []) if (!staying.has(child)) child.remove();
    const until = performance.now() + SLICE_MS;
    // An empty list gets its first screenful only: it shares its task with Lit's render.
    const batch = list?.childElementCount ? DRAW_BATCH : DRAW_FIRST;
    let next = list?.firstElementChild ?? null;
    let placed = 0;
    let complete = true;
    for (const entry of entries) {
      let item = this.items.get(entry);
      if (item === next) {
        next = next!.nextElementSibling;
        continue;
      }
      if (placed >= batch || (placed >= DRAW_FIRST && performance.now() > until)) {
        complete = false;
        break;
      }
      placed++;
      if (!item) this.items.set(entry, (item = this.buildItem(entry)));
      list!.insertBefore(item, next);
    }
    // The next batch comes with the render that follows the wait.
    if (!complete) this.pending.add((this.nextBatch ??= afterPaint().then(() => (this.nextBatch = undefined))));
  }

  /** One member's `<li>` in the current layout (plain DOM: no template markers per member). */
  private buildItem(entry: RosterEntry): HTMLElement {
    const { layout, level, strings, day } = this.context!;
    const { member } = entry;
    const { name, url } = member;
    const logo = this.hasLogo(member);
    const logoBox = el(
      'span',
      { part: 'logo-box' },
      logo
        ? // `loading` before `src`: an image made by script starts loading as soon as it has a source.
          el('img', { part: 'logo', loading: 'lazy', decoding: 'async', width: LOGO_WIDTH, height: LOGO_HEIGHT, alt: name, src: member.logo! })
        : // aria-hidden: the name is always written beside (or under) the initials.
          el('span', { part: 'initials', class: `tone-${toneOf(name)}`, 'aria-hidden': 'true' }, initialsOf(name)),
    );
    // Another layout than cards is drawn only once its part is there.
    if (layout === 'logos') return layoutsPart.module!.tile(member, logoBox, logo);
    const sectors =
      entry.sectors.length > 0 &&
      el(
        'span',
        { part: 'sectors' },
        hidden(`${strings.sector}: `),
        ...entry.sectors.flatMap((code, index) => [index > 0 && hidden(', '), el('span', { part: 'sector' }, strings.sectorName(code))]),
      );
    const city = member.city && el('p', { part: 'city' }, hidden(`${strings.city}: `), this.feedText(member.city));
    const joined = member.joined && el('span', { part: 'joined' }, strings.memberSince(day.format(Date.parse(member.joined))));
    if (layout === 'list') return layoutsPart.module!.row(member, logoBox, sectors, city, joined);
    return el(
      'li',
      { part: 'member card' },
      logoBox,
      el(
        'div',
        { part: 'body' },
        el('div', { part: 'name', role: 'heading', 'aria-level': level }, name),
        sectors,
        city,
        member.summary && el('p', { part: 'summary' }, this.feedText(member.summary)),
        joined,
        url && el('a', { part: 'link', href: url }, hidden(`${strings.website}: `), hostOf(url)),
      ),
    );
  }

  /** A feed text in the page's language, marked with its own language when that differs (as `text()`). */
  private feedText(value: LocalizedText): Node | string {
    const { text, lang } = this.localize.text(value, this.context!.feedLanguage);
    return lang.toLowerCase() === this.context!.language.toLowerCase() ? text : el('span', { lang }, text);
  }

  /** Whether the list or the logo wall is asked for: any other layout is drawn as cards. */
  private get otherLayout(): boolean {
    return this.layout === 'list' || this.layout === 'logos';
  }

  /** The members one page holds; everything when `page-size` is 0 or not a number. */
  private get pageLength(): number {
    const size = Math.floor(this.pageSize);
    return size > 0 ? size : Infinity;
  }

  private hasLogo(member: Member): boolean {
    return member.logo !== undefined && !this.brokenLogos.has(member.logo);
  }

  /** A logo that fails gives its members initials, on screen and among those kept for later. */
  private readonly onLogoError = (event: Event): void => {
    const image = event.target;
    if (!(image instanceof HTMLImageElement) || !image.part.contains('logo')) return;
    const logo = image.getAttribute('src')!;
    this.brokenLogos.add(logo);
    for (const [entry, item] of this.items) {
      if (entry.member.logo !== logo) continue;
      const rebuilt = this.buildItem(entry);
      item.replaceWith(rebuilt);
      this.items.set(entry, rebuilt);
    }
  };

  /** The visitor turns to the controls: filtering is loaded before the first keystroke or click needs it. */
  private readonly onControlsFocus = (): void => {
    this.pending.part(filteringPart);
  };

  private readonly onSearchInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.announceWhenSettled();
  };

  private readonly onCityChange = (event: Event): void => {
    this.city = (event.target as HTMLSelectElement).value || undefined;
    this.announceWhenSettled();
  };

  private readonly onSortChange = (event: Event): void => {
    this.sort = (event.target as HTMLSelectElement).value === 'joined' ? 'joined' : 'name';
  };

  private readonly onChipClick = (event: Event): void => {
    const code = (event.currentTarget as HTMLElement).dataset.sector!;
    const sectors = parseSectors(this.sector);
    if (sectors.has(code)) sectors.delete(code);
    else sectors.add(code);
    this.sector = sectors.size > 0 ? [...sectors].join(' ') : undefined;
    this.announceWhenSettled();
  };

  private readonly onShowMore = async (): Promise<void> => {
    const firstNew = this.shownLimit;
    this.shownLimit += this.pageLength;
    this.requestUpdate();
    await this.updateComplete;
    // The first member just shown takes focus, so keyboard users go on reading where they were.
    const item = this.renderRoot.querySelector('ul')?.children[firstNew] as HTMLElement | undefined;
    if (!item) return;
    item.tabIndex = -1;
    item.focus();
  };

  /**
   * Screen readers hear the count once the visitor stops typing or clicking, not on every
   * keystroke (WCAG 4.1.3, without chatter). The polite live region's text is written here
   * only, never by a render.
   */
  private announceWhenSettled(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(async () => {
      await this.updateComplete;
      const live = this.renderRoot.querySelector('[aria-live]');
      if (live) live.textContent = this.currentCount;
    }, ANNOUNCE_DELAY_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-member-roster': MemberRoster;
  }
}
