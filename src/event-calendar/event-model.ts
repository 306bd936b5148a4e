/**
 * From feeds to what the calendar shows: every event with its days in the configured time
 * zone, its programme and phase names, sorted once per feed (memoised on the feed object),
 * then merged across feeds, deduplicated by id, and filtered. Thousands of events are
 * prepared in slices, so that the page is never blocked for long. No DOM here.
 */
import type { LoadedFeed } from '../data/load-feed.js';
import { pause, SLICE_MS } from '../data/slices.js';
import type { LocalizedText, ProgrammeEvent, ProgrammeFeed } from '../feed/schema.js';
import { addDays, dayInZone, isDateOnly, type IsoDay } from '../format/calendar-days.js';

export type Attendance = 'onsite' | 'online' | 'hybrid';

/** One event, ready to be placed on days and drawn. */
export interface CalendarEvent {
  event: ProgrammeEvent;
  /** The language of the event's plain-string texts (its feed's). */
  language: string;
  /** The programmes whose feeds list the event (more than one when feeds share it). */
  programmes: LocalizedText[];
  /** The id of the (first) programme listing the event: part of its calendar UID. */
  programmeId?: string;
  phaseName?: LocalizedText;
  allDay: boolean;
  /** The start instant (all-day: midnight UTC of the first day; for ordering only). */
  startMs: number;
  /** The first and last calendar day the event occupies in the time zone. */
  firstDay: IsoDay;
  lastDay: IsoDay;
  attendance: Attendance;
  /** The feed that listed it (the first, when several do): what the search box searches with it. */
  feed: ProgrammeFeed;
}

/** What the visitor (or the embedding page) filters by. */
export interface EventFilter {
  categories: readonly string[];
  phases: readonly string[];
  attendance?: Attendance;
  query: string;
  /** Past events (latest first) instead of upcoming ones (soonest first); both, in order, when undefined. */
  past?: boolean;
  today: IsoDay;
}

function allTexts(value: LocalizedText | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

/** The last day an event occupies: a date-only end is inclusive; an end at midnight does not start a new day. */
function lastDayOf(event: ProgrammeEvent, firstDay: IsoDay, startMs: number, timeZone: string): IsoDay {
  if (!event.end) return firstDay;
  if (isDateOnly(event.end)) return event.end < firstDay ? firstDay : event.end;
  const endMs = Date.parse(event.end);
  if (!(endMs > startMs)) return firstDay;
  const last = dayInZone(endMs - 1, timeZone);
  return last < firstDay ? firstDay : last;
}

/** Where an event takes place: the feed's mode, else guessed from what it gives. */
function attendanceOf(event: ProgrammeEvent): Attendance {
  if (event.attendanceMode) return event.attendanceMode;
  if (event.onlineUrl) return event.location ? 'hybrid' : 'online';
  return 'onsite';
}

function toCalendarEvent(event: ProgrammeEvent, feed: ProgrammeFeed, timeZone: string): CalendarEvent {
  const allDay = isDateOnly(event.start);
  const startMs = allDay ? Date.parse(`${event.start}T00:00:00Z`) : Date.parse(event.start);
  const firstDay = allDay ? event.start : dayInZone(startMs, timeZone);
  return {
    event,
    language: feed.language,
    programmes: feed.programme ? [feed.programme.name] : [],
    programmeId: feed.programme?.id,
    phaseName: phaseOf(event, feed)?.name,
    allDay,
    startMs,
    firstDay,
    lastDay: lastDayOf(event, firstDay, startMs, timeZone),
    attendance: attendanceOf(event),
    feed,
  };
}

function phaseOf(event: ProgrammeEvent, feed: ProgrammeFeed) {
  return event.phase ? feed.phases?.find((candidate) => candidate.id === event.phase) : undefined;
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

/** Chronological: by first day, whole days before timed events, then by start and id. */
function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? -1 : 1;
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.startMs - b.startMs || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

const perFeed = new WeakMap<ProgrammeFeed, Map<string, CalendarEvent[] | Promise<CalendarEvent[]>>>();

/** Feeds with more events than this are prepared in slices (a few milliseconds each). */
const SLICED_ABOVE = 1000;

/**
 * The events of one feed, sorted, computed once per feed object and time zone: at once, or
 * (`sliced`) in slices with a pause between them, as a promise until they are ready.
 */
function prepare(feed: ProgrammeFeed, timeZone: string, sliced: boolean): CalendarEvent[] | Promise<CalendarEvent[]> {
  let byZone = perFeed.get(feed);
  if (!byZone) perFeed.set(feed, (byZone = new Map()));
  const known = byZone.get(timeZone);
  if (Array.isArray(known) || (known && sliced)) return known;
  const list = feed.events ?? [];
  if (!sliced) {
    const events = list.map((event) => toCalendarEvent(event, feed, timeZone)).sort(compareEvents);
    byZone.set(timeZone, events);
    return events;
  }
  const preparing = (async () => {
    const events: CalendarEvent[] = [];
    let sliceStart = performance.now();
    for (const event of list) {
      // The clock is read every 64 events: often enough for short slices, not for every event.
      if (events.push(toCalendarEvent(event, feed, timeZone)) % 64 === 0 && performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
    events.sort(compareEvents);
    // The render these events bring gets a task of its own.
    await pause();
    return events;
  })();
  // The map holds the promise until it settles, then the events (unless events prepared at
  // once took its place meanwhile: those are kept).
  byZone.set(timeZone, preparing);
  preparing.then(
    (events) => byZone.get(timeZone) === preparing && byZone.set(timeZone, events),
    // Should it ever fail, the next ask prepares at once (and fails where it can be seen), never waits on it again.
    () => byZone.delete(timeZone) && unsliced.add(feed),
  );
  return preparing;
}

const unsliced = new WeakSet<ProgrammeFeed>();

/** The events of one feed, sorted; computed once per feed object and time zone. */
export function eventsOfFeed(feed: ProgrammeFeed, timeZone: string): CalendarEvent[] {
  return prepare(feed, timeZone, false) as CalendarEvent[];
}

/** Merged events by their feeds (under the first feed): calendars on one page with different feeds each keep theirs. */
const merges = new WeakMap<ProgrammeFeed, { feeds: ProgrammeFeed[]; timeZone: string; events: CalendarEvent[] }[]>();

/**
 * The events of several feeds, sorted, each id once: the first feed's copy is kept and
 * learns the other programmes that list it. One feed is returned as is.
 */
export function mergeEvents(sources: readonly LoadedFeed[], timeZone: string): CalendarEvent[] {
  const feeds = sources.map((source) => source.feed);
  if (feeds.length === 1) return eventsOfFeed(feeds[0], timeZone);
  let known = merges.get(feeds[0]);
  if (!known) merges.set(feeds[0], (known = []));
  const merged = known.find((merge) => merge.timeZone === timeZone && merge.feeds.length === feeds.length && merge.feeds.every((feed, index) => feed === feeds[index]));
  if (merged) return merged.events;
  const byId = new Map<string, CalendarEvent>();
  for (const feed of feeds) {
    for (const item of eventsOfFeed(feed, timeZone)) {
      const seen = byId.get(item.event.id);
      if (!seen) {
        byId.set(item.event.id, { ...item, programmes: [...item.programmes] });
      } else {
        seen.programmes.push(...item.programmes);
        seen.phaseName ??= item.phaseName;
      }
    }
  }
  const events = [...byId.values()].sort(compareEvents);
  known.push({ feeds, timeZone, events });
  return events;
}

/**
 * As `mergeEvents`, but a feed of thousands of events not yet prepared is prepared in slices:
 * then the result is a promise that settles when it is ready (ask again then).
 */
export function calendarEvents(sources: readonly LoadedFeed[], timeZone: string): CalendarEvent[] | Promise<unknown> {
  for (const { feed } of sources) {
    const events = (feed.events?.length ?? 0) > SLICED_ABOVE && !unsliced.has(feed) ? prepare(feed, timeZone, true) : undefined;
    if (events instanceof Promise) return events;
  }
  return mergeEvents(sources, timeZone);
}

/** The events that pass the filter: upcoming soonest first, past latest first. */
export function filterEvents(events: readonly CalendarEvent[], filter: EventFilter): CalendarEvent[] {
  const query = filter.query.trim().toLocaleLowerCase();
  const words = query ? query.split(/\s+/) : [];
  const result = events.filter(
    (item) =>
      (filter.past === undefined || (filter.past ? item.lastDay < filter.today : item.lastDay >= filter.today)) &&
      (filter.categories.length === 0 || (item.event.categories ?? []).some((category) => filter.categories.includes(category))) &&
      (filter.phases.length === 0 || (item.event.phase !== undefined && filter.phases.includes(item.event.phase))) &&
      (!filter.attendance || item.attendance === filter.attendance) &&
      (words.length === 0 || words.every((word) => searchTextOf(item).includes(word))),
  );
  return filter.past ? result.reverse() : result;
}

/** Events on each day of a span, for the month grid (multi-day events on every day). */
export function eventsByDay(events: readonly CalendarEvent[], first: IsoDay, last: IsoDay): Map<IsoDay, CalendarEvent[]> {
  const days = new Map<IsoDay, CalendarEvent[]>();
  for (const item of events) {
    if (item.lastDay < first || item.firstDay > last) continue;
    let day = item.firstDay < first ? first : item.firstDay;
    const end = item.lastDay > last ? last : item.lastDay;
    while (day <= end) {
      let list = days.get(day);
      if (!list) days.set(day, (list = []));
      list.push(item);
      day = addDays(day, 1);
    }
  }
  return days;
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
