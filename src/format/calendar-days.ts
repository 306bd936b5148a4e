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

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-US with the ISO calendar and Latin digits: parts we can read whatever the page language.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'iso8601', numberingSystem: 'latn' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is one `Intl` knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    dayFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day of an instant in `timeZone`. */
export function dayInZone(instant: number, timeZone: string): IsoDay {
  let year = '';
  let month = '';
  let day = '';
  for (const part of dayFormatter(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** Whether a feed time is a date alone (an all-day value). */
export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** Midnight UTC of a day, as milliseconds: for arithmetic, never for display in a zone. */
export function utcOf(day: IsoDay): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The day of a UTC-midnight timestamp. */
export function dayOfUtc(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
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
