import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseIcs, splitList, unescapeText } from '../../dist/node/cli/ical-read.js';
import { expandRule, parseRule } from '../../dist/node/cli/ical-recur.js';
import { formatDate, formatInZone, ianaZone, localMs, resolveZone, zonedToInstant } from '../../dist/node/cli/ical-time.js';
import { icsToEvents, idFromUid } from '../../dist/node/cli/ics-to-events.js';
import { fixture, run } from './support.mjs';

const WINDOW = ['--from', '2026-01-01', '--to', '2026-12-31'];
const convert = (name, options = {}) =>
  icsToEvents(readFileSync(fixture(name)), { language: 'en', from: '2026-01-01', to: '2026-12-31', ...options });

describe('reading iCalendar', () => {
  it('unfolds lines, also where Outlook folded inside a letter such as "ä"', () => {
    const { events } = convert('outlook.ics');
    assert.equal(events.at(-1).title, 'Stora Sommarträff för medlemmar i Creative North: grillning vid älvstranden i Luleå');
    assert.match(events[0].description, /^Öppet nätverksmöte för kreatörer i Norrbotten\. Ta med en kollega, en idé och gärna något att visa upp på skärmen\.\n\nVälkommen!$/);
  });

  it('unescapes text and splits lists on unescaped commas only', () => {
    assert.equal(unescapeText('Kulturens hus\\, Luleå\\; plan 2\\nIngång \\\\ A'), 'Kulturens hus, Luleå; plan 2\nIngång \\ A');
    assert.deepEqual(splitList('talk,design\\, form,network'), ['talk', 'design\\, form', 'network']);
  });

  it('parses parameters, quoted ones with colons and commas included', () => {
    const calendar = parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID="(UTC+01:00) Amsterdam, Berlin";VALUE=DATE-TIME:20260310T170000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const [property] = calendar.components[0].components[0].properties;
    assert.deepEqual(property.params, { TZID: ['(UTC+01:00) Amsterdam, Berlin'], VALUE: ['DATE-TIME'] });
    assert.equal(property.value, '20260310T170000');
    assert.equal(property.line, 3);
  });
});

describe('time zones', () => {
  it('turns wall-clock times into offsets, winter and summer', () => {
    const stockholm = ianaZone('Europe/Stockholm');
    assert.equal(formatInZone(zonedToInstant(localMs(2026, 3, 10, 18), stockholm), stockholm), '2026-03-10T18:00:00+01:00');
    assert.equal(formatInZone(zonedToInstant(localMs(2026, 6, 10, 18), stockholm), stockholm), '2026-06-10T18:00:00+02:00');
  });

  it('takes the earlier of a repeated hour and moves a skipped hour forward', () => {
    const stockholm = ianaZone('Europe/Stockholm');
    assert.equal(formatInZone(zonedToInstant(localMs(2026, 10, 25, 2, 30), stockholm), stockholm), '2026-10-25T02:30:00+02:00');
    assert.equal(formatInZone(zonedToInstant(localMs(2026, 3, 29, 2, 30), stockholm), stockholm), '2026-03-29T03:30:00+02:00');
  });

  it('understands Windows names, Outlook display names, Mozilla paths and VTIMEZONE definitions', () => {
    const empty = parseIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const june = Date.UTC(2026, 5, 1);
    assert.equal(resolveZone('W. Europe Standard Time', empty).offsetAt(june), 120);
    assert.equal(resolveZone('GMT Standard Time', empty).offsetAt(june), 60);
    assert.equal(resolveZone('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', empty).name, 'Europe/Stockholm');
    assert.equal(resolveZone('/mozilla.org/20050126_1/Europe/Helsinki', empty).name, 'Europe/Helsinki');
    assert.equal(resolveZone('Nowhere Standard Time', empty), undefined);
    const { events } = convert('custom-zone.ics');
    assert.deepEqual(events.map((event) => [event.start, event.end]), [
      ['2026-01-20T09:00:00+01:00', '2026-01-20T10:00:00+01:00'],
      ['2026-06-15T09:00:00+02:00', '2026-06-15T10:30:00+02:00'],
    ]);
  });
});

describe('recurrence rules', () => {
  const expand = (rule, start, notAfter = localMs(2027, 1, 1)) => expandRule(parseRule(rule), start, { notAfter, pastUntil: () => false, maxOccurrences: 1000 }).occurrences.map(formatDate);

  it('weekly on several days with an interval', () => {
    assert.deepEqual(expand('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=5', localMs(2026, 3, 10, 18)), ['2026-03-10', '2026-03-12', '2026-03-24', '2026-03-26', '2026-04-07']);
  });
  it('monthly on the second Tuesday and on the last Friday', () => {
    assert.deepEqual(expand('FREQ=MONTHLY;COUNT=3;BYDAY=2TU', localMs(2026, 1, 13, 18)), ['2026-01-13', '2026-02-10', '2026-03-10']);
    assert.deepEqual(expand('FREQ=MONTHLY;COUNT=3;BYDAY=-1FR', localMs(2026, 1, 30, 9)), ['2026-01-30', '2026-02-27', '2026-03-27']);
  });
  it('monthly on the 31st skips shorter months; the last weekday of the month with BYSETPOS', () => {
    assert.deepEqual(expand('FREQ=MONTHLY;COUNT=3', localMs(2026, 1, 31, 9)), ['2026-01-31', '2026-03-31', '2026-05-31']);
    assert.deepEqual(expand('FREQ=MONTHLY;COUNT=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', localMs(2026, 1, 30, 9)), ['2026-01-30', '2026-02-27']);
  });
  it('yearly and daily with an end date', () => {
    assert.deepEqual(expand('FREQ=YEARLY;COUNT=3', localMs(2026, 2, 23)), ['2026-02-23'], 'stops at the end of the window');
    assert.deepEqual(expand('FREQ=YEARLY;COUNT=3', localMs(2026, 2, 23), localMs(2030, 1, 1)), ['2026-02-23', '2027-02-23', '2028-02-23']);
    const daily = expandRule(parseRule('FREQ=DAILY;UNTIL=20260305'), localMs(2026, 3, 1, 9), { notAfter: localMs(2027, 1, 1), pastUntil: (local) => local > localMs(2026, 3, 5, 23, 59, 59), maxOccurrences: 1000 });
    assert.equal(daily.occurrences.length, 5);
  });
  it('reports parts it does not support and refuses frequencies below a day', () => {
    assert.deepEqual(parseRule('FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0').unsupported, ['BYHOUR=9,15', 'BYMINUTE=0']);
    assert.equal(parseRule('FREQ=HOURLY;COUNT=3'), undefined);
  });
});

describe('cn-feed from-ics', () => {
  it('converts an Outlook export: Windows zone, every other Tuesday until a date, EXDATE, Teams link, private event left out', async () => {
    const { status, stdout, stderr } = await run(['from-ics', fixture('outlook.ics'), ...WINDOW, '--lang', 'en']);
    assert.equal(status, 0, stderr);
    const { version, events } = JSON.parse(stdout);
    assert.equal(version, 1);
    assert.deepEqual(events.map((event) => event.start), ['2026-03-10T17:00:00+01:00', '2026-03-24T17:00:00+01:00', '2026-04-21T17:00:00+02:00', '2026-07-01T10:00:00+02:00']);
    assert.equal(events[2].end, '2026-04-21T19:00:00+02:00', 'summer time after the change in March');
    assert.deepEqual(events[0].location, { name: 'Kulturens hus, Skeppsbrogatan 17, Luleå' });
    assert.equal(events[0].attendanceMode, 'hybrid');
    assert.equal(events[0].onlineUrl, 'https://teams.example.org/l/meetup-join/19%3ameeting');
    assert.ok(events.every((event) => event.id.length <= 128 && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(event.id)));
    assert.match(events[0].id, /-20260310$/);
    assert.ok(!stdout.includes('Tandläkaren'), 'a private event never reaches the feed');
    assert.match(stderr, /warning: A private event \(CLASS:PRIVATE\/CONFIDENTIAL\) at line 45 is left out\./);
    assert.match(stderr, /4 events from 3 calendar entries/);
  });

  it('converts a Google export: monthly series with a moved occurrence, all-day, cancelled, UTC, HTML description', () => {
    const { events, messages } = convert('google.ics');
    const talks = events.filter((event) => event.id.startsWith('5q1s8d0v3e1mtj0l9b1o0f1kqv-google.com-'));
    // COUNT=6 from March; July is an EXDATE and April was moved to Thursday the 16th.
    assert.deepEqual(talks.map((event) => event.start), ['2026-03-10T18:00:00+01:00', '2026-04-16T17:00:00+02:00', '2026-05-12T18:00:00+02:00', '2026-06-09T18:00:00+02:00', '2026-08-11T18:00:00+02:00']);
    assert.equal(talks[1].id, '5q1s8d0v3e1mtj0l9b1o0f1kqv-google.com-20260414', 'a moved occurrence keeps the id of its original date');
    assert.equal(talks[0].description, 'Månadens Creative Talks: tre korta föredrag, frågor och mingel.\nFri entré; anmälan behövs inte.');
    assert.deepEqual(talks[0].categories, ['talk', 'network']);
    assert.equal(talks[0].url, 'https://www.example.org/creative-talks');
    const design = events.find((event) => event.title === 'Designveckan i Piteå');
    assert.deepEqual([design.start, design.end], ['2026-09-23', '2026-09-25'], 'the exclusive DTEND becomes the last day');
    assert.deepEqual(design.categories, ['design', 'workshop']);
    assert.equal(design.description, 'Tre dagar med design och kreativa näringar.\nProgram: https://www.example.org/designveckan – välkommen!');
    const cancelled = events.find((event) => event.id === 'heldag-1-google.com');
    assert.deepEqual([cancelled.start, cancelled.end, cancelled.status], ['2026-11-12', undefined, 'cancelled']);
    const webinar = events.find((event) => event.id === 'utc-1-google.com');
    assert.deepEqual([webinar.start, webinar.end, webinar.attendanceMode], ['2026-05-05T09:00:00+02:00', '2026-05-05T10:30:00+02:00', 'online']);
    assert.deepEqual(messages.map((message) => message.text), ['Line 54: the description was HTML; it has been turned into plain text.']);
  });

  it('expands only within --from and --to, and says when a series has no dates there', () => {
    const spring = convert('google.ics', { from: '2026-04-01', to: '2026-05-31' });
    assert.deepEqual(spring.events.filter((event) => event.title.startsWith('Creative Talks') && !event.start.startsWith('2026-11')).map((event) => event.start.slice(0, 10)), ['2026-04-16', '2026-05-12']);
    const { messages } = convert('broken.ics');
    assert.ok(messages.some((message) => /the recurring event "Gammal serie" has no dates between 2026-01-01 and 2026-12-31/.test(message.text)));
  });

  it('reports what it cannot convert and exits 1, still printing the rest', async () => {
    const { status, stdout, stderr } = await run(['from-ics', fixture('broken.ics'), ...WINDOW, '--lang', 'sv']);
    assert.equal(status, 1);
    assert.match(stderr, /fel: Händelsen på rad 4 hoppas över: starttid \(DTSTART\) saknas/);
    assert.match(stderr, /fel: Händelsen på rad 8 hoppas över: rubrik \(SUMMARY\) saknas/);
    assert.match(stderr, /fel: Händelsen på rad 12 hoppas över: 20260231T100000Z är inget datum/);
    assert.match(stderr, /varning: Rad 20: tidszonen "Mars\/Olympus_Mons" är okänd; tiden läses som Europe\/Stockholm\./);
    assert.match(stderr, /upprepningsregeln FREQ=HOURLY;COUNT=3 stöds inte/);
    assert.match(stderr, /upprepningsregeln BYHOUR=10,15 stöds inte/);
    assert.match(stderr, /Rad 43: tiden saknar tidszon/);
    assert.match(stderr, /URL ftp:\/\/example\.org\/file är ingen https:\/\/-länk/);
    const { events } = JSON.parse(stdout);
    assert.deepEqual(events.map((event) => event.title).sort(), ['Med BYHOUR', 'Med BYHOUR', 'Okänd tidszon', 'Tid utan zon', 'Varje timme']);
  });

  it('refuses a file that is not a calendar, and prints only the list with --array', async () => {
    const notCalendar = await run(['from-ics', fixture('not-a-calendar.ics'), '--lang', 'en']);
    assert.equal(notCalendar.status, 1);
    assert.equal(notCalendar.stdout, '');
    assert.match(notCalendar.stderr, /This is not an iCalendar file/);
    const array = await run(['from-ics', fixture('custom-zone.ics'), '--array', ...WINDOW]);
    assert.ok(Array.isArray(JSON.parse(array.stdout)));
  });

  it('checks its options', async () => {
    assert.equal((await run(['from-ics', fixture('google.ics'), '--from', '2026-02-30'])).status, 2);
    assert.equal((await run(['from-ics', fixture('google.ics'), '--time-zone', 'Mars/Base'])).status, 2);
    assert.equal((await run(['from-ics'])).status, 2);
    const help = await run(['from-ics', '--help', '--lang', 'sv']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--from DATUM/);
  });

  it('makes ids that stay the same from one export to the next', () => {
    assert.equal(idFromUid('5q1s8d0v3e1mtj0l9b1o0f1kqv@google.com'), '5q1s8d0v3e1mtj0l9b1o0f1kqv-google.com');
    assert.equal(idFromUid('creative-talks-2014@creative-talks.creative-nodes'), 'creative-talks-2014', 'our own UIDs come back as the feed id');
    assert.equal(idFromUid('creative-talks-2014@creative-nodes'), 'creative-talks-2014', 'so do those of the calendar widget\'s download');
    const outlook = '040000008200E00074C5B7101A82E00800000000D0C8A5F1E3A0DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6';
    assert.equal(idFromUid(outlook), idFromUid(outlook));
    assert.ok(idFromUid(outlook).length <= 100);
    assert.notEqual(idFromUid(outlook), idFromUid(outlook.replace(/E6$/, 'E7')));
  });
});
