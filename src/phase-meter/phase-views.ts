/**
 * How the phase meter draws what it worked out: plain functions from rows to templates, with
 * no element state (the element decides which view and which rows; these only draw them).
 *
 * Text is bound as `.textContent`: still text only, and with no marker node beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../base/css-properties.js';
import type { Programme, Target } from '../feed/schema.js';
import type { PhaseFormat } from './phase-format.js';
import { dayOfRange, type PhaseInput, type PhaseProgress } from './phase-status.js';
import type { PhaseMeterStrings } from './strings.js';

/** A feed text as shown: its words, and its language when that differs from the page's. */
export interface Text {
  text: string;
  lang?: string;
}

/** A phase, or the member target dressed as one, with what the widget worked out about it. */
export interface Row {
  id: string;
  name: Text;
  summary?: Text;
  phase: PhaseInput;
  progress: PhaseProgress;
  current: boolean;
}

/** What every part of one render needs: worked out once, not per phase. */
export interface Context {
  format: PhaseFormat;
  strings: PhaseMeterStrings;
  /** The reference date. */
  today: string;
  /** The heading level of the phases' names. */
  level: number;
}

/** A share as a whole percentage for `aria-valuenow`, rounded down until complete (as the words are). */
function wholePercent(share: number): number {
  return share < 1 ? Math.floor(share * 100) : Math.round(share * 100);
}

/** The share (0–1) a bar fills; over-target values stop at a full bar, the text tells the rest. */
export function barShare(share: number): number {
  return Math.min(1, Math.max(0, share));
}

/** A target above 0: the only kind a meter can measure against. */
export function isMeasurable(target: Target | undefined): target is Target {
  return target !== undefined && target.value > 0;
}

/** What a phase shows (its `<li>` with its step number, or the `<div>` of a phase shown alone, is the caller's). */
export function phaseContent(row: Row, c: Context): TemplateResult {
  const { phase, name, summary } = row;
  const start = phase.start;
  return html`<div class="phase-head"
      ><div part="name" role="heading" aria-level=${c.level} lang=${name.lang ?? nothing} .textContent=${name.text}></div
      >${row.current ? html`<span part="now" .textContent=${c.strings.now}></span>` : nothing}</div
    >${start ? html`<p part="dates" .textContent=${phase.end ? c.format.range(start, phase.end) : c.strings.from(c.format.date(start))}></p>` : nothing}${summary
      ? html`<p part="summary" lang=${summary.lang ?? nothing} .textContent=${summary.text}></p>`
      : nothing}${figures(phase, c)}<div class="bars">${targetBar(row, c)}${timeBar(row, c, isMeasurable(phase.target))}</div
    >${status(row.progress, c, true)}`;
}

/** The member target below the stepper, in the same shape as a phase. */
export function membersBlock(row: Row, c: Context): TemplateResult {
  return html`<div part="members" class="status-${row.progress.status}"
    ><div part="name" role="heading" aria-level=${c.level} .textContent=${row.name.text}></div
    >${figures(row.phase, c)}<div class="bars">${targetBar(row, c)}</div>${status(row.progress, c, true)}</div
  >`;
}

/** Target and actual, with the deadline and the as-of date. */
function figures({ target, actual }: PhaseInput, { format, strings }: Context): TemplateResult | typeof nothing {
  // A phase with neither (LOKET's work packages) is told by its dates and time bar alone.
  if (!target && !actual) return nothing;
  const unit = target?.unit;
  const targetText = target
    ? target.deadline
      ? strings.byDeadline(format.quantity(target.value, unit), format.date(target.deadline))
      : format.quantity(target.value, unit)
    : strings.noTarget;
  const actualText = actual
    ? actual.asOf
      ? strings.asOf(format.quantity(actual.value, unit), format.date(actual.asOf))
      : format.quantity(actual.value, unit)
    : strings.noActual;
  return html`<dl part="figures"
    ><div><dt .textContent=${`${strings.target}:`}></dt> <dd .textContent=${targetText}></dd></div> <div
      ><dt .textContent=${`${strings.actual}:`}></dt> <dd .textContent=${actualText}></dd></div
  ></dl>`;
}

/**
 * A bar with its label and its value in words above it: a meter (actual against target) or
 * a progress bar (time). The words beside it are hidden from screen readers, which hear the
 * bar's own value text.
 */
function bar(kind: 'target' | 'time', label: string, name: string, max: number, now: number, text: string, share: number, secondary = false): TemplateResult {
  return html`<div class=${secondary ? 'bar-row secondary' : 'bar-row'}
    ><span class="bar-label" aria-hidden="true" .textContent=${label}></span
    ><div
      part="bar bar-${kind}"
      class="track"
      role=${kind === 'time' ? 'progressbar' : 'meter'}
      aria-label=${name}
      aria-valuemin="0"
      aria-valuemax=${max}
      aria-valuenow=${now}
      aria-valuetext=${text}
    ><div part="fill" class="fill" ${cssProperties({ '--_share': share })}></div></div
    ><span part="value" aria-hidden="true" .textContent=${text}></span
  ></div>`;
}

/**
 * The actual against the target, as a meter. Without an actual there is no value to give a
 * meter (it would read "0"), so an empty dashed track stands in, hidden from screen readers.
 */
export function targetBar({ phase: { target, actual }, name }: Row, { format, strings }: Context): TemplateResult | typeof nothing {
  if (!isMeasurable(target)) return nothing;
  if (!actual) {
    return html`<div class="bar-row" aria-hidden="true"
      ><span class="bar-label" .textContent=${strings.actual}></span><div part="bar bar-empty" class="track"></div
      ><span part="value" .textContent=${strings.noActual}></span
    ></div>`;
  }
  const text = format.progress(actual.value, target.value, target.unit);
  return bar('target', strings.actual, strings.meterLabel(name.text), target.value, Math.min(actual.value, target.value), text, barShare(actual.value / target.value));
}

/** Time elapsed in the phase, as a progress bar (this one is progress: of time). */
export function timeBar(row: Row, c: Context, secondary: boolean): TemplateResult | typeof nothing {
  return timeOf(row.progress.start, row.phase.end ?? row.progress.deadline, c.strings.timeLabel(row.name.text), c, secondary);
}

/** Time elapsed from `start` to `end` (inclusive) on the reference date; nothing without a time frame. */
function timeOf(start: string | undefined, end: string | undefined, name: string, c: Context, secondary = false): TemplateResult | typeof nothing {
  if (!start || !end || end < start) return nothing;
  const { day, total } = dayOfRange(start, end, c.today);
  return bar('time', c.strings.time, name, 100, wholePercent(day / total), c.format.days(day, total), day / total, secondary);
}

/** The status in words with its icon (its own shape, from the symbols); the full view adds why (on track / behind). */
export function status({ status, targetShare, timeShare, measuredOn }: PhaseProgress, { format, strings }: Context, withDetail: boolean): TemplateResult {
  const detail =
    withDetail && targetShare !== undefined && timeShare !== undefined && measuredOn
      ? strings.paceDetail(format.percent(targetShare), format.percent(timeShare), format.date(measuredOn))
      : undefined;
  return html`<p part="status" class="status"
    ><svg part="status-icon" class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><use href="#${status}"></use></svg
    ><span class="status-text"
      ><span class="status-words" .textContent=${strings.status[status]}></span
      >${detail ? html` <span class="status-detail" .textContent=${detail}></span>` : nothing}</span
    ></p>`;
}

/** The programme period's time elapsed, and the budget; undefined when the feed has neither. */
export function periodBlock(programme: Programme | undefined, c: Context): TemplateResult | undefined {
  const period = programme?.period;
  const budget = programme?.budget;
  if (!period && !budget) return undefined;
  const { format, strings } = c;
  return html`<div part="period"
    >${period
      ? html`<p class="period-dates"
            ><span class="label" .textContent=${`${strings.period}:`}></span> ${period.end
              ? format.range(period.start, period.end)
              : strings.from(format.date(period.start))}</p
          >${timeOf(period.start, period.end, strings.periodBarLabel, c)}`
      : nothing}${budget
      ? html`<p part="budget"><span class="label" .textContent=${`${strings.budget}:`}></span> ${format.money(budget.value, budget.currency)}</p>`
      : nothing}</div
  >`;
}
