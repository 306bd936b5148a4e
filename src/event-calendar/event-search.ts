/**
 * Choosing events by category, phase, attendance and search words, and the categories and
 * phases in use (for the filter chips): loaded with the filters (filters.ts). No DOM here.
 */
import type { LoadedFeed } from '../data/load-feed.js';
import type { LocalizedText } from '../feed/schema.js';
import { eventsWhen, phaseOf, type CalendarEvent, type EventCriteria, type EventFilter } from './event-model.js';

function allTexts(value: LocalizedText | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

const searchTexts = new WeakMap<CalendarEvent, string>();

/** Every text of the event in every language, lower case: made on the first search only. */
function searchTextOf(item: CalendarEvent): string {
  let text = searchTexts.get(item);
  if (text === undefined) {
    const { event, feed } = item;
    const location = event.location;
    text = [event.title, event.summary, event.description, location?.name, location?.address, location?.city, event.organiser, feed.programme?.name, phaseOf(event, feed)?.name]
      .map(allTexts)
      .concat(event.categories ?? [])
      .join('\n')
      .toLocaleLowerCase();
    searchTexts.set(item, text);
  }
  return text;
}

/** The events that pass the filter: upcoming soonest first, past latest first. */
export function filterEvents(events: readonly CalendarEvent[], filter: EventFilter): CalendarEvent[] {
  return eventsMatching(eventsWhen(events, filter.past, filter.today), filter);
}

/** The events in the chosen categories, phases and attendance, with every word searched for. */
export function eventsMatching(events: readonly CalendarEvent[], criteria: EventCriteria): CalendarEvent[] {
  const query = criteria.query.trim().toLocaleLowerCase();
  const words = query ? query.split(/\s+/) : [];
  return events.filter(
    (item) =>
      (criteria.categories.length === 0 || (item.event.categories ?? []).some((category) => criteria.categories.includes(category))) &&
      (criteria.phases.length === 0 || (item.event.phase !== undefined && criteria.phases.includes(item.event.phase))) &&
      (!criteria.attendance || item.attendance === criteria.attendance) &&
      (words.length === 0 || words.every((word) => searchTextOf(item).includes(word))),
  );
}

/** The categories and phases used by the events, for the filter chips. */
export function facetsOf(events: readonly CalendarEvent[], sources: readonly LoadedFeed[]): { categories: string[]; phases: { id: string; name: LocalizedText; language: string }[] } {
  const categories = new Set<string>();
  const phaseIds = new Set<string>();
  for (const item of events) {
    item.event.categories?.forEach((category) => categories.add(category));
    if (item.event.phase) phaseIds.add(item.event.phase);
  }
  const phases = new Map<string, { id: string; name: LocalizedText; language: string }>();
  for (const source of sources) {
    for (const phase of source.feed.phases ?? []) {
      if (phaseIds.has(phase.id) && !phases.has(phase.id)) phases.set(phase.id, { id: phase.id, name: phase.name, language: source.feed.language });
    }
  }
  return { categories: [...categories].sort(), phases: [...phases.values()] };
}
