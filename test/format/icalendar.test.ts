import { expect } from '@open-wc/testing';
import { escapeText, foldLine, googleCalendarUrl, parseICalendar, propertyOf, toICalendar, unescapeText, type ICalEvent } from '../../src/format/icalendar.js';

const STAMP = Date.UTC(2016, 2, 1, 12, 0, 0);
const TALK: ICalEvent = {
  uid: 'creative-talks-2016-03@creative-nodes',
  summary: 'Creative Talks: innovation, över; branschgränser\\',
  description: 'Rad ett\nRad två, med komma; och semikolon',
  location: 'Creative Park/Bergströmska gården, Luleå',
  url: 'https://www.luleanaringsliv.se',
  start: '2016-03-10T15:00:00+01:00',
  end: '2016-03-10T18:00:00+01:00',
};

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

describe('iCalendar (RFC 5545)', () => {
  it('writes a VCALENDAR with PRODID and VERSION, and a VEVENT with UID, DTSTAMP and UTC times', () => {
    const text = toICalendar([TALK], { prodId: '-//Creative Nodes//Widgets//EN', stamp: STAMP });
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines).to.include('PRODID:-//Creative Nodes//Widgets//EN');
    expect(lines).to.include('BEGIN:VEVENT');
    expect(lines).to.include('UID:creative-talks-2016-03@creative-nodes');
    expect(lines).to.include('DTSTAMP:20160301T120000Z');
    expect(lines).to.include('DTSTART:20160310T140000Z');
    expect(lines).to.include('DTEND:20160310T170000Z');
    expect(lines).to.include('STATUS:CONFIRMED');
    expect(lines[lines.length - 2]).to.equal('END:VCALENDAR');
    expect(lines[lines.length - 1]).to.equal('', 'the file ends with CRLF');
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/, 'every line ends in CRLF, never a bare LF');
  });

  it('escapes TEXT values per §3.3.11', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    expect(unescapeText('a\\\\b\\;c\\,d\\ne\\Nf')).to.equal('a\\b;c,d\ne\nf');
    const text = toICalendar([TALK], { prodId: 'x', stamp: STAMP });
    expect(text).to.contain('SUMMARY:Creative Talks: innovation\\, över\\; branschgränser\\\\');
    expect(text.replace(/\r\n /g, '')).to.contain('DESCRIPTION:Rad ett\\nRad två\\, med komma\\; och semikolon');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`DESCRIPTION:${'åäö€'.repeat(40)}`);
    const lines = folded.split('\r\n').slice(0, -1);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(octets(line)).to.be.at.most(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(`DESCRIPTION:${'åäö€'.repeat(40)}\r\n`);
    const text = toICalendar([{ ...TALK, description: 'x'.repeat(500) }], { prodId: 'x', stamp: STAMP });
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
  });

  it('writes all-day events as dates with an exclusive end, and cancelled ones as CANCELLED', () => {
    const text = toICalendar([{ uid: 'nmw@creative-nodes', summary: 'Norrbotten Media Week', start: '2016-02-23', end: '2016-02-25', status: 'cancelled' }], { prodId: 'x', stamp: STAMP });
    const [event] = parseICalendar(text)[0].components;
    const start = event.properties.find((property) => property.name === 'DTSTART')!;
    expect(start.params).to.deep.equal({ VALUE: 'DATE' });
    expect(start.value).to.equal('20160223');
    expect(propertyOf(event, 'DTEND')).to.equal('20160226');
    expect(propertyOf(event, 'STATUS')).to.equal('CANCELLED');
    const single = toICalendar([{ uid: 'a', summary: 'A', start: '2016-02-29' }], { prodId: 'x', stamp: STAMP });
    expect(single).to.contain('DTSTART;VALUE=DATE:20160229').and.contain('DTEND;VALUE=DATE:20160301');
  });

  it('writes times across the change to winter time in UTC', () => {
    const text = toICalendar([{ uid: 'night', summary: 'Natt', start: '2016-10-30T01:30:00+02:00', end: '2016-10-30T02:30:00+01:00' }], { prodId: 'x', stamp: STAMP });
    expect(text).to.contain('DTSTART:20161029T233000Z').and.contain('DTEND:20161030T013000Z');
  });

  it('round-trips through the parser', () => {
    const events: ICalEvent[] = [TALK, { uid: 'b@x', summary: 'Ändrad, "citerad" ; text', start: '2016-11-23T13:00:00+01:00', status: 'postponed', description: 'x'.repeat(200) }];
    const [calendar] = parseICalendar(toICalendar(events, { prodId: '-//Test//EN', stamp: STAMP }));
    expect(calendar.name).to.equal('VCALENDAR');
    expect(propertyOf(calendar, 'PRODID')).to.equal('-//Test//EN');
    const [first, second] = calendar.components;
    expect(propertyOf(first, 'SUMMARY')).to.equal(TALK.summary);
    expect(propertyOf(first, 'DESCRIPTION')).to.equal(TALK.description);
    expect(propertyOf(first, 'LOCATION')).to.equal(TALK.location);
    expect(propertyOf(first, 'URL')).to.equal(TALK.url);
    expect(propertyOf(second, 'SUMMARY')).to.equal('Ändrad, "citerad" ; text');
    expect(propertyOf(second, 'DESCRIPTION')).to.equal('x'.repeat(200));
    expect(propertyOf(second, 'STATUS')).to.equal('TENTATIVE');
    expect(propertyOf(second, 'DTEND')).to.equal(undefined);
  });

  it('drops control characters that could forge a property', () => {
    const text = toICalendar([{ ...TALK, summary: 'A\u0000B', url: 'https://example.org/a\r\nATTACH:evil' }], { prodId: 'x', stamp: STAMP });
    const [calendar] = parseICalendar(text);
    expect(propertyOf(calendar.components[0], 'SUMMARY')).to.equal('AB');
    expect(calendar.components[0].properties.some((property) => property.name === 'ATTACH')).to.equal(false);
  });

  it('builds a Google Calendar template link', () => {
    const url = new URL(googleCalendarUrl(TALK));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal(TALK.summary);
    expect(url.searchParams.get('dates')).to.equal('20160310T140000Z/20160310T170000Z');
    expect(url.searchParams.get('details')).to.equal(`${TALK.description}\n\n${TALK.url}`);
    expect(url.searchParams.get('location')).to.equal(TALK.location);
    expect(new URL(googleCalendarUrl({ uid: 'a', summary: 'A', start: '2016-02-23', end: '2016-02-25' })).searchParams.get('dates')).to.equal('20160223/20160226');
  });
});
