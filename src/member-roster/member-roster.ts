import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { FeedElement } from '../base/feed-element.js';
// Imported, not copied: the one rule for initials in the library (it should move to a shared module).
import { initialsOf, toneOf, toneStyles } from '../base/initials.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, Member, Target } from '../feed/schema.js';
import { memberRosterStyles } from './member-roster.styles.js';
import { parseSectors, RosterModel, type RosterEntry, type RosterSort, type RosterView } from './roster-view.js';
import { memberRosterStrings, type MemberRosterStrings } from './strings.js';

export type RosterLayout = 'cards' | 'list' | 'logos';

const LAYOUTS: readonly RosterLayout[] = ['cards', 'list', 'logos'];

/** How long the count waits after the last keystroke before screen readers hear it. */
export const ANNOUNCE_DELAY_MS = 750;

/** The intrinsic size of every logo: a 2:1 box, so a logo arriving late moves nothing. */
const LOGO_WIDTH = 160;
const LOGO_HEIGHT = 80;

/** Above this many rendered members, off-screen ones skip layout and paint (`content-visibility`). */
const MANY = 100;

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
  /** Intl objects are costly to create: one set per locale, not one per member and render. */
  private intl?: { locale: string; day: Intl.DateTimeFormat; collator: Intl.Collator };
  /** How many of the matching members are drawn; back to one page whenever the filters change. */
  private shownLimit = 0;
  private shownLimitFor?: readonly RosterEntry[];

  /** Logos that failed to load: their members get initials instead. */
  @state() private brokenLogos = new Set<string>();
  /** The polite live region's text; set only after the visitor's changes settle. */
  @state() private announcement = '';

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
   * How many members to draw at first and per "show more" (default 48; `0` draws all). Filters
   * and the count always cover every member; a page keeps a partner's tab order short.
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

  protected renderFeed(loaded: LoadedFeed): unknown {
    const strings = this.localize.pick(memberRosterStrings);
    const members = loaded.feed.members ?? [];
    const target = loaded.feed.memberTarget && loaded.feed.memberTarget.value > 0 ? loaded.feed.memberTarget : undefined;
    const targetView = this.showTarget && target ? this.renderTarget(members.length, target, strings) : nothing;
    if (members.length === 0) {
      this.currentCount = '';
      return html`<div part="base">${targetView}${this.renderMessage(strings.empty)}</div>`;
    }
    const sectors = parseSectors(this.sector);
    const city = this.city?.trim() ?? '';
    const view = this.model.view(
      members,
      { language: this.localize.language, locale: this.localize.locale, cityOf: (member) => (member.city === undefined ? undefined : this.plainText(member.city, loaded)) },
      { query: this.query ?? '', sectors, city, sort: this.sort },
    );
    const filtered = (this.query ?? '').trim() !== '' || sectors.size > 0 || city !== '';
    // With a filter, "4 av 12": the denominator is what the filter narrowed. Without one, the
    // feed's target gives the programme's own framing, "12 av 18 företag".
    this.currentCount = filtered
      ? strings.countOf(view.shown.length, view.total)
      : target
        ? strings.countOf(view.total, target.value)
        : strings.count(view.total);
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'cards';
    if (this.shownLimitFor !== view.shown) {
      this.shownLimitFor = view.shown;
      this.shownLimit = this.pageLength;
    }
    return html`<div part="base">
      ${targetView}
      ${this.hideFilters ? nothing : this.renderControls(view, sectors, city, filtered, strings)}
      <p part="count">${this.currentCount}</p>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${view.shown.length > 0 ? this.renderMembers(view.shown, layout, loaded, strings) : this.renderNoMatches(strings)}
    </div>`;
  }

  /**
   * The bar's width is set through the CSSOM, never as a `style` attribute: Lit's `styleMap`
   * writes the attribute on first render, which a strict `style-src` blocks (tested).
   */
  private renderTarget(count: number, target: Target, strings: MemberRosterStrings) {
    const reached = count >= target.value;
    const text = strings.countOf(count, target.value);
    const percent = Math.min(100, Math.round((count / target.value) * 100));
    return html`<div part="target">
      <p class="target-head">
        <span part="target-label" id="target-label">${strings.targetLabel}</span>
        <span part="target-value">${reached ? html`<span class="reached">✓ ${strings.targetReached}:</span> ` : nothing}${text}</span>
      </p>
      <div
        part="meter"
        role="meter"
        aria-labelledby="target-label"
        aria-valuemin="0"
        aria-valuemax=${target.value}
        aria-valuenow=${Math.min(count, target.value)}
        aria-valuetext=${reached ? `${strings.targetReached}: ${text}` : text}
      >
        <div part="meter-bar" ${ref((bar) => bar instanceof HTMLElement && bar.style.setProperty('inline-size', `${percent}%`))}></div>
      </div>
      ${target.deadline
        ? html`<p part="deadline">${strings.targetDeadline(this.localize.formatDate(Date.parse(target.deadline), { dateStyle: 'long' }, DAY_TIME_ZONE))}</p>`
        : nothing}
    </div>`;
  }

  private renderControls(view: RosterView, sectors: ReadonlySet<string>, city: string, filtered: boolean, strings: MemberRosterStrings) {
    const locale = this.localize.locale;
    const collator = this.intlFor(locale).collator;
    // A preset sector or city that no member has still gets its control, so it can be undone.
    const sectorCodes = [...new Set([...view.sectors, ...sectors])]
      .map((code) => ({ code, label: this.sectorName(code, strings) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const cityKey = city.toLocaleLowerCase(locale);
    const cities = city && !view.cities.some((known) => known.toLocaleLowerCase(locale) === cityKey) ? [...view.cities, city] : view.cities;
    return html`<div part="controls" role="search" aria-label=${strings.controlsLabel}>
      <div class="field search-field">
        <label for="search">${strings.search}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.query ?? '')}
          @input=${this.onSearchInput}
        />
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
      ${filtered ? html`<div class="field clear-field"><button type="button" part="clear" @click=${this.onClear}>${strings.clearFilters}</button></div>` : nothing}
    </div>`;
  }

  private renderMembers(matching: readonly RosterEntry[], layout: RosterLayout, loaded: LoadedFeed, strings: MemberRosterStrings) {
    const entries = matching.length > this.shownLimit ? matching.slice(0, this.shownLimit) : matching;
    const remaining = matching.length - entries.length;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const item =
      layout === 'list'
        ? (entry: RosterEntry) => this.renderRow(entry, loaded, strings)
        : layout === 'logos'
          ? (entry: RosterEntry) => this.renderTile(entry)
          : (entry: RosterEntry) => this.renderCard(entry, level, loaded, strings);
    return html`<ul part="list" class="layout-${layout} ${entries.length > MANY ? 'many' : ''}" aria-label=${strings.listLabel}>
        ${repeat(entries, (entry) => entry.key, item)}
      </ul>
      ${remaining > 0 ? html`<button type="button" part="more" @click=${this.onShowMore}>${strings.showMore(remaining)}</button>` : nothing}`;
  }

  private renderCard(entry: RosterEntry, level: number, loaded: LoadedFeed, strings: MemberRosterStrings) {
    const member = entry.member;
    return html`<li part="member card">
      ${this.renderLogo(member)}
      <div part="body">
        <div part="name" role="heading" aria-level=${level}>${member.name}</div>
        ${this.renderSectors(entry, strings)}
        ${member.city ? html`<p part="city"><span class="visually-hidden">${strings.cityPrefix} </span>${this.text(member.city, loaded)}</p>` : nothing}
        ${member.summary ? html`<p part="summary">${this.text(member.summary, loaded)}</p>` : nothing}
        ${this.renderJoined(member, strings)}
        ${member.url
          ? html`<p class="link-line"><a part="link" href=${member.url}><span class="visually-hidden">${strings.website}: </span>${hostOf(member.url)}</a></p>`
          : nothing}
      </div>
    </li>`;
  }

  private renderRow(entry: RosterEntry, loaded: LoadedFeed, strings: MemberRosterStrings) {
    const member = entry.member;
    return html`<li part="member row">
      ${this.renderLogo(member)}
      <div part="body">
        <span part="name">${member.url ? html`<a part="link" href=${member.url}>${member.name}</a>` : member.name}</span>
        <span class="meta">
          ${this.renderSectors(entry, strings)}
          ${member.city ? html`<span part="city"><span class="visually-hidden">${strings.cityPrefix} </span>${this.text(member.city, loaded)}</span>` : nothing}
          ${this.renderJoined(member, strings)}
        </span>
      </div>
    </li>`;
  }

  private renderTile(entry: RosterEntry) {
    const member = entry.member;
    const hasLogo = this.hasLogo(member);
    // A logo carries the name in its alt; initials alone do not, so the name is written under them.
    const content = html`${this.renderLogo(member)}${hasLogo ? nothing : html`<span part="name">${member.name}</span>`}`;
    return html`<li part="member tile">${member.url ? html`<a part="link" href=${member.url}>${content}</a>` : html`<div class="tile-body">${content}</div>`}</li>`;
  }

  private renderLogo(member: Member): TemplateResult {
    if (this.hasLogo(member)) {
      return html`<span part="logo-box"
        ><img part="logo" src=${member.logo!} alt=${member.name} width=${LOGO_WIDTH} height=${LOGO_HEIGHT} loading="lazy" decoding="async"
      /></span>`;
    }
    // aria-hidden: the name is always written beside (or under) the initials.
    return html`<span part="logo-box"><span part="initials" class="tone-${toneOf(member.name)}" aria-hidden="true">${initialsOf(member.name)}</span></span>`;
  }

  private renderSectors(entry: RosterEntry, strings: MemberRosterStrings) {
    if (entry.sectors.length === 0) return nothing;
    return html`<span part="sectors"
      ><span class="visually-hidden">${strings.sectorsPrefix} </span>${entry.sectors.map(
        (code, index) => html`${index > 0 ? html`<span class="visually-hidden">, </span>` : nothing}<span part="sector">${this.sectorName(code, strings)}</span>`,
      )}</span
    >`;
  }

  private renderJoined(member: Member, strings: MemberRosterStrings) {
    if (!member.joined) return nothing;
    const date = this.intlFor(this.localize.locale).day.format(Date.parse(member.joined));
    return html`<span part="joined">${strings.memberSince(date)}</span>`;
  }

  private renderNoMatches(strings: MemberRosterStrings) {
    return html`<div part="message no-matches">
      <p>${strings.noMatches}</p>
      ${this.hideFilters ? nothing : html`<button type="button" part="clear" @click=${this.onClear}>${strings.clearFilters}</button>`}
    </div>`;
  }

  /** The members one page holds; everything when `page-size` is 0 or not a number. */
  private get pageLength(): number {
    const size = Math.floor(this.pageSize);
    return size > 0 ? size : Infinity;
  }

  private intlFor(locale: string) {
    if (this.intl?.locale !== locale) {
      this.intl = {
        locale,
        day: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: DAY_TIME_ZONE }),
        collator: new Intl.Collator(locale),
      };
    }
    return this.intl;
  }

  private hasLogo(member: Member): boolean {
    return member.logo !== undefined && !this.brokenLogos.has(member.logo);
  }

  private sectorName(code: string, strings: MemberRosterStrings): string {
    return Object.hasOwn(strings.sectorNames, code) ? strings.sectorNames[code] : code.charAt(0).toLocaleUpperCase(this.localize.locale) + code.slice(1);
  }

  private readonly onLogoError = (event: Event): void => {
    const image = event.target;
    if (!(image instanceof HTMLImageElement) || !image.part.contains('logo')) return;
    const logo = image.getAttribute('src');
    if (logo === null || this.brokenLogos.has(logo)) return;
    this.brokenLogos = new Set(this.brokenLogos).add(logo);
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
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] > [part~="member"]')[firstNew];
    if (!item) return;
    item.tabIndex = -1;
    item.focus();
  };

  private readonly onClear = async (): Promise<void> => {
    this.clearFilters();
    this.announceWhenSettled();
    // The button that was pressed disappears: put focus where the visitor can go on.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
  };

  /**
   * Screen readers hear the count once the visitor stops typing or clicking, not on every
   * keystroke (WCAG 4.1.3, without chatter).
   */
  private announceWhenSettled(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(async () => {
      await this.updateComplete;
      this.announcement = this.currentCount;
    }, ANNOUNCE_DELAY_MS);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-member-roster': MemberRoster;
  }
}
