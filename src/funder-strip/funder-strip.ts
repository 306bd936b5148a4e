import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedElement } from '../base/feed-element.js';
import { afterPaint, PendingRenders } from '../base/pending-renders.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, Funder, Money } from '../feed/schema.js';
import { euEmblem } from './eu-emblem.js';
import { funderStripStyles } from './funder-strip.styles.js';
import { euFundingOf, groupByKind, summarizeAmounts, type AmountSummary, type EuFunding } from './funders.js';
import { funderStripStrings } from './strings.js';

export type FunderStripLayout = 'strip' | 'grid' | 'footer';

const LAYOUTS: readonly FunderStripLayout[] = ['strip', 'grid', 'footer'];

/** Feeds already warned about: re-renders and other strips on the same feed stay quiet. */
const warnedFeeds = new WeakSet<object>();

/**
 * Funders drawn with the first render: every strip a programme really has, and the first
 * screenful of a long one. A longer strip gets `DRAW_BATCH` more in each frame after that,
 * below those drawn: 200 funders at once made a task of 60 ms and more on a modest machine.
 * A batch may be larger than the first: most of it is out of view, where it costs little
 * (see `.many` in the styles).
 */
export const DRAW_FIRST = 50;
export const DRAW_BATCH = 150;

/**
 * @summary Who pays for the programme: funder logos or text badges, amounts and shares, and the EU emblem with the statement the EU visibility rules require.
 *
 * @csspart base - The wrapper of everything the strip shows (the dark band in the footer layout).
 * @csspart list - A list of funders (one, or one per group).
 * @csspart group - One group of funders of the same kind (with `group`).
 * @csspart heading - The heading of a group.
 * @csspart funder - One funder (or, for EU funds, the one EU block).
 * @csspart link - The link to a funder's site.
 * @csspart badge - The box that holds a logo or a name, of a fixed height.
 * @csspart logo - A funder's logo.
 * @csspart name - A funder's name in a text badge (no logo, or it failed to load).
 * @csspart eu - The EU block: emblem, statement and funds.
 * @csspart emblem - The EU emblem (inline SVG, 3:2, official colours).
 * @csspart eu-statement - "Co-funded by the European Union" (2021–2027) or "European Union" (2014–2020).
 * @csspart funds - The list of EU funds under the statement.
 * @csspart fund - One EU fund.
 * @csspart amounts - A funder's amount and share.
 * @csspart amount - A funder's amount.
 * @csspart share - A funder's share of the total.
 * @csspart total - The total of all amounts.
 *
 * @cssprop --cn-funder-strip-logo-height - Height of every logo (default: 3rem). The EU emblem is never lower.
 * @cssprop --cn-funder-strip-logo-width - Width of the box each logo is fitted into, uncropped (default: 10rem).
 * @cssprop --cn-funder-strip-logo-background - Background behind logos (default: white, in light and dark: logos are made for white).
 * @cssprop --cn-funder-strip-emblem-height - Height of the EU emblem (default and minimum: the logo height).
 * @cssprop --cn-funder-strip-eu-font-family - Font of the EU statement: one of the typefaces the rules list (default: Arial, then Liberation Sans, Helvetica, Verdana, Tahoma, Trebuchet MS, Calibri, Ubuntu, sans-serif).
 * @cssprop --cn-funder-strip-eu-color - Colour of the EU statement: reflex blue, black or white only (default: #003399 on light, white on dark).
 * @cssprop --cn-funder-strip-gap - Space between badges (default: the `--cn-space`).
 * @cssprop --cn-funder-strip-cell-min-width - Narrowest cell of the grid layout (default: 12rem).
 * @cssprop --cn-funder-strip-footer-background - Background of the footer layout (default: #10202b; set it to your footer's colour).
 * @cssprop --cn-funder-strip-footer-color - The one colour of the footer layout (default: white).
 * @cssprop --cn-funder-strip-footer-logo-filter - CSS filter that turns logos into the footer colour (default: brightness(0) invert(1), white). Never applied to the EU emblem.
 * @cssprop --cn-funder-strip-min-height - Height reserved while loading (default: one row of badges).
 */
export class FunderStrip extends FeedElement {
  static override styles = [...FeedElement.styles, funderStripStyles];

  protected readonly sections: readonly FeedSection[] = ['funders', 'programme'];

  /** Logos that failed to load: their funders get a text badge instead. */
  @state() private brokenLogos = new Set<string>();

  /**
   * How many funders are drawn (see `DRAW_FIRST`). It only grows: a refreshed or changed feed
   * is drawn at once up to it, so a visitor's place in a long strip never empties and refills.
   */
  private drawLimit = DRAW_FIRST;
  /** The wait for the next batch while a long list is being drawn. */
  private nextBatch?: Promise<void>;
  /** The batches still to come: `updateComplete` waits for every one. */
  private readonly pending = new PendingRenders(this);

  /** `strip` (a row that wraps, default), `grid`, or `footer` (one colour, for dark backgrounds). */
  @property({ reflect: true }) layout: FunderStripLayout = 'strip';

  /** Shows each funder's amount and share, and the total. Off by default: most pages only acknowledge funders. */
  @property({ type: Boolean, attribute: 'show-amounts' }) showAmounts = false;

  /** Groups funders by kind (EU, national, regional, municipal, private, academic) under headings. */
  @property({ type: Boolean }) group = false;

  /** The heading level of the group headings, to fit the page's outline (2–6, default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected override willUpdate(): void {
    // An unknown layout would leave the strip unstyled; fall back to the default instead.
    if (!LAYOUTS.includes(this.layout)) this.layout = 'strip';
  }

  /** Resolves once every funder is drawn: a long strip takes a frame or two more (see `DRAW_FIRST`); a strip out of the page draws no more until it is back. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
  }

  protected renderFeed(loaded: LoadedFeed): unknown {
    const strings = this.localize.pick(funderStripStrings);
    const funders = loaded.feed.funders ?? [];
    if (funders.length === 0) return this.renderMessage(strings.empty);
    const eu = euFundingOf(funders, loaded.feed.programme);
    if (eu) this.warnAboutGuessedPeriod(eu, loaded);
    const amounts = summarizeAmounts(funders);
    // Funders are drawn in the order shown, up to the limit: the rest come in the next frames.
    let left = this.drawLimit;
    const drawn = (list: Funder[]): Funder[] => {
      const shown = list.slice(0, Math.max(0, left));
      left -= list.length;
      return shown;
    };
    /** A list's items: the one EU block first, then the other funders in feed order. */
    const items = (list: Funder[]) => {
      const funds = drawn(list.filter((funder) => funder.kind === 'eu'));
      const others = drawn(list.filter((funder) => funder.kind !== 'eu'));
      return html`${eu && funds.length ? this.renderEu(eu, funds, amounts, loaded) : nothing}${others.map((funder) => this.renderFunder(funder, amounts, loaded))}`;
    };
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const content = this.group
      ? groupByKind(funders).map((group) =>
          // A group none of whose funders is drawn yet waits for them.
          left > 0
            ? html`<section part="group" class="group-${group.kind}">
                <div part="heading" role="heading" aria-level=${level}>${strings.kinds[group.kind]}</div>
                <ul part="list">
                  ${items(group.funders)}
                </ul>
              </section>`
            : nothing,
        )
      : html`<ul part="list" aria-label=${strings.listLabel}>
          ${items(funders)}
        </ul>`;
    // Counted on the whole list: groups not reached yet leave `left` as it is.
    const allDrawn = this.drawLimit >= funders.length;
    if (!allDrawn && !this.nextBatch) {
      this.nextBatch = afterPaint().then(() => {
        this.nextBatch = undefined;
        this.drawLimit += DRAW_BATCH;
      });
      // Renders again once the batch's turn has come.
      this.pending.add(this.nextBatch);
    }
    // The total comes once every funder is drawn: it is last, so nothing drawn after would move it.
    return html`<div
      part="base"
      class=${funders.length > DRAW_FIRST ? 'many' : ''}
      role=${this.group ? 'group' : nothing}
      aria-label=${this.group ? strings.listLabel : nothing}
    >
      ${content}
      ${this.showAmounts && amounts.total && allDrawn
        ? html`<p part="total"><span class="label">${strings.total}:</span> ${this.money(amounts.total)}</p>`
        : nothing}
    </div>`;
  }

  /**
   * The one EU block, first: the emblem, then the statement as real text beside it, then
   * the funds (those drawn so far). The EU funders' own logos are not shown: the emblem stands
   * for the Union's support (Regulation (EU) 2021/1060, Annex IX). See EU-VISIBILITY.md.
   */
  private renderEu(eu: EuFunding, funds: Funder[], amounts: AmountSummary, loaded: LoadedFeed): TemplateResult {
    const strings = this.localize.pick(funderStripStrings);
    // 2021–2027 asks for "Co-funded by the European Union"; 2014–2020 for "European Union"
    // spelled out and the fund's name. A mix of both gets the current statement and the funds.
    const statement = eu.periods.includes('2021-2027') ? strings.coFundedByTheEu : strings.europeanUnion;
    return html`<li part="funder eu" class="eu-item" data-period=${eu.periods.join(' ')}>
      <div class="eu-block">
        ${euEmblem('colour')}
        <div class="eu-text">
          <p part="eu-statement">${statement}</p>
          <ul part="funds" aria-label=${strings.fundsLabel}>
            ${funds.map((funder) => this.renderFund(funder, amounts, loaded))}
          </ul>
        </div>
      </div>
    </li>`;
  }

  // The templates of one funder or fund are written without whitespace between their tags: a
  // long strip has hundreds, and each gap would be one more text node to build, style and lay out.

  /**
   * One EU fund: its name as plain text (the rules allow no underlined variant of the text
   * beside the emblem), and the funder's link after it when the feed has one.
   */
  private renderFund(funder: Funder, amounts: AmountSummary, loaded: LoadedFeed): TemplateResult {
    const strings = this.localize.pick(funderStripStrings);
    const fund = funder.fund ?? funder.name;
    const sameName = this.plainText(fund, loaded) === this.plainText(funder.name, loaded);
    let link: TemplateResult | typeof nothing = nothing;
    if (funder.url && sameName) {
      link = html` · <a part="link" href=${funder.url} aria-label=${`${strings.website}: ${this.plainText(funder.name, loaded)}`}>${strings.website}</a>`;
    } else if (funder.url) {
      link = html` ${strings.via} <a part="link" href=${funder.url}>${this.text(funder.name, loaded)}</a>`;
    } else if (!sameName) {
      link = html` ${strings.via} ${this.text(funder.name, loaded)}`;
    }
    return html`<li part="fund"><span class="fund-name">${this.text(fund, loaded)}</span>${link}${this.renderAmounts(funder, amounts)}</li>`;
  }

  private renderFunder(funder: Funder, amounts: AmountSummary, loaded: LoadedFeed): TemplateResult {
    const badge = this.renderBadge(funder, loaded);
    return html`<li part="funder" class="kind-${funder.kind}">${funder.url ? html`<a part="link" href=${funder.url}>${badge}</a>` : badge}${this.renderAmounts(funder, amounts)}</li>`;
  }

  /** A logo in a fixed box, or the name in a text badge of the same height. */
  private renderBadge(funder: Funder, loaded: LoadedFeed): TemplateResult {
    const logo = funder.logo;
    if (logo && !this.brokenLogos.has(logo)) {
      const { text, lang } = this.localize.text(funder.name, loaded.feed.language);
      // alt is the funder's name: the logo is the only thing that names it (and its link).
      // width and height are the proportions of the logo box (10rem × 3rem), so the browser
      // reserves the box even before the styles apply; CSS sets the real size.
      return html`<span part="badge" class="logo-badge"><img
          part="logo"
          src=${logo}
          alt=${text}
          lang=${lang.toLowerCase() === this.localize.language.toLowerCase() ? nothing : lang}
          width="160"
          height="48"
          loading="lazy"
          decoding="async"
          @error=${() => this.markBroken(logo)}
        /></span>`;
    }
    return html`<span part="badge" class="text-badge"><span part="name">${this.text(funder.name, loaded)}</span></span>`;
  }

  /** The amount, and the share when there is a total: a template for each, so neither holds a template of its own. */
  private renderAmounts(funder: Funder, amounts: AmountSummary): TemplateResult | typeof nothing {
    if (!this.showAmounts || !funder.amount) return nothing;
    const share = amounts.shareOf(funder);
    const amount = this.money(funder.amount);
    return share === undefined
      ? html`<span part="amounts"><span part="amount">${amount}</span></span>`
      : html`<span part="amounts"><span part="amount">${amount}</span> <span part="share">(<span class="visually-hidden">${this.localize.pick(funderStripStrings).shareOfTotal} </span>${this.percent(share)})</span></span>`;
  }

  /** "3 402 775 kr" in Swedish, "SEK 3,402,775" in English: Intl in the page's language. */
  money(amount: Money): string {
    return this.localize.formatMoney(amount.value, amount.currency);
  }

  /** "50 %" in Swedish, "50%" in English; one decimal where it matters ("12,5 %"). */
  percent(share: number): string {
    return this.localize.formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });
  }

  private markBroken(logo: string): void {
    this.brokenLogos = new Set(this.brokenLogos).add(logo);
  }

  /** Tells the webmaster once per feed when the EU statement rests on a guess. */
  private warnAboutGuessedPeriod(eu: EuFunding, loaded: LoadedFeed): void {
    if (eu.guessed.length === 0 || warnedFeeds.has(loaded.feed)) return;
    warnedFeeds.add(loaded.feed);
    console.warn(
      `<${this.localName}> ${loaded.url ? `feed ${loaded.url}: ` : ''}the EU funding period of ${eu.guessed.map((funder) => funder.id).join(', ')} is not given; ` +
        `showing the 2021–2027 statement. Add "fundingPeriod": "2014-2020" or "2021-2027" to the funder, or programme.period.start to the feed.`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-funder-strip': FunderStrip;
  }
}
