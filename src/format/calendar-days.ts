/**
 * Calendar days in a named time zone, computed with `Intl` and plain UTC date arithmetic:
 * the machine's own time zone never decides which day something is on.
 *
 * A day is an ISO date string (`2016-03-27`); arithmetic on days is done in UTC, where
 * every day has 24 hours, so a change to or from summer time cannot skip or repeat one.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const WEEK_MS = 7 * DAY_MS;

/** A week (from 1970) of a time zone: its offset from UTC (ms), and when it changes within the week, if it does. */
interface ZoneWeek {
  offset: number;
  change?: number;
  offsetAfter?: number;
}

/** What is known of a time zone: its offset from UTC at an instant, and the weeks asked about. */
interface Zone {
  offsetAt: (instant: number) => number;
  weeks: Map<number, ZoneWeek>;
}

const zones = new Map<string, Zone>();

function zoneOf(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    // en-US with the ISO calendar and Latin digits: parts we can read whatever the page language.
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'iso8601',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    // The wall clock at a whole second, read as if it were UTC, minus that second.
    const offsetAt = (instant: number) => {
      const parts: Record<string, number> = {};
      for (const { type, value } of formatter.formatToParts(instant)) parts[type] = Number(value);
      const wall = new Date(0);
      wall.setUTCFullYear(parts.year, parts.month - 1, parts.day);
      return wall.setUTCHours(parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000;
    };
    zones.set(timeZone, (zone = { offsetAt, weeks: new Map() }));
  }
  return zone;
}

/**
 * A week of a zone, found once. No zone changes its offset twice within a week (the Temporal
 * polyfill's search for transitions steps two weeks at a time on the same ground), so the
 * offsets at its two ends tell whether it changes, and a change is found by halving, to the
 * second.
 */
function zoneWeek(zone: Zone, week: number): ZoneWeek {
  let known = zone.weeks.get(week);
  if (!known) {
    const start = week * WEEK_MS;
    const offset = zone.offsetAt(start);
    const offsetAfter = zone.offsetAt(start + WEEK_MS);
    known = { offset };
    if (offsetAfter !== offset) {
      let before = start;
      let after = start + WEEK_MS;
      while (after - before > 1000) {
        const middle = before + Math.floor((after - before) / 2000) * 1000;
        if (zone.offsetAt(middle) === offset) before = middle;
        else after = middle;
      }
      known = { offset, change: after, offsetAfter };
    }
    zone.weeks.set(week, known);
  }
  return known;
}

/** Whether `timeZone` is one `Intl` knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    zoneOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day of an instant in `timeZone`. Asking `Intl` for every instant is slow (a few
 * microseconds each, thousands of events): `Intl` is asked about each week of the zone once,
 * and the day (and wall clock, below) is arithmetic from the offset in force.
 */
export function dayInZone(instant: number, timeZone: string): IsoDay {
  return dayOfUtc(wallClockInZone(instant, timeZone));
}

/** The wall-clock time of an instant in `timeZone`, as the UTC milliseconds that read the same. */
export function wallClockInZone(instant: number, timeZone: string): number {
  const { offset, change, offsetAfter } = zoneWeek(zoneOf(timeZone), Math.floor(instant / WEEK_MS));
  return instant + (change !== undefined && instant >= change ? offsetAfter! : offset);
}

/** Whether a feed time is a date alone (an all-day value). */
export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** Midnight UTC of a day, as milliseconds: for arithmetic, never for display in a zone. */
export function utcOf(day: IsoDay): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

const scratchDate = new Date(0);
const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** The day of a UTC-midnight timestamp. */
export function dayOfUtc(ms: number): IsoDay {
  scratchDate.setTime(ms);
  const year = scratchDate.getUTCFullYear();
  // Read from the date's fields (toISOString is several times slower); odd years as ISO writes them.
  if (!(year >= 1000 && year <= 9999)) return scratchDate.toISOString().slice(0, 10);
  return `${year}-${twoDigits(scratchDate.getUTCMonth() + 1)}-${twoDigits(scratchDate.getUTCDate())}`;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayOfUtc(utcOf(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** 0 for Monday … 6 for Sunday (weeks start on Monday, as in Sweden and ISO 8601). */
export function weekdayOf(day: IsoDay): number {
  return (new Date(utcOf(day)).getUTCDay() + 6) % 7;
}

/** `2016-03` → the first day of that month. */
export function firstOfMonth(day: IsoDay): IsoDay {
  return `${day.slice(0, 7)}-01`;
}

/** The number of days in the month of `day`. */
export function daysInMonth(day: IsoDay): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day of the month `months` later, clamped to the month's length (31 Jan + 1 → 29 Feb). */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + months;
  const first = dayOfUtc(Date.UTC(year, month, 1));
  return `${first.slice(0, 8)}${String(Math.min(Number(day.slice(8, 10)), daysInMonth(first))).padStart(2, '0')}`;
}

/** Whether a string is a real ISO date (`today="2016-03-01"`). */
export function isIsoDay(value: string | undefined | null): value is IsoDay {
  return !!value && DATE_ONLY.test(value) && dayOfUtc(utcOf(value)) === value;
}
