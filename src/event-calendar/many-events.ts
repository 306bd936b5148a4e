/**
 * Events of several feeds (merged: each id once, with every programme that lists it) and of
 * feeds of thousands of events (prepared in slices, so that the page is never blocked for
 * long): loaded when a calendar first has them; one feed of the usual size needs neither
 * (event-model.ts). No DOM here.
 */
import type { LoadedFeed } from '../data/load-feed.js';
import { pause, SLICE_MS } from '../data/slices.js';
import type { ProgrammeFeed } from '../feed/schema.js';
import { compareEvents, eventsOfFeed, preparedEvents, SLICED_ABOVE, toCalendarEvent, type CalendarEvent } from './event-model.js';

/** Feeds whose slices failed once: prepared at once from then on (and failing where it can be seen). */
const unsliced = new WeakSet<ProgrammeFeed>();

/** The events of one feed, sorted, prepared in slices with a pause between them: a promise until they are ready. */
function eventsInSlices(feed: ProgrammeFeed, timeZone: string): CalendarEvent[] | Promise<CalendarEvent[]> {
  const byZone = preparedEvents(feed);
  const known = byZone.get(timeZone);
  if (known) return known;
  const preparing = (async () => {
    const events: CalendarEvent[] = [];
    let sliceStart = performance.now();
    for (const event of feed.events ?? []) {
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
    const events = (feed.events?.length ?? 0) > SLICED_ABOVE && !unsliced.has(feed) ? eventsInSlices(feed, timeZone) : undefined;
    if (events instanceof Promise) return events;
  }
  return mergeEvents(sources, timeZone);
}
