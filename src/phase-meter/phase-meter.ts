import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedElement } from '../base/feed-element.js';
import { DEFAULT_TIME_ZONE } from '../base/localize.js';
import { lazyPart, PendingRenders, type LazyPart } from '../base/pending-renders.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, LocalizedText } from '../feed/schema.js';
import { iconSymbols } from './icons.js';
import { PhaseFormat } from './phase-format.js';
import {
  calendarDateIn,
  currentPhaseIndexes,
  DEFAULT_TOLERANCE,
  feedDateIn,
  isIsoDate,
  isTimeZone,
  phaseProgress,
  type PhaseInput,
} from './phase-status.js';
import { phaseMeterStyles } from './phase-meter.styles.js';
import { membersBlock, periodBlock, phaseContent, type Context, type Row, type Text } from './phase-views.js';
import { phaseMeterStrings } from './strings.js';

export type PhaseMeterView = 'full' | 'compact' | 'funnel' | 'period';

const VIEWS: readonly PhaseMeterView[] = ['full', 'compact', 'funnel', 'period'];

/**
 * Steps drawn per task. A long list (a stress test has 200 phases; real programmes have two
 * to five) is drawn a slice at a time, the first slice at once and each next one in a task of
 * its own, so that no task holds the page for long; and its steps are laid out only near the
 * viewport (the class `long`).
 */
const SLICE = 40;

/**
 * The views other than the stepper, loaded on demand with their styles: most pages show the
 * stepper. A meter that shows one starts loading it while its feed loads.
 */
const compactView = lazyPart('its compact view', () => import('./compact-view.js'));
const funnelView = lazyPart('its funnel view', () => import('./funnel-view.js'));

/**
 * @summary Where a programme stands against its targets: its phases as a stepper with target, actual and a status in words, a compact line per phase, a funnel from phase to phase, and the time elapsed of the programme period with its budget.
 *
 * @csspart base - The widget's surface around everything it shows (not around its messages).
 * @csspart period - The programme period: dates, time bar and budget.
 * @csspart budget - The budget line.
 * @csspart stepper - The ordered list of phases (full view).
 * @csspart phase - One phase of the stepper; also `phase-current` on the phase(s) running today.
 * @csspart marker - The step number beside a phase.
 * @csspart name - A phase's name.
 * @csspart now - The "current" badge on a phase running today.
 * @csspart dates - A phase's dates.
 * @csspart summary - A phase's summary (full view).
 * @csspart figures - Target and actual of a phase.
 * @csspart bar - Every bar's track; also `bar-target` (actual against target), `bar-time` (time elapsed), `bar-funnel`, `bar-empty` (no actual yet).
 * @csspart fill - The filled part of a bar.
 * @csspart value - A bar's value in words beside it.
 * @csspart status - A status in words with its icon.
 * @csspart status-icon - The icon of a status (its shape differs per status).
 * @csspart compact - The list of one-line phases (compact view).
 * @csspart line - One line of the compact view.
 * @csspart members - The member target line (when the feed has `memberTarget`).
 * @csspart funnel - The funnel's ordered list.
 * @csspart step - One step of the funnel.
 * @csspart conversion - The share that went on from the step before.
 *
 * @cssprop --cn-phase-meter-bar-height - Height of the bars (default: 0.75rem).
 * @cssprop --cn-phase-meter-track-color - The empty part of a bar.
 * @cssprop --cn-phase-meter-color-reached - Bar and icon colour of "target reached".
 * @cssprop --cn-phase-meter-color-on-track - Bar and icon colour of "on track".
 * @cssprop --cn-phase-meter-color-behind - Bar and icon colour of "behind" (bars also striped).
 * @cssprop --cn-phase-meter-color-ended-short - Bar and icon colour of "ended short" (bars also cross-hatched).
 * @cssprop --cn-phase-meter-color-neutral - Bars of time and of statuses without a judgement (not started, in progress, no data).
 * @cssprop --cn-phase-meter-color-current - Marker and badge of the current phase (default: the accent colour).
 * @cssprop --cn-phase-meter-placeholder-height - Height reserved while loading (default per view).
 */
export class PhaseMeter extends FeedElement {
  static override styles = [...FeedElement.styles, phaseMeterStyles];

  /** The sections the current view shows: problems in them earn the "partial" note. */
  protected get sections(): readonly FeedSection[] {
    if (this.view === 'period') return ['programme'];
    if (this.view === 'funnel' || this.phase) return ['phases'];
    const feed = this.feed.state.status === 'ready' ? this.feed.state.feed : undefined;
    // The member count is the actual of the member target: a dropped member makes it wrong.
    return feed?.memberTarget ? ['phases', 'programme', 'memberTarget', 'members'] : ['phases', 'programme', 'memberTarget'];
  }

  /** Problems already reported in the console, so each is said once. */
  private readonly warned = new Set<string>();

  /** How many steps of a list are drawn: grows a slice a task, never shrinks while the view stays. */
  private drawn = SLICE;

  /** The wait for the next slice, while a long list is being drawn. */
  private drawing?: Promise<void>;

  /** What brings another render when it settles (the next slice, the funnel view): `updateComplete` waits for it. */
  private readonly pending = new PendingRenders(this);

  /** `full` (stepper, default), `compact` (one line per phase), `funnel`, or `period` (programme period and budget only). */
  @property({ reflect: true }) view: PhaseMeterView = 'full';

  /** The `id` of one phase to show alone (full and compact views); all phases when unset. */
  @property() phase?: string;

  /** The date to judge by, `2017-06-15`, for previews; today in `time-zone` when unset. */
  @property() today?: string;

  /** The time zone that decides which day it is today (default Europe/Stockholm). */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_TIME_ZONE;

  /** Percentage points the share of the target may lag the share of time and still be "on track" (default 10). */
  @property({ type: Number }) tolerance = DEFAULT_TOLERANCE * 100;

  /** The heading level of each phase's name in the full view, to fit the page's outline (2–6, default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The date the statuses are judged on: `today` when valid, else today's date in `time-zone`. */
  get referenceDate(): string {
    if (this.today !== undefined && this.today !== '') {
      if (isIsoDate(this.today)) return this.today;
      this.warnOnce(`today="${this.today}" is not a date such as 2017-06-15; using today's date`);
    }
    return calendarDateIn(this.resolvedTimeZone());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another view or phase replaces the list: it starts again from its first slice.
    if (changed.has('view') || changed.has('phase')) this.drawn = SLICE;
    // Loaded while the feed loads.
    if (this.view === 'compact') this.pending.part(compactView);
    if (this.view === 'funnel') this.pending.part(funnelView);
  }

  /** Also waits for what brings another render: the next slice of a long list, or a view loaded on demand. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
  }

  protected renderFeed(loaded: LoadedFeed): unknown {
    const strings = this.localize.pick(phaseMeterStrings);
    const c: Context = {
      format: PhaseFormat.for(this.localize.locale, strings),
      strings,
      today: this.referenceDate,
      level: Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3)),
    };
    const programme = loaded.feed.programme;
    const view = VIEWS.includes(this.view) ? this.view : 'full';
    if (view !== this.view) this.warnOnce(`view="${this.view}" is not one of ${VIEWS.join(', ')}; showing the full view`);
    if (view === 'period') {
      const period = periodBlock(programme, c);
      return period ? this.panel(period) : this.renderMessage(strings.periodEmpty);
    }

    const rows = this.rowsOf(loaded, c.today);
    if (view === 'funnel') {
      if (rows.length === 0) return this.renderMessage(strings.empty);
      return this.lazyView(funnelView, (funnel) => funnel.renderFunnel(this, rows, c));
    }

    if (this.phase) {
      const row = rows.find((candidate) => candidate.id === this.phase);
      if (!row) {
        if (rows.length > 0) {
          this.warnOnce(`phase="${this.phase}" is not in the feed; its phases are: ${rows.map((candidate) => candidate.id).join(', ')}`);
          return this.renderMessage(strings.notFound);
        }
        return this.renderMessage(strings.empty);
      }
      return view === 'compact'
        ? this.lazyView(compactView, (compact) => compact.renderCompactPhase(this, row, c))
        : this.panel(html`<div part="phase" class="single status-${row.progress.status}">${phaseContent(row, c)}</div>`);
    }

    const members = this.memberRow(loaded, c.today);
    if (rows.length === 0 && !members) return this.renderMessage(strings.empty);
    if (view === 'compact') return this.lazyView(compactView, (compact) => compact.renderCompact(this, rows, members, c));
    return this.panel(html`${periodBlock(programme, c) ?? nothing}${rows.length > 0
      ? this.list('stepper', strings.phasesLabel, rows, (row, index) => html`<li part=${row.current ? 'phase phase-current' : 'phase'} class="status-${row.progress.status}" aria-current=${row.current ? 'step' : nothing}
          ><span part="marker" aria-hidden="true" .textContent=${String(index + 1)}></span>${phaseContent(row, c)}</li
        >`)
      : nothing}${members ? membersBlock(members, c) : nothing}`);
  }

  /** A view loaded on demand: drawn once it has arrived, the placeholder while it loads, a message if it could not be loaded. */
  private lazyView<T extends object>(part: LazyPart<T>, draw: (view: T) => unknown): unknown {
    const view = this.pending.part(part);
    return view ? draw(view) : view === null ? this.renderMessage(this.localize.strings.unavailable) : this.renderLoading();
  }

  /** The widget's own surface, so that a forced theme is readable on any page; then the icons' symbols. */
  private panel(content: unknown): TemplateResult {
    return html`<div part="base">${content}</div>${iconSymbols}`;
  }

  /**
   * An ordered list of steps, `long` when it has more than a slice: the steps drawn so far,
   * and the next slice asked for, in a task of its own, while some are left.
   */
  private list<T>(part: string, label: string, items: readonly T[], item: (value: T, index: number) => TemplateResult): TemplateResult {
    let drawn = items;
    if (items.length > this.drawn) {
      this.drawing ??= new Promise<void>((resolve) => setTimeout(resolve)).then(() => {
        this.drawing = undefined;
        this.drawn += SLICE;
      });
      this.pending.add(this.drawing);
      drawn = items.slice(0, this.drawn);
    }
    return html`<ol part=${part} class=${items.length > SLICE ? 'long' : ''} aria-label=${label}>${drawn.map(item)}</ol>`;
  }

  /** A feed text in the page's language, with its own language when that differs. */
  private resolve(value: LocalizedText, loaded: LoadedFeed): Text {
    const { text, lang } = this.localize.text(value, loaded.feed.language);
    return lang.toLowerCase() === this.localize.language.toLowerCase() ? { text } : { text, lang };
  }

  /** The feed's phases in order, each with its status on the reference date. */
  private rowsOf(loaded: LoadedFeed, today: string): Row[] {
    const phases = loaded.feed.phases ?? [];
    const options = { fallbackStart: loaded.feed.programme?.period?.start, tolerance: this.toleranceShare() };
    const current = new Set(currentPhaseIndexes(phases, today, options));
    return phases.map((phase, index) => ({
      id: phase.id,
      name: this.resolve(phase.name, loaded),
      summary: phase.summary === undefined ? undefined : this.resolve(phase.summary, loaded),
      phase,
      progress: phaseProgress(phase, today, options),
      current: current.has(index),
    }));
  }

  /**
   * The member target (Creative North: grow to 18 companies) measured like a phase: the
   * actual is the number of members in the feed, as of the feed's `updated` date.
   */
  private memberRow(loaded: LoadedFeed, today: string): Row | undefined {
    const target = loaded.feed.memberTarget;
    if (!target) return undefined;
    const members = loaded.feed.members;
    const updated = loaded.feed.updated ? feedDateIn(loaded.feed.updated, this.resolvedTimeZone()) : undefined;
    // No deadline is borrowed from the programme period: the feed does not say the two agree.
    const phase: PhaseInput = {
      target,
      actual: members ? { value: members.length, asOf: updated } : undefined,
      start: loaded.feed.programme?.period?.start,
    };
    return {
      id: 'members',
      name: { text: this.localize.pick(phaseMeterStrings).members },
      phase,
      progress: phaseProgress(phase, today, { tolerance: this.toleranceShare() }),
      current: false,
    };
  }

  private toleranceShare(): number {
    const points = Number(this.tolerance);
    return Number.isFinite(points) && points >= 0 ? points / 100 : DEFAULT_TOLERANCE;
  }

  private resolvedTimeZone(): string {
    if (isTimeZone(this.timeZone)) return this.timeZone;
    this.warnOnce(`time-zone="${this.timeZone}" is not a time zone such as Europe/Stockholm; using ${DEFAULT_TIME_ZONE}`);
    return DEFAULT_TIME_ZONE;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}> ${message}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-phase-meter': PhaseMeter;
  }
}
