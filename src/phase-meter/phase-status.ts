/**
 * Where a phase stands against its target: pure date and number logic, no DOM, so that every
 * rule can be tested without rendering.
 *
 * All dates are calendar dates (`2017-06-15`). "Today" is the calendar date in a time zone
 * (Europe/Stockholm unless told), never the machine's own zone. End dates and deadlines are
 * inclusive: a phase that ends on 2016-12-31 is still running on that day.
 *
 * The rules, in the order they are applied:
 * 1. **not-started**: today is before the phase's start.
 * 2. A phase with no target, or a target of **0**, has nothing to measure against: its status
 *    follows time only — **running**, **ended**, or **no-target** when it has no dates either.
 *    A zero target is deliberately not "reached": a 0 in a feed usually means "not set yet",
 *    and a tick would claim a success nobody achieved (and a meter cannot span 0 to 0).
 * 3. **no-actual**: a target but no actual value reported: no judgement.
 * 4. **reached**: actual ≥ target (whenever that happens, even after the deadline).
 * 5. **ended-short**: the deadline has passed and the target was not reached. The deadline is
 *    the target's `deadline`, else the phase's `end`.
 * 6. **no-deadline** / **no-start**: no deadline (nor end), or no start (nor programme start),
 *    so there is no time frame to judge the pace against.
 * 7. **on-track** / **behind**: the share of the target reached is compared with the share of
 *    time elapsed between the start and the deadline, both measured on the day the actual was
 *    reported (`asOf`, at most today; today when it has none) — a report from last month is
 *    judged against last month's schedule, not today's. On track when
 *    `targetShare >= timeShare - tolerance`; the tolerance (10 percentage points by default)
 *    keeps the first days of a phase, and steady but lumpy progress, from reading as "behind".
 *
 * Current phases: every phase that is running today (started, not ended). Phases that overlap
 * are all current — LOKET's two work packages really do run side by side, and marking only one
 * would tell readers something false.
 */
import type { Phase } from '../feed/schema.js';

export type PhaseStatus =
  | 'not-started'
  | 'reached'
  | 'on-track'
  | 'behind'
  | 'ended-short'
  | 'no-actual'
  | 'no-deadline'
  | 'no-start'
  | 'running'
  | 'ended'
  | 'no-target';

/** Where a phase is in time, by its dates alone. */
export type PhaseTiming = 'upcoming' | 'running' | 'ended' | 'undated';

/** The fields of a phase this module reads (a feed `Phase` fits). */
export type PhaseInput = Pick<Phase, 'start' | 'end' | 'target' | 'actual'>;

export interface StatusOptions {
  /** Used when the phase has no `start` (the programme period's start). */
  fallbackStart?: string;
  /** Percentage points (0–1) by which the target share may lag the time share and still be on track. */
  tolerance?: number;
}

export interface PhaseProgress {
  status: PhaseStatus;
  timing: PhaseTiming;
  /** The phase's start as used (its own, else the fallback). */
  start?: string;
  /** The deadline the target is measured against (target deadline, else phase end). */
  deadline?: string;
  /** Actual ÷ target, unclamped (1.04 when over); only when both exist and the target is above 0. */
  targetShare?: number;
  /** Share (0–1) of the time from start to deadline elapsed on `measuredOn`. */
  timeShare?: number;
  /** The day the pace was judged on: the actual's as-of date (at most today), else today. */
  measuredOn?: string;
}

/** Default tolerance: 10 percentage points. */
export const DEFAULT_TOLERANCE = 0.1;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 for a calendar date: whole days, no time zone involved. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Whether `timeZone` is one `Intl` knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a time zone, whatever the machine's zone. */
export function calendarDateIn(timeZone: string, instant: Date | number = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The calendar date of a feed date or date-time in a time zone: a plain date is that day;
 * a time with an offset is the day it falls on in `timeZone`.
 */
export function feedDateIn(value: string, timeZone: string): string {
  if (isIsoDate(value)) return value;
  return calendarDateIn(timeZone, Date.parse(value));
}

/**
 * Share (0–1) of an inclusive date range that has passed by the end of `on`:
 * the first day counts as one day gone, the last day as all of it.
 */
export function elapsedShare(start: string, end: string, on: string): number {
  const total = dayNumber(end) - dayNumber(start) + 1;
  if (total <= 0) return on >= start ? 1 : 0;
  const gone = dayNumber(on) - dayNumber(start) + 1;
  return Math.min(1, Math.max(0, gone / total));
}

/** Day `n` of `total` of an inclusive range on `on` (for "day 500 of 1,096"). */
export function dayOfRange(start: string, end: string, on: string): { day: number; total: number } {
  const total = dayNumber(end) - dayNumber(start) + 1;
  const day = Math.min(total, Math.max(0, dayNumber(on) - dayNumber(start) + 1));
  return { day, total };
}

/** Where a date range is on `today`. An unknown start counts as begun; an unknown end as open. */
export function timingOf(start: string | undefined, end: string | undefined, today: string): PhaseTiming {
  if (!start && !end) return 'undated';
  if (start && today < start) return 'upcoming';
  if (end && today > end) return 'ended';
  return 'running';
}

/** The status of one phase on `today` (see the module's comment for the rules). */
export function phaseProgress(phase: PhaseInput, today: string, options: StatusOptions = {}): PhaseProgress {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const start = phase.start ?? options.fallbackStart;
  const deadline = phase.target?.deadline ?? phase.end;
  const timing = timingOf(start, phase.end ?? deadline, today);
  const base = { timing, start, deadline };

  if (timing === 'upcoming') return { ...base, status: 'not-started' };

  const target = phase.target?.value;
  if (target === undefined || target <= 0) {
    const status = timing === 'running' ? 'running' : timing === 'ended' ? 'ended' : 'no-target';
    return { ...base, status };
  }

  const actual = phase.actual;
  if (!actual) return { ...base, status: 'no-actual' };

  const targetShare = actual.value / target;
  if (actual.value >= target) return { ...base, status: 'reached', targetShare };
  if (deadline && today > deadline) return { ...base, status: 'ended-short', targetShare };
  if (!deadline) return { ...base, status: 'no-deadline', targetShare };
  if (!start) return { ...base, status: 'no-start', targetShare };

  const measuredOn = actual.asOf && actual.asOf < today ? actual.asOf : today;
  const timeShare = elapsedShare(start, deadline, measuredOn);
  // A hair of slack for floating point: 0.3 - 0.1 is 0.19999999999999998.
  const onTrack = targetShare + 1e-9 >= timeShare - tolerance;
  return { ...base, status: onTrack ? 'on-track' : 'behind', targetShare, timeShare, measuredOn };
}

/** The indexes of the phases running on `today` (several when phases overlap; none between phases). */
export function currentPhaseIndexes(phases: readonly PhaseInput[], today: string, options: StatusOptions = {}): number[] {
  return phases.flatMap((phase, index) => {
    const start = phase.start ?? options.fallbackStart;
    const end = phase.end ?? phase.target?.deadline;
    // A phase with no dates at all is never "current": nothing says when it runs.
    return (start || end) && timingOf(start, end, today) === 'running' ? [index] : [];
  });
}
