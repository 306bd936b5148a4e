/**
 * schema.org `Event` JSON-LD for the events a calendar lists, so that search engines can
 * show them as rich results. It goes into the page's light DOM (crawlers do not read shadow
 * roots) as a `<script type="application/ld+json">` whose text is escaped so that feed text
 * can never close the script element. Loaded only by calendars with `structured-data`.
 */
import { setJsonScriptText } from '../base/trusted-types.js';
import type { LocalizedText } from '../feed/schema.js';
import type { EventCalendar } from './event-calendar.js';
import type { CalendarEvent } from './event-model.js';

/** Resolves a feed text to the page's language. */
export type TextResolver = (value: LocalizedText | undefined, feedLanguage: string) => string;

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

const ATTENDANCE = {
  onsite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** Drops empty values so that the JSON says only what is known. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '')) as T;
}

export function eventJsonLd(item: CalendarEvent, textOf: TextResolver): Record<string, unknown> {
  const { event, language } = item;
  const place = event.location
    ? compact({
        '@type': 'Place',
        name: textOf(event.location.name, language) || textOf(event.location.city, language),
        address: compact({
          '@type': 'PostalAddress',
          streetAddress: textOf(event.location.address, language),
          addressLocality: textOf(event.location.city, language),
        }),
      })
    : undefined;
  const virtual = event.onlineUrl || (item.attendance !== 'onsite' && event.url) ? { '@type': 'VirtualLocation', url: event.onlineUrl ?? event.url } : undefined;
  const locations = [place, item.attendance === 'onsite' ? undefined : virtual].filter(Boolean);
  const organiser = textOf(event.organiser, language);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: textOf(event.title, language),
    description: textOf(event.description ?? event.summary, language),
    startDate: event.start,
    endDate: event.end,
    eventStatus: STATUS[event.status],
    eventAttendanceMode: ATTENDANCE[item.attendance],
    location: locations.length > 1 ? locations : locations[0],
    organizer: organiser ? { '@type': 'Organization', name: organiser } : undefined,
    url: event.url,
    image: event.image?.url,
  });
}

/** The JSON text for a script element: `<` escaped, so `</script>` in a title stays text. */
export function jsonLdText(items: readonly CalendarEvent[], textOf: TextResolver): string {
  return JSON.stringify(items.map((item) => eventJsonLd(item, textOf))).replace(/</g, '\\u003c');
}

/** The script element each calendar keeps its JSON-LD in. */
const scripts = new WeakMap<EventCalendar, HTMLScriptElement>();

/** Writes the JSON-LD of the events `host` lists into its light DOM (search engines do not read shadow roots). */
export function syncStructuredData(host: EventCalendar): void {
  const text = jsonLdText(host['listed'], (value, language) => host['plainText'](value, language));
  let script = scripts.get(host);
  if (!script) scripts.set(host, (script = document.createElement('script')));
  script.type = 'application/ld+json';
  script.dataset.cnEventCalendar = '';
  if (script.textContent !== text && !setJsonScriptText(script, text)) {
    removeStructuredData(host);
    return;
  }
  if (script.parentNode !== host) host.append(script);
}

/** Takes the JSON-LD out of the page again. */
export function removeStructuredData(host: EventCalendar): void {
  scripts.get(host)?.remove();
  scripts.delete(host);
}
