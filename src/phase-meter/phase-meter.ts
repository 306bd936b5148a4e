import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { cssProperties } from '../base/css-properties.js';
import { FeedElement } from '../base/feed-element.js';
import { DEFAULT_TIME_ZONE } from '../base/localize.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, Target } from '../feed/schema.js';
import { downArrow, statusIcon } from './icons.js';
import { PhaseFormat } from './phase-format.js';
import {
  calendarDateIn,
  currentPhaseIndexes,
  dayOfRange,
  DEFAULT_TOLERANCE,
  feedDateIn,
  funnelSteps,
  isIsoDate,
  isTimeZone,
  phaseProgress,
  type PhaseInput,
  type PhaseProgress,
} from './phase-status.js';
import { phaseMeterStyles } from './phase-meter.styles.js';
import { phaseMeterStrings } from './strings.js';

export type PhaseMeterView = 'full' | 'compact' | 'funnel' | 'period';

const VIEWS: readonly PhaseMeterView[] = ['full', 'compact', 'funnel', 'period'];

/** A phase, or the member target dressed as one, with what the widget worked out about it. */
interface Row {
  id: string;
  name: string;
  /** The name as rendered (marked with its language when it differs from the page's). */
  label: unknown;
  /** The summary as rendered (full view). */
  summary: unknown;
  phase: PhaseInput;
  progress: PhaseProgress;
  current: boolean;
}

/** A share as a whole percentage for `aria-valuenow`, rounded down until complete (as the words are). */
function wholePercent(share: number): number {
  return share < 1 ? Math.floor(share * 100) : Math.round(share * 100);
}

/** The share (0–1) a bar fills; over-target values stop at a full bar, the text tells the rest. */
function barShare(share: number): number {
  return Math.min(1, Math.max(0, share));
}

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

  protected renderFeed(loaded: LoadedFeed): unknown {
    const format = new PhaseFormat(this.localize.locale, this.localize.pick(phaseMeterStrings));
    const view = VIEWS.includes(this.view) ? this.view : 'full';
    if (view !== this.view) this.warnOnce(`view="${this.view}" is not one of ${VIEWS.join(', ')}; showing the full view`);
    if (view === 'period') {
      const period = this.renderPeriod(loaded, format);
      return period ? this.panel(period) : this.renderMessage(format.strings.periodEmpty);
    }

    const rows = this.rowsOf(loaded);
    if (view === 'funnel') return this.renderFunnel(rows, format);

    if (this.phase) {
      const row = rows.find((candidate) => candidate.id === this.phase);
      if (!row) {
        if (rows.length > 0) {
          this.warnOnce(`phase="${this.phase}" is not in the feed; its phases are: ${rows.map((candidate) => candidate.id).join(', ')}`);
          return this.renderMessage(format.strings.notFound);
        }
        return this.renderMessage(format.strings.empty);
      }
      return this.panel(view === 'compact' ? this.renderLine(row, format, false) : this.renderPhase(row, 0, format, false));
    }

    const members = this.memberRow(loaded);
    if (rows.length === 0 && !members) return this.renderMessage(format.strings.empty);
    if (view === 'compact') {
      return this.panel(html`${rows.length > 0
        ? html`<ol part="compact" aria-label=${format.strings.phasesLabel}>
            ${rows.map(
              (row) => html`<li part=${row.current ? 'line line-current' : 'line'} class="status-${row.progress.status}" aria-current=${row.current ? 'step' : nothing}>
                ${this.renderLineContent(row, format)}
              </li>`,
            )}
          </ol>`
        : nothing}
      ${members ? this.renderLine(members, format, true) : nothing}`);
    }

    return this.panel(html`${this.renderPeriod(loaded, format) ?? nothing}
      ${rows.length > 0
        ? html`<ol part="stepper" aria-label=${format.strings.phasesLabel}>
            ${rows.map((row, index) => this.renderPhase(row, index, format, true))}
          </ol>`
        : nothing}
      ${members ? this.renderMembers(members, format) : nothing}`);
  }

  /** The widget's own surface, so that a forced theme is readable on any page. */
  private panel(content: unknown): TemplateResult {
    return html`<div part="base">${content}</div>`;
  }

  /** The feed's phases in order, each with its status on the reference date. */
  private rowsOf(loaded: LoadedFeed): Row[] {
    const phases = loaded.feed.phases ?? [];
    const today = this.referenceDate;
    const options = { fallbackStart: loaded.feed.programme?.period?.start, tolerance: this.toleranceShare() };
    const current = new Set(currentPhaseIndexes(phases, today, options));
    return phases.map((phase, index) => ({
      id: phase.id,
      name: this.plainText(phase.name, loaded),
      label: this.text(phase.name, loaded),
      summary: this.text(phase.summary, loaded),
      phase,
      progress: phaseProgress(phase, today, options),
      current: current.has(index),
    }));
  }

  /**
   * The member target (Creative North: grow to 18 companies) measured like a phase: the
   * actual is the number of members in the feed, as of the feed's `updated` date.
   */
  private memberRow(loaded: LoadedFeed): Row | undefined {
    const target = loaded.feed.memberTarget;
    if (!target) return undefined;
    const strings = this.localize.pick(phaseMeterStrings);
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
      name: strings.members,
      label: strings.members,
      summary: nothing,
      phase,
      progress: phaseProgress(phase, this.referenceDate, { tolerance: this.toleranceShare() }),
      current: false,
    };
  }

  private renderPhase(row: Row, index: number, format: PhaseFormat, inList: boolean): TemplateResult {
    const { phase, progress } = row;
    const strings = format.strings;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const body = html`<span part="marker" aria-hidden="true">${index + 1}</span>
      <div class="phase-body">
        <div class="phase-head">
          <div part="name" role="heading" aria-level=${level}>${row.label}</div>
          ${row.current ? html`<span part="now">${strings.now}</span>` : nothing}
        </div>
        ${this.renderDates(phase, format)}
        ${row.summary === nothing ? nothing : html`<p part="summary">${row.summary}</p>`}
        ${this.renderFigures(phase, format)}
        <div class="bars">${this.renderTargetBar(row, format)}${this.renderTimeBar(row, format, this.hasMeasurableTarget(phase.target))}</div>
        ${this.renderStatus(progress, format)}
      </div>`;
    if (!inList) return html`<div part="phase" class="single status-${progress.status}">${body}</div>`;
    return html`<li part=${row.current ? 'phase phase-current' : 'phase'} class="status-${progress.status}" aria-current=${row.current ? 'step' : nothing}>
      ${body}
    </li>`;
  }

  private renderDates(phase: PhaseInput, format: PhaseFormat): TemplateResult | typeof nothing {
    if (phase.start && phase.end) return html`<p part="dates">${format.range(phase.start, phase.end)}</p>`;
    if (phase.start) return html`<p part="dates">${format.strings.from(format.date(phase.start))}</p>`;
    return nothing;
  }

  /** The member target below the stepper, in the same shape as a phase. */
  private renderMembers(row: Row, format: PhaseFormat): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div part="members" class="status-${row.progress.status}">
      <div part="name" role="heading" aria-level=${level}>${row.label}</div>
      ${this.renderFigures(row.phase, format)}
      <div class="bars">${this.renderTargetBar(row, format)}</div>
      ${this.renderStatus(row.progress, format)}
    </div>`;
  }

  /** Target and actual, with the deadline and the as-of date. */
  private renderFigures(phase: PhaseInput, format: PhaseFormat): TemplateResult {
    const strings = format.strings;
    const target = phase.target;
    const unit = target?.unit;
    const targetText = target
      ? target.deadline
        ? strings.byDeadline(format.quantity(target.value, unit), format.date(target.deadline))
        : format.quantity(target.value, unit)
      : strings.noTarget;
    const actual = phase.actual;
    const actualText = actual
      ? actual.asOf
        ? strings.asOf(format.quantity(actual.value, unit), format.date(actual.asOf))
        : format.quantity(actual.value, unit)
      : strings.noActual;
    // A phase with neither (LOKET's work packages) is told by its dates and time bar alone.
    if (!target && !actual) return html``;
    return html`<dl part="figures">
      <div><dt>${strings.target}:</dt> <dd>${targetText}</dd></div>
      <div><dt>${strings.actual}:</dt> <dd>${actualText}</dd></div>
    </dl>`;
  }

  /** A target above 0: the only kind a meter can measure against. */
  private hasMeasurableTarget(target: Target | undefined): target is Target {
    return target !== undefined && target.value > 0;
  }

  /**
   * The actual against the target, as a meter. Without an actual there is no value to give a
   * meter (it would read "0"), so an empty dashed track stands in, hidden from screen readers.
   */
  private renderTargetBar(row: Row, format: PhaseFormat): TemplateResult | typeof nothing {
    const { target, actual } = row.phase;
    if (!this.hasMeasurableTarget(target)) return nothing;
    const strings = format.strings;
    if (!actual) {
      return html`<div class="bar-row" aria-hidden="true">
        <span class="bar-label">${strings.actual}</span>
        <div part="bar bar-empty" class="track"></div>
        <span part="value">${strings.noActual}</span>
      </div>`;
    }
    const valueText = format.progress(actual.value, target.value, target.unit);
    return html`<div class="bar-row">
      <span class="bar-label" aria-hidden="true">${strings.actual}</span>
      <div
        part="bar bar-target"
        class="track"
        role="meter"
        aria-label=${strings.meterLabel(row.name)}
        aria-valuemin="0"
        aria-valuemax=${target.value}
        aria-valuenow=${Math.min(actual.value, target.value)}
        aria-valuetext=${valueText}
      >
        <div part="fill" class="fill" ${cssProperties({ '--_share': barShare(actual.value / target.value) })}></div>
      </div>
      <span part="value" aria-hidden="true">${valueText}</span>
    </div>`;
  }

  /** Time elapsed in the phase, as a progress bar (this one is progress: of time). */
  private renderTimeBar(row: Row, format: PhaseFormat, secondary: boolean): TemplateResult | typeof nothing {
    const start = row.progress.start;
    const end = row.phase.end ?? row.progress.deadline;
    if (!start || !end || end < start) return nothing;
    const { day, total } = dayOfRange(start, end, this.referenceDate);
    const percent = wholePercent(day / total);
    const valueText = format.days(day, total);
    return html`<div class="bar-row ${secondary ? 'secondary' : ''}">
      <span class="bar-label" aria-hidden="true">${format.strings.time}</span>
      <div
        part="bar bar-time"
        class="track"
        role="progressbar"
        aria-label=${format.strings.timeLabel(row.name)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
        aria-valuetext=${valueText}
      >
        <div part="fill" class="fill" ${cssProperties({ '--_share': day / total })}></div>
      </div>
      <span part="value" aria-hidden="true">${valueText}</span>
    </div>`;
  }

  /** The status in words with its icon; the full view adds why (on track / behind). */
  private renderStatus(progress: PhaseProgress, format: PhaseFormat, withDetail = true): TemplateResult {
    const strings = format.strings;
    const detail =
      withDetail &&
      progress.targetShare !== undefined && progress.timeShare !== undefined && progress.measuredOn
        ? strings.paceDetail(format.percent(progress.targetShare), format.percent(progress.timeShare), format.date(progress.measuredOn))
        : undefined;
    return html`<p part="status" class="status" data-status=${progress.status}>
      ${statusIcon(progress.status)}<span class="status-text"
        ><span class="status-words">${strings.status[progress.status]}</span>${detail ? html` <span class="status-detail">${detail}</span>` : nothing}</span
      >
    </p>`;
  }

  /** One line: name, bar, value, status. */
  private renderLine(row: Row, format: PhaseFormat, members: boolean): TemplateResult {
    return html`<div part=${members ? 'line members' : 'line'} class="single-line status-${row.progress.status}">${this.renderLineContent(row, format)}</div>`;
  }

  private renderLineContent(row: Row, format: PhaseFormat): TemplateResult {
    const measurable = this.hasMeasurableTarget(row.phase.target);
    return html`<span class="line-name"><span part="name">${row.label}</span>${row.current
        ? html` <span part="now">${format.strings.now}</span>`
        : nothing}</span>
      <div class="line-bar">${measurable ? this.renderTargetBar(row, format) : this.renderTimeBar(row, format, false)}</div>
      ${this.renderStatus(row.progress, format, false)}`;
  }

  /** The programme period's time elapsed, and the budget; undefined when the feed has neither. */
  private renderPeriod(loaded: LoadedFeed, format: PhaseFormat): TemplateResult | undefined {
    const programme = loaded.feed.programme;
    const period = programme?.period;
    const budget = programme?.budget;
    if (!period && !budget) return undefined;
    const strings = format.strings;
    let bar: unknown = nothing;
    let dates: unknown = nothing;
    if (period) {
      dates = html`<p class="period-dates"><span class="label">${strings.period}:</span> ${period.end
          ? format.range(period.start, period.end)
          : strings.from(format.date(period.start))}</p>`;
      if (period.end && period.end >= period.start) {
        const { day, total } = dayOfRange(period.start, period.end, this.referenceDate);
        const valueText = format.days(day, total);
        bar = html`<div class="bar-row">
          <span class="bar-label" aria-hidden="true">${strings.time}</span>
          <div
            part="bar bar-time"
            class="track"
            role="progressbar"
            aria-label=${strings.periodBarLabel}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${wholePercent(day / total)}
            aria-valuetext=${valueText}
          >
            <div part="fill" class="fill" ${cssProperties({ '--_share': day / total })}></div>
          </div>
          <span part="value" aria-hidden="true">${valueText}</span>
        </div>`;
      }
    }
    return html`<div part="period">
      ${dates}${bar}
      ${budget ? html`<p part="budget"><span class="label">${strings.budget}:</span> ${format.money(budget.value, budget.currency)}</p>` : nothing}
    </div>`;
  }

  /** How many went on from each phase to the next: actuals where reported, else targets. */
  private renderFunnel(rows: Row[], format: PhaseFormat): TemplateResult {
    const strings = format.strings;
    const steps = funnelSteps(rows.map((row) => row.phase));
    if (steps.length === 0) return this.renderMessage(rows.length === 0 ? strings.empty : strings.funnelEmpty);
    const first = steps[0];
    return this.panel(html`<ol part="funnel" aria-label=${strings.funnelLabel}>
      ${steps.map((step, position) => {
        const row = rows[step.index];
        const unit = row.phase.target?.unit;
        const source = step.source === 'actual' ? strings.fromActual : strings.fromTarget;
        const amount = `${format.quantity(step.value, unit)} (${source})`;
        const previous = position > 0 ? rows[steps[position - 1].index] : undefined;
        return html`<li part="step">
          ${previous && step.conversion !== undefined
            ? html`<p part="conversion">${downArrow}<span>${strings.wentOn(format.percent(step.conversion), previous.name)}</span></p>`
            : nothing}
          <span part="name">${row.label}</span>
          ${step.shareOfFirst !== undefined
            ? html`<div
                part="bar bar-funnel"
                class="track"
                role="meter"
                aria-label=${row.name}
                aria-valuemin="0"
                aria-valuemax=${first.value}
                aria-valuenow=${Math.min(step.value, first.value)}
                aria-valuetext=${`${amount}, ${strings.ofFirstStep(format.percent(step.shareOfFirst))}`}
              >
                <div part="fill" class="fill" ${cssProperties({ '--_share': barShare(step.shareOfFirst) })}></div>
              </div>`
            : nothing}
          <span part="value">${amount}</span>
        </li>`;
      })}
    </ol>`);
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
