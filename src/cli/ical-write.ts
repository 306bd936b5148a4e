/**
 * `cn-feed to-ics`: the feed's events as one calendar people subscribe to, written by the
 * same module as the calendar widget's "add to calendar" (src/format/icalendar.ts), so an
 * event has one UID and one content everywhere. Here: what each event says, in one language.
 */
import type { LocalizedText, ProgrammeEvent, ProgrammeFeed } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import { eventUid, toICalendar, type ICalEvent } from '../format/icalendar.js';
import type { CliLanguage } from './issue-messages.js';

export { escapeText, foldLine } from '../format/icalendar.js';

export const PRODUCT_ID = '-//Creative Nodes//cn-feed//EN';

/** Feed text in `language`, chosen as the widgets choose it. */
export function pickText(value: LocalizedText | undefined, language: string): string | undefined {
  return value === undefined ? undefined : resolveText(value, language).text;
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

/** One feed event as the calendar file says it, in `language`. */
export function toICalEvent(event: ProgrammeEvent, feed: ProgrammeFeed, language: CliLanguage): ICalEvent {
  const text = (value: LocalizedText | undefined) => pickText(value, language);
  const labels = LABELS[language];
  const title = text(event.title) ?? event.id;
  const description = [text(event.summary), text(event.description)].filter(Boolean);
  if (event.registrationUrl) description.push(`${labels.registration}: ${event.registrationUrl}`);
  if (event.registrationDeadline) description.push(`${labels.deadline}: ${event.registrationDeadline}`);
  if (event.onlineUrl) description.push(`${labels.online}: ${event.onlineUrl}`);
  const place = [text(event.location?.name), text(event.location?.address), text(event.location?.city)].filter(Boolean).join(', ');
  return {
    uid: eventUid(event.id, feed.programme?.id),
    summary: event.status === 'postponed' ? `${labels.postponed}: ${title}` : title,
    description: description.join('\n\n') || undefined,
    location: place || event.onlineUrl,
    url: event.url ?? event.registrationUrl ?? event.onlineUrl,
    start: event.start,
    end: event.end,
    status: event.status,
    categories: event.categories,
  };
}

/** The whole calendar: VCALENDAR with one VEVENT per feed event, CRLF line ends, folded. */
export function feedToICalendar(feed: ProgrammeFeed, options: CalendarOptions): string {
  return toICalendar(
    (feed.events ?? []).map((event) => toICalEvent(event, feed, options.language)),
    {
      prodId: PRODUCT_ID,
      stamp: feed.updated ? Date.parse(feed.updated) : (options.now ?? Date.now()),
      name: pickText(feed.programme?.name, options.language) ?? 'Creative Nodes',
      refreshInterval: 'PT6H',
    },
  );
}
