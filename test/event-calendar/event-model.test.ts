import { expect } from '@open-wc/testing';
import { addMonths, dayInZone, isIsoDay, weekdayOf } from '../../src/format/calendar-days.js';
import { eventsOfFeed, type EventFilter } from '../../src/event-calendar/event-model.js';
import { filterEvents } from '../../src/event-calendar/event-search.js';
import { mergeEvents } from '../../src/event-calendar/many-events.js';
import { eventsByDay } from '../../src/event-calendar/month-view.js';
import { linkify, mapUrl, safePageHref } from '../../src/event-calendar/links.js';
import { eventJsonLd, jsonLdText } from '../../src/event-calendar/structured-data.js';
import type { LoadedFeed } from '../../src/data/load-feed.js';
import type { ProgrammeEvent, ProgrammeFeed } from '../../src/feed/schema.js';

const ZONE = 'Europe/Stockholm';

function event(id: string, start: string, end?: string, extra: Partial<ProgrammeEvent> = {}): ProgrammeEvent {
  return { id, title: id, start, end, status: 'scheduled', ...extra };
}

function feedOf(events: ProgrammeEvent[], extra: Partial<ProgrammeFeed> = {}): ProgrammeFeed {
  return { version: 1, language: 'sv', events, ...extra };
}

function days(item: { firstDay: string; lastDay: string }): string[] {
  return [item.firstDay, item.lastDay];
}

const upcoming = (today: string, extra: Partial<EventFilter> = {}): EventFilter => ({ categories: [], phases: [], query: '', past: false, today, ...extra });

describe('calendar days in a time zone', () => {
  it('decides the day in the configured zone, never the machine zone', () => {
    // 00:30 in Stockholm (summer time) is still 29 October in UTC.
    expect(dayInZone(Date.parse('2016-10-29T22:30:00Z'), ZONE)).to.equal('2016-10-30');
    expect(dayInZone(Date.parse('2016-10-29T22:30:00Z'), 'UTC')).to.equal('2016-10-29');
    expect(dayInZone(Date.parse('2016-03-26T23:30:00Z'), ZONE)).to.equal('2016-03-27');
    expect(dayInZone(Date.parse('2016-03-10T04:00:00Z'), 'America/New_York')).to.equal('2016-03-09');
  });

  it('agrees with Intl around every change of offset, in zones with and without summer time', () => {
    // dayInZone asks Intl once per week of a zone and does the rest with arithmetic.
    for (const zone of ['Europe/Stockholm', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Tehran', 'Africa/Casablanca', 'Asia/Kolkata', 'UTC']) {
      const reference = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'iso8601', numberingSystem: 'latn' });
      for (let instant = Date.UTC(2011, 0, 1); instant < Date.UTC(2012, 0, 1); instant += 10 * 60_000 + 1_001) {
        const expected = reference.format(instant);
        if (dayInZone(instant, zone) !== expected) expect(`${zone} ${new Date(instant).toISOString()}: ${dayInZone(instant, zone)}`).to.equal(`${zone} ${new Date(instant).toISOString()}: ${expected}`);
      }
    }
  });

  it('does calendar arithmetic on days', () => {
    expect(addMonths('2016-01-31', 1)).to.equal('2016-02-29');
    expect(addMonths('2016-03-31', -1)).to.equal('2016-02-29');
    expect(addMonths('2016-12-15', 1)).to.equal('2017-01-15');
    expect(weekdayOf('2016-03-27')).to.equal(6, 'a Sunday');
    expect(weekdayOf('2016-03-28')).to.equal(0, 'a Monday');
    expect(isIsoDay('2016-02-30')).to.equal(false);
    expect(isIsoDay('2016-02-29')).to.equal(true);
  });
});

describe('events on their days', () => {
  it('puts an all-day multi-day event on every day up to its inclusive end', () => {
    const [week] = eventsOfFeed(feedOf([event('nmw', '2016-02-23', '2016-02-25')]), ZONE);
    expect(week.allDay).to.equal(true);
    expect(days(week)).to.deep.equal(['2016-02-23', '2016-02-25']);
    const byDay = eventsByDay([week], '2016-02-01', '2016-02-29');
    expect([...byDay.keys()]).to.deep.equal(['2016-02-23', '2016-02-24', '2016-02-25']);
  });

  it('places an all-day event on its date in any time zone', () => {
    const feed = feedOf([event('day', '2016-03-27')]);
    expect(days(eventsOfFeed(feed, 'America/Los_Angeles')[0])).to.deep.equal(['2016-03-27', '2016-03-27']);
    expect(days(eventsOfFeed(feed, 'Asia/Tokyo')[0])).to.deep.equal(['2016-03-27', '2016-03-27']);
  });

  it('handles the nights summer time begins and ends (2016-03-27, 2016-10-30)', () => {
    const feed = feedOf([
      event('spring', '2016-03-27T00:30:00+01:00', '2016-03-27T03:30:00+02:00'),
      event('autumn', '2016-10-30T01:30:00+02:00', '2016-10-30T02:30:00+01:00'),
      event('across', '2016-10-29T23:00:00+02:00', '2016-10-30T01:00:00+01:00'),
      event('early', '2016-03-27T00:15:00+01:00', '2016-03-27T01:00:00+01:00'),
      event('all-weekend', '2016-03-26', '2016-03-28'),
    ]);
    const byId = Object.fromEntries(eventsOfFeed(feed, ZONE).map((item) => [item.event.id, days(item)]));
    expect(byId.spring).to.deep.equal(['2016-03-27', '2016-03-27']);
    expect(byId.autumn).to.deep.equal(['2016-10-30', '2016-10-30']);
    expect(byId.across).to.deep.equal(['2016-10-29', '2016-10-30']);
    expect(byId.early).to.deep.equal(['2016-03-27', '2016-03-27']);
    expect(byId['all-weekend']).to.deep.equal(['2016-03-26', '2016-03-28']);
    const october = eventsByDay(eventsOfFeed(feed, ZONE), '2016-10-01', '2016-10-31');
    expect(october.get('2016-10-29')!.map((item) => item.event.id)).to.deep.equal(['across']);
    expect(october.get('2016-10-30')!.map((item) => item.event.id)).to.deep.equal(['across', 'autumn']);
  });

  it('puts an event ending after midnight on both days, one ending at midnight on one', () => {
    const feed = feedOf([
      event('late', '2016-12-08T22:00:00+01:00', '2016-12-09T02:00:00+01:00'),
      event('midnight', '2016-12-08T19:00:00+01:00', '2016-12-09T00:00:00+01:00'),
    ]);
    const byId = Object.fromEntries(eventsOfFeed(feed, ZONE).map((item) => [item.event.id, days(item)]));
    expect(byId.late).to.deep.equal(['2016-12-08', '2016-12-09']);
    expect(byId.midnight).to.deep.equal(['2016-12-08', '2016-12-08']);
  });

  it('sorts once per feed and time zone (memoised on the feed object)', () => {
    const feed = feedOf([event('b', '2016-03-10T15:00:00+01:00'), event('a', '2016-03-10'), event('c', '2016-03-09T23:30:00+01:00')]);
    const first = eventsOfFeed(feed, ZONE);
    expect(first.map((item) => item.event.id)).to.deep.equal(['c', 'a', 'b']);
    expect(eventsOfFeed(feed, ZONE)).to.equal(first);
    expect(eventsOfFeed(feedOf([...feed.events!]), ZONE)).not.to.equal(first);
  });
});

describe('filtering and merging', () => {
  const feed = feedOf(
    [
      event('past', '2016-01-10T10:00:00+01:00', '2016-01-10T12:00:00+01:00', { categories: ['talk'] }),
      event('ongoing', '2016-02-28', '2016-03-02', { categories: ['workshop'], phase: 'inspire' }),
      event('talk', '2016-03-10T15:00:00+01:00', undefined, { categories: ['talk', 'network'], phase: 'inspire', attendanceMode: 'hybrid', description: 'Om innovation i Luleå' }),
      event('lab', '2016-04-10T15:00:00+02:00', undefined, { categories: ['lab'], phase: 'fuse', onlineUrl: 'https://meet.example.org/x' }),
    ],
    { programme: { id: 'fusion', name: 'Creative Nodes Fusion' }, phases: [{ id: 'inspire', name: 'INSPIRE' }] },
  );
  const events = eventsOfFeed(feed, ZONE);
  const ids = (filter: EventFilter) => filterEvents(events, filter).map((item) => item.event.id);

  it('lists upcoming events (ongoing included) soonest first, past ones latest first', () => {
    expect(ids(upcoming('2016-03-01'))).to.deep.equal(['ongoing', 'talk', 'lab']);
    expect(ids(upcoming('2016-03-03', { past: true }))).to.deep.equal(['ongoing', 'past']);
    expect(ids(upcoming('2016-03-03', { past: undefined }))).to.deep.equal(['past', 'ongoing', 'talk', 'lab']);
  });

  it('filters by categories (any of), phases, attendance and words', () => {
    expect(ids(upcoming('2016-01-01', { categories: ['talk', 'lab'] }))).to.deep.equal(['past', 'talk', 'lab']);
    expect(ids(upcoming('2016-01-01', { phases: ['inspire'] }))).to.deep.equal(['ongoing', 'talk']);
    expect(ids(upcoming('2016-01-01', { attendance: 'hybrid' }))).to.deep.equal(['talk']);
    expect(ids(upcoming('2016-01-01', { attendance: 'online' }))).to.deep.equal(['lab'], 'an online link without a place is online');
    expect(ids(upcoming('2016-01-01', { query: 'INNOVATION luleå' }))).to.deep.equal(['talk']);
    expect(ids(upcoming('2016-01-01', { query: 'inspire' }))).to.deep.equal(['ongoing', 'talk'], 'phase names are searched');
  });

  it('merges feeds: each id once, sorted, keeping every programme name', () => {
    const other = feedOf([event('talk', '2016-03-10T15:00:00+01:00'), event('extra', '2016-03-01T09:00:00+01:00')], { programme: { id: 'ct', name: 'Creative Talks' } });
    const merged = mergeEvents([{ feed, issues: [] }, { feed: other, issues: [] }] as LoadedFeed[], ZONE);
    expect(merged.map((item) => item.event.id)).to.deep.equal(['past', 'ongoing', 'extra', 'talk', 'lab']);
    expect(merged.find((item) => item.event.id === 'talk')!.programmes).to.deep.equal(['Creative Nodes Fusion', 'Creative Talks']);
    expect(merged.find((item) => item.event.id === 'extra')!.programmes).to.deep.equal(['Creative Talks']);
    expect(eventsOfFeed(feed, ZONE).find((item) => item.event.id === 'talk')!.programmes).to.deep.equal(['Creative Nodes Fusion'], "the feed's own list is untouched");
  });
});

describe('links', () => {
  it('accepts only http(s) and relative addresses for more-href', () => {
    expect(safePageHref('https://www.example.org/kalender')).to.equal('https://www.example.org/kalender');
    expect(safePageHref('/kalender/')).to.equal(new URL('/kalender/', document.baseURI).href);
    expect(safePageHref('kalender.html?x=1#y')).to.equal(new URL('kalender.html?x=1#y', document.baseURI).href);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@example.org', '', undefined]) {
      expect(safePageHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('links http(s) addresses in plain text, leaving sentence punctuation outside', () => {
    expect(linkify('Se https://example.org/a, och (https://sv.wikipedia.org/wiki/Lule%C3%A5_(stad)). Slut')).to.deep.equal([
      { text: 'Se ' },
      { text: 'https://example.org/a', href: 'https://example.org/a' },
      { text: ', och (' },
      { text: 'https://sv.wikipedia.org/wiki/Lule%C3%A5_(stad)', href: 'https://sv.wikipedia.org/wiki/Lule%C3%A5_(stad)' },
      { text: '). Slut' },
    ]);
    expect(linkify('javascript:alert(1) ftp://x')).to.deep.equal([{ text: 'javascript:alert(1) ftp://x' }]);
  });

  it('builds OpenStreetMap searches with the place encoded', () => {
    expect(mapUrl('Creative Park/Bergströmska gården, Luleå & Co')).to.equal(
      'https://www.openstreetmap.org/search?query=Creative%20Park%2FBergstr%C3%B6mska%20g%C3%A5rden%2C%20Lule%C3%A5%20%26%20Co',
    );
  });
});

describe('schema.org Event JSON-LD', () => {
  const textOf = (value: unknown) => (typeof value === 'string' ? value : value ? (value as Record<string, string>).sv : '');
  const feed = feedOf([
    event('a', '2016-03-10T15:00:00+01:00', '2016-03-10T18:00:00+01:00', {
      title: 'Creative Talks </script><script>alert(1)</script>',
      status: 'cancelled',
      attendanceMode: 'hybrid',
      onlineUrl: 'https://meet.example.org/a',
      location: { name: 'Creative Park', city: 'Luleå' },
      organiser: 'Luleå Näringsliv AB',
    }),
    event('b', '2016-04-10', undefined, { status: 'postponed', attendanceMode: 'online', onlineUrl: 'https://meet.example.org/b' }),
    event('c', '2016-05-10', undefined, { location: { city: 'Piteå' } }),
  ]);
  const [a, b, c] = eventsOfFeed(feed, ZONE).map((item) => eventJsonLd(item, textOf));

  it('says status, attendance mode, location and organiser', () => {
    expect(a).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2016-03-10T15:00:00+01:00',
      endDate: '2016-03-10T18:00:00+01:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'Luleå Näringsliv AB' },
    });
    expect(a.location).to.deep.equal([
      { '@type': 'Place', name: 'Creative Park', address: { '@type': 'PostalAddress', addressLocality: 'Luleå' } },
      { '@type': 'VirtualLocation', url: 'https://meet.example.org/a' },
    ]);
    expect(b).to.deep.include({ eventStatus: 'https://schema.org/EventPostponed', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/b' } });
    expect(c).to.deep.include({ eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' });
    expect(c.location).to.deep.equal({ '@type': 'Place', name: 'Piteå', address: { '@type': 'PostalAddress', addressLocality: 'Piteå' } });
  });

  it('escapes "<" so feed text cannot close the script', () => {
    const text = jsonLdText(eventsOfFeed(feed, ZONE), textOf);
    expect(text).not.to.contain('<');
    expect(JSON.parse(text)[0].name).to.equal('Creative Talks </script><script>alert(1)</script>');
  });
});
