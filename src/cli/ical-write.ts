/**
 * Writing iCalendar (RFC 5545): the feed's events as one calendar people subscribe to.
 * Times are written in UTC (`…Z`) so no VTIMEZONE is needed; all-day events as dates with the
 * exclusive end iCalendar expects. Lines end in CRLF and are folded at 75 octets.
 *
 * NOTE: src/event-calendar/ical.ts (the calendar widget's per-event download) does the same
 * job for one event; the two should become one shared module (see the report for issue 7).
 */
import type { LocalizedText, ProgrammeEvent, ProgrammeFeed } from '../feed/schema.js';
import type { CliLanguage } from './issue-messages.js';

export const PRODUCT_ID = '-//Creative Nodes//cn-feed//EN';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into pieces of at most 75 octets (UTF-8), each continuation starting
 * with a space, never splitting a character. Returns the lines joined with CRLF.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.map((piece, index) => (index === 0 ? piece : ` ${piece}`)).join('\r\n');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `20160310T170000Z` for an instant. */
export function formatUtc(instant: number): string {
  const date = new Date(instant);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** `20160223` for `2016-02-23`, shifted by whole days. */
export function formatDateValue(isoDate: string, addDays = 0): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + addDays));
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

const isDateOnly = (value: string) => /^\d{4}-\d\d-\d\d$/.test(value);

/**
 * Feed text in `language`: exact tag, same base language, English, Swedish, then any — the
 * order the widgets use (src/base/localize.ts `resolveText`, which needs the DOM's types).
 */
export function pickText(value: LocalizedText | undefined, language: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const entries = Object.entries(value);
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  const match =
    entries.find(([tag]) => tag.toLowerCase() === language.toLowerCase()) ??
    entries.find(([tag]) => base(tag) === base(language)) ??
    entries.find(([tag]) => base(tag) === 'en') ??
    entries.find(([tag]) => base(tag) === 'sv') ??
    entries[0];
  return match?.[1];
}

const LABELS: Record<CliLanguage, { registration: string; online: string; deadline: string; postponed: string }> = {
  sv: { registration: 'Anmälan', online: 'Delta online', deadline: 'Sista anmälningsdag', postponed: 'Uppskjutet' },
  en: { registration: 'Registration', online: 'Join online', deadline: 'Registration deadline', postponed: 'Postponed' },
};

export interface CalendarOptions {
  language: CliLanguage;
  /** DTSTAMP when the feed has no `updated`: the time the file is made. */
  now?: number;
}

/** The stable UID of a feed event: the same event gets the same UID in every export. */
export function eventUid(event: ProgrammeEvent, programmeId = 'programme'): string {
  return `${event.id}@${programmeId}.creative-nodes`;
}

/** The content lines (unfolded) of one VEVENT. */
export function eventLines(event: ProgrammeEvent, feed: ProgrammeFeed, options: CalendarOptions & { stamp: number }): string[] {
  const language = options.language;
  const text = (value: LocalizedText | undefined) => pickText(value, language);
  const labels = LABELS[language];
  const lines = ['BEGIN:VEVENT', `UID:${eventUid(event, feed.programme?.id)}`, `DTSTAMP:${formatUtc(options.stamp)}`];

  if (isDateOnly(event.start)) {
    // All day: iCalendar's DTEND is the day after the last day.
    lines.push(`DTSTART;VALUE=DATE:${formatDateValue(event.start)}`, `DTEND;VALUE=DATE:${formatDateValue(event.end ?? event.start, 1)}`);
  } else {
    lines.push(`DTSTART:${formatUtc(Date.parse(event.start))}`);
    if (event.end && !isDateOnly(event.end)) lines.push(`DTEND:${formatUtc(Date.parse(event.end))}`);
  }

  const title = text(event.title) ?? event.id;
  lines.push(`SUMMARY:${escapeText(event.status === 'postponed' ? `${labels.postponed}: ${title}` : title)}`);

  const description = [text(event.summary), text(event.description)].filter(Boolean);
  if (event.registrationUrl) description.push(`${labels.registration}: ${event.registrationUrl}`);
  if (event.registrationDeadline) description.push(`${labels.deadline}: ${event.registrationDeadline}`);
  if (event.onlineUrl) description.push(`${labels.online}: ${event.onlineUrl}`);
  if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join('\n\n'))}`);

  const place = [text(event.location?.name), text(event.location?.address), text(event.location?.city)].filter(Boolean).join(', ');
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  else if (event.onlineUrl) lines.push(`LOCATION:${escapeText(event.onlineUrl)}`);

  const url = event.url ?? event.registrationUrl ?? event.onlineUrl;
  if (url) lines.push(`URL:${url}`);
  if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar: VCALENDAR with one VEVENT per feed event, CRLF line ends, folded. */
export function feedToICalendar(feed: ProgrammeFeed, options: CalendarOptions): string {
  const stamp = feed.updated ? Date.parse(feed.updated) : (options.now ?? Date.now());
  const name = pickText(feed.programme?.name, options.language) ?? 'Creative Nodes';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `NAME:${escapeText(name)}`,
    // Calendar programs that subscribe check again after this long.
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...(feed.events ?? []).flatMap((event) => eventLines(event, feed, { ...options, stamp })),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
