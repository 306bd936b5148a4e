/**
 * iCalendar (RFC 5545), one writer for the calendar widget's "add to calendar" and for
 * `cn-feed to-ics`, so an event has the same UID and content in both; a Google Calendar
 * template link; and a small parser for tests. Pure string code: no DOM, no dependencies.
 *
 * Times are written in UTC (`DTSTART:20160310T140000Z`), so no VTIMEZONE is needed and every
 * calendar shows the event at the right moment; all-day events are dates
 * (`DTSTART;VALUE=DATE:20160223`) with an exclusive DTEND, as §3.6.1 asks.
 */
import { addDays, isDateOnly } from './calendar-days.js';

/** One event as a calendar file needs it; texts already in the visitor's language. */
export interface ICalEvent {
  /** Globally unique and stable: the same event keeps its UID in every download. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** As in the feed: `2016-03-10T15:00:00+01:00`, or `2016-02-23` for a whole day. */
  start: string;
  /** As in the feed; a date-only end is the last day (inclusive). */
  end?: string;
  status?: 'scheduled' | 'cancelled' | 'postponed';
  categories?: readonly string[];
}

/** What a whole calendar file says about itself. */
export interface ICalendarOptions {
  prodId: string;
  /** DTSTAMP: when the file was made (or the feed last changed). */
  stamp?: Date | number;
  /** The calendar's name, for a file people subscribe to. */
  name?: string;
  /** How often subscribers should check again, as an RFC 5545 duration (`PT6H`). */
  refreshInterval?: string;
}

/**
 * The UID of a feed event: ids are unique within a feed, so the programme's id makes them
 * unique everywhere, and the same event keeps its UID in every download and subscription.
 */
export function eventUid(eventId: string, programmeId?: string): string {
  return `${eventId}@${programmeId ? `${programmeId}.` : ''}creative-nodes`;
}

/** One parsed content line. */
export interface ICalProperty {
  name: string;
  params: Record<string, string>;
  /** Unescaped for text properties, as written otherwise. */
  value: string;
}

/** One parsed component (VCALENDAR, VEVENT …) with its properties and children. */
export interface ICalComponent {
  name: string;
  properties: ICalProperty[];
  components: ICalComponent[];
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CATEGORIES', 'CONTACT', 'RESOURCES']);
const STATUS: Record<NonNullable<ICalEvent['status']>, string> = {
  scheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  // RFC 5545 has no "postponed": the event may still happen, at a time not yet known.
  postponed: 'TENTATIVE',
};

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** Reverses {@link escapeText}. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/**
 * Folds a content line at 75 octets (§3.1) and ends each piece with CRLF; never splits a
 * UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = new TextEncoder().encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out + CRLF;
}

/** `2016-03-10T15:00:00+01:00` → `20160310T140000Z`. */
export function utcStamp(instant: number | Date): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `2016-02-23` → `20160223`. */
function dateValue(day: string): string {
  return day.replace(/-/g, '');
}

/** Control characters (except line breaks, handled by escaping) never reach the file. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

/** The DTSTART/DTEND values, or Google's `dates` pair: UTC times, or dates with an exclusive end. */
export function eventDates(event: Pick<ICalEvent, 'start' | 'end'>): { allDay: boolean; start: string; end?: string } {
  if (isDateOnly(event.start)) {
    const last = event.end && isDateOnly(event.end) ? event.end : event.end ? event.end.slice(0, 10) : event.start;
    return { allDay: true, start: dateValue(event.start), end: dateValue(addDays(last, 1)) };
  }
  const start = Date.parse(event.start);
  let end: number | undefined;
  if (event.end) end = isDateOnly(event.end) ? Date.parse(`${addDays(event.end, 1)}T00:00:00Z`) : Date.parse(event.end);
  return { allDay: false, start: utcStamp(start), end: end !== undefined && Number.isFinite(end) ? utcStamp(end) : undefined };
}

/** A VCALENDAR with one VEVENT per event. */
export function toICalendar(events: readonly ICalEvent[], options: ICalendarOptions): string {
  const stamp = utcStamp(options.stamp ?? Date.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${clean(options.prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const name = clean(options.name);
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`, `NAME:${escapeText(name)}`);
  if (options.refreshInterval) {
    // Calendar programs that subscribe check again after this long.
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${options.refreshInterval}`, `X-PUBLISHED-TTL:${options.refreshInterval}`);
  }
  for (const event of events) {
    const dates = eventDates(event);
    lines.push('BEGIN:VEVENT', `UID:${clean(event.uid)}`, `DTSTAMP:${stamp}`);
    if (dates.allDay) {
      lines.push(`DTSTART;VALUE=DATE:${dates.start}`, `DTEND;VALUE=DATE:${dates.end}`);
    } else {
      lines.push(`DTSTART:${dates.start}`);
      if (dates.end) lines.push(`DTEND:${dates.end}`);
    }
    lines.push(`SUMMARY:${escapeText(clean(event.summary))}`);
    const description = clean(event.description);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    const location = clean(event.location);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    // URL is a URI value: not text-escaped, so nothing that could break the line may pass.
    const url = clean(event.url).replace(/\s/g, encodeURIComponent);
    if (url) lines.push(`URL:${url}`);
    const categories = (event.categories ?? []).map(clean).filter(Boolean);
    if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
    lines.push(`STATUS:${STATUS[event.status ?? 'scheduled']}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}

/** A Google Calendar "create event" link, filled in. */
export function googleCalendarUrl(event: ICalEvent): string {
  const dates = eventDates(event);
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', event.summary],
    ['dates', `${dates.start}/${dates.end ?? dates.start}`],
  ];
  const details = [event.description, event.url].filter(Boolean).join('\n\n');
  if (details) params.push(['details', details]);
  if (event.location) params.push(['location', event.location]);
  return `https://calendar.google.com/calendar/render?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}

/**
 * Parses iCalendar text into its component tree (the outermost components are returned).
 * Lenient: LF line ends and tab folds are accepted, lines without a colon skipped.
 */
export function parseICalendar(text: string): ICalComponent[] {
  const roots: ICalComponent[] = [];
  const stack: ICalComponent[] = [];
  for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const [rawName, ...rawParams] = line.slice(0, colon).split(';');
    const name = rawName.toUpperCase();
    const rawValue = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component: ICalComponent = { name: rawValue.toUpperCase(), properties: [], components: [] };
      (stack.length ? stack[stack.length - 1].components : roots).push(component);
      stack.push(component);
      continue;
    }
    if (name === 'END') {
      stack.pop();
      continue;
    }
    const params: Record<string, string> = {};
    for (const param of rawParams) {
      const equals = param.indexOf('=');
      if (equals > 0) params[param.slice(0, equals).toUpperCase()] = param.slice(equals + 1).replace(/^"(.*)"$/, '$1');
    }
    stack[stack.length - 1]?.properties.push({ name, params, value: TEXT_PROPERTIES.has(name) ? unescapeText(rawValue) : rawValue });
  }
  return roots;
}

/** The first value of a property of a parsed component. */
export function propertyOf(component: ICalComponent, name: string): string | undefined {
  return component.properties.find((property) => property.name === name)?.value;
}
