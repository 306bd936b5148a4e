/**
 * From a feed to what the calendar shows: every event with its days in the configured time
 * zone, its programme and phase names, sorted once per feed (memoised on the feed object),
 * and upcoming or past. What only some calendars need lives beside it, loaded with the part
 * that needs it: several feeds merged and thousands of events prepared in slices
 * (many-events.ts), the choice by category, phase, attendance and search (event-search.ts),
 * the events of each day (month-view.ts). No DOM here.
 */
import type { LocalizedText, ProgrammeEvent, ProgrammeFeed } from '../feed/schema.js';
import { dayInZone, isDateOnly, type IsoDay } from '../format/calendar-days.js';

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

/** What the visitor (or the embedding page) chooses events by, besides when: each empty part lets every event through. */
export interface EventCriteria {
  categories: readonly string[];
  phases: readonly string[];
  attendance?: Attendance;
  query: string;
}

/** What the visitor (or the embedding page) filters by. */
export interface EventFilter extends EventCriteria {
  /** Past events (latest first) instead of upcoming ones (soonest first); both, in order, when undefined. */
  past?: boolean;
  today: IsoDay;
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

export function toCalendarEvent(event: ProgrammeEvent, feed: ProgrammeFeed, timeZone: string): CalendarEvent {
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

export function phaseOf(event: ProgrammeEvent, feed: ProgrammeFeed) {
  return event.phase ? feed.phases?.find((candidate) => candidate.id === event.phase) : undefined;
}

/** Chronological: by first day, whole days before timed events, then by start and id. */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  if (a.firstDay !== b.firstDay) return a.firstDay < b.firstDay ? -1 : 1;
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.startMs - b.startMs || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

/** Each feed's events, sorted, by time zone: ready, or (while they are prepared in slices) a promise. */
const perFeed = new WeakMap<ProgrammeFeed, Map<string, CalendarEvent[] | Promise<CalendarEvent[]>>>();

/** A feed's prepared events by time zone (see many-events.ts for the slices). */
export function preparedEvents(feed: ProgrammeFeed): Map<string, CalendarEvent[] | Promise<CalendarEvent[]>> {
  let byZone = perFeed.get(feed);
  if (!byZone) perFeed.set(feed, (byZone = new Map()));
  return byZone;
}

/** Feeds with more events than this are prepared in slices (a few milliseconds each), by many-events.ts. */
export const SLICED_ABOVE = 1000;

/** The events of one feed, sorted; computed at once, once per feed object and time zone. */
export function eventsOfFeed(feed: ProgrammeFeed, timeZone: string): CalendarEvent[] {
  const byZone = preparedEvents(feed);
  const known = byZone.get(timeZone);
  if (Array.isArray(known)) return known;
  // Events being prepared in slices are replaced by these (the slices then leave them be).
  const events = (feed.events ?? []).map((event) => toCalendarEvent(event, feed, timeZone)).sort(compareEvents);
  byZone.set(timeZone, events);
  return events;
}

/** Upcoming events (not yet over) soonest first, or past ones latest first; all, in order, when `past` is undefined. */
export function eventsWhen(events: readonly CalendarEvent[], past: boolean | undefined, today: IsoDay): CalendarEvent[] {
  if (past === undefined) return [...events];
  const result = events.filter((item) => (item.lastDay < today) === past);
  return past ? result.reverse() : result;
}
