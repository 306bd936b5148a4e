/**
 * Times in iCalendar files: wall-clock times in a named zone (IANA, Windows or a VTIMEZONE
 * definition), UTC times and dates, turned into the feed's `2026-03-14T18:00:00+01:00`.
 *
 * Wall-clock times are handled as "local milliseconds": the number `Date.UTC` gives for the
 * wall-clock fields. That makes calendar arithmetic (next day, next month) independent of the
 * machine's own time zone, which must never decide anything here.
 */
import { isValidTimeZone, wallClockInZone } from '../format/calendar-days.js';
import { findComponents, properties, property, type IcsComponent } from './ical-read.js';

export const DAY = 86_400_000;
const MINUTE = 60_000;

/** A time zone: its offset from UTC (minutes) at an instant. */
export interface Zone {
  name: string;
  offsetAt(instant: number): number;
}

// ---------------------------------------------------------------------------------------
// Calendar arithmetic on local milliseconds
// ---------------------------------------------------------------------------------------

export function localMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export function fieldsOf(local: number): LocalFields {
  const date = new Date(local);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    weekday: (date.getUTCDay() + 6) % 7,
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day of the month of the `n`th `weekday` (0 = Monday) in a month; negative `n` counts from the end. */
export function nthWeekday(year: number, month: number, n: number, weekday: number): number | undefined {
  const days = daysInMonth(year, month);
  const matching: number[] = [];
  for (let day = 1; day <= days; day++) if (fieldsOf(localMs(year, month, day)).weekday === weekday) matching.push(day);
  return n > 0 ? matching[n - 1] : matching[matching.length + n];
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `2026-03-14` */
export function formatDate(local: number): string {
  const { year, month, day } = fieldsOf(local);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// ---------------------------------------------------------------------------------------
// Zones
// ---------------------------------------------------------------------------------------

/** An IANA zone through Intl, or `undefined` when this Node does not know the name. */
export function ianaZone(name: string): Zone | undefined {
  if (!isValidTimeZone(name)) return undefined;
  return {
    name: new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone,
    // The offset as the widgets work it out (src/format/calendar-days.ts), in minutes.
    offsetAt: (instant: number) => Math.round((wallClockInZone(instant, name) - instant) / MINUTE),
  };
}

/** The Windows names Outlook and Exchange write, mapped as CLDR's windowsZones does. */
export const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Helsinki',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Atlantic Standard Time': 'America/Halifax',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'E. South America Standard Time': 'America/Sao_Paulo',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

/** Older Outlook writes the display name: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna". */
const DISPLAY_NAME_CITIES: [RegExp, string][] = [
  [/Stockholm/i, 'Europe/Stockholm'],
  [/Helsinki/i, 'Europe/Helsinki'],
  [/Copenhagen|Brussels|Paris|Madrid/i, 'Europe/Paris'],
  [/Amsterdam|Berlin|Oslo/i, 'Europe/Berlin'],
  [/London|Dublin|Lisbon/i, 'Europe/London'],
  [/Coordinated Universal Time|\(UTC\)/i, 'UTC'],
];

/** A zone defined by a VTIMEZONE's STANDARD and DAYLIGHT observances (yearly rules or one-off dates). */
function vtimezoneZone(definition: IcsComponent, name: string): Zone | undefined {
  const parseOffset = (value?: string) => {
    const match = /^([+-])(\d\d)(\d\d)/.exec(value?.trim() ?? '');
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : undefined;
  };
  const observances = definition.components
    .filter((component) => component.name === 'STANDARD' || component.name === 'DAYLIGHT')
    .map((component) => {
      const start = parseLocal(property(component, 'DTSTART')?.value ?? '');
      const from = parseOffset(property(component, 'TZOFFSETFROM')?.value);
      const to = parseOffset(property(component, 'TZOFFSETTO')?.value);
      const rule = Object.fromEntries(
        (property(component, 'RRULE')?.value ?? '').split(';').map((part) => part.split('=') as [string, string]),
      );
      const extra = properties(component, 'RDATE').flatMap((rdate) => rdate.value.split(',').map(parseLocal));
      return { start, from, to, rule, extra };
    })
    .filter((observance) => observance.start !== undefined && observance.from !== undefined && observance.to !== undefined);
  if (observances.length === 0) return undefined;

  /** The local onset of an observance in `year`, by its yearly rule. */
  const onsetIn = (observance: (typeof observances)[number], year: number): number | undefined => {
    const start = fieldsOf(observance.start!);
    if (observance.rule.FREQ !== 'YEARLY') return undefined;
    const month = Number(observance.rule.BYMONTH ?? start.month);
    let day: number | undefined = start.day;
    const byDay = /^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(observance.rule.BYDAY ?? '');
    if (byDay) day = nthWeekday(year, month, Number(byDay[1] ?? 1), WEEKDAYS.indexOf(byDay[2]));
    if (observance.rule.BYMONTHDAY) day = Number(observance.rule.BYMONTHDAY);
    return day === undefined ? undefined : localMs(year, month, day, start.hour, start.minute, start.second);
  };

  return {
    name,
    offsetAt(instant: number): number {
      let best: { onset: number; to: number } | undefined;
      const year = new Date(instant).getUTCFullYear();
      for (const observance of observances) {
        const onsets = [observance.start!, ...(observance.extra.filter((value) => value !== undefined) as number[])];
        for (const candidate of [year - 1, year, year + 1]) {
          const onset = onsetIn(observance, candidate);
          const until = observance.rule.UNTIL ? parseUtcOrLocal(observance.rule.UNTIL) : undefined;
          if (onset !== undefined && onset >= observance.start! && (until === undefined || onset <= until)) onsets.push(onset);
        }
        for (const onset of onsets) {
          const onsetInstant = onset - observance.from! * MINUTE;
          if (onsetInstant <= instant && (!best || onsetInstant > best.onset)) best = { onset: onsetInstant, to: observance.to! };
        }
      }
      return best?.to ?? observances[0].from!;
    },
  };
}

function parseUtcOrLocal(value: string): number | undefined {
  return parseLocal(value.replace(/Z$/, ''));
}

/** `20260314T180000` or `20260314` as local milliseconds. */
export function parseLocal(value: string): number | undefined {
  const match = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const local = localMs(year, month, day, hour ?? 0, minute ?? 0, second ?? 0);
  const fields = fieldsOf(local);
  // No 30 February, no 25 o'clock.
  if (fields.month !== month || fields.day !== day || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60) return undefined;
  return local;
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Finds the zone a TZID means: IANA, a Mozilla/Google path, a Windows name, a display name, or the file's VTIMEZONE. */
export function resolveZone(tzid: string, calendar: IcsComponent): Zone | undefined {
  const name = tzid.trim();
  const direct = ianaZone(name);
  if (direct && name.includes('/')) return direct;
  if (WINDOWS_ZONES[name]) return ianaZone(WINDOWS_ZONES[name]);
  const path = /([A-Z][A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  const fromPath = path && ianaZone(path);
  if (fromPath) return fromPath;
  if (/^\((UTC|GMT)/i.test(name)) {
    const city = DISPLAY_NAME_CITIES.find(([pattern]) => pattern.test(name));
    if (city) return ianaZone(city[1]);
  }
  const definition = findComponents(calendar, 'VTIMEZONE').find((component) => property(component, 'TZID')?.value.trim() === name);
  if (definition) {
    // Many VTIMEZONEs carry the IANA name as well.
    const location = property(definition, 'X-LIC-LOCATION')?.value.trim();
    const fromLocation = location && ianaZone(location);
    if (fromLocation) return fromLocation;
    const defined = vtimezoneZone(definition, name);
    if (defined) return defined;
  }
  return direct; // "UTC", "GMT" and other names Intl knows without a slash
}

/**
 * The instant of a wall-clock time in a zone. An ambiguous time (the hour that repeats in
 * autumn) is the earlier one; a time that does not exist (the hour skipped in spring) moves
 * forward, as calendar programs do.
 */
export function zonedToInstant(local: number, zone: Zone): number {
  const before = zone.offsetAt(local - DAY);
  const after = zone.offsetAt(local + DAY);
  const valid = [...new Set([before, after, zone.offsetAt(local)])]
    .map((offset) => local - offset * MINUTE)
    .filter((instant) => local - zone.offsetAt(instant) * MINUTE === instant);
  return valid.length > 0 ? Math.min(...valid) : local - before * MINUTE;
}

/** `2026-03-14T18:00:00+01:00` for an instant, as the wall clock in `zone` shows it. */
export function formatInZone(instant: number, zone: Zone): string {
  const offset = zone.offsetAt(instant);
  const { year, month, day, hour, minute, second } = fieldsOf(instant + offset * MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
