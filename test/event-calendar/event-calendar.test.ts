import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { generateFeed } from '../../bench/event-calendar/generate-events.js';
import '../../src/event-calendar/define.js';
import type { EventCalendar } from '../../src/event-calendar/event-calendar.js';
import { parseICalendar, propertyOf } from '../../src/format/icalendar.js';
import { expectCompleteTranslations } from '../support/translations.js';
import { eventCalendarStrings } from '../../src/event-calendar/strings.js';
import { monthStrings } from '../../src/event-calendar/month-strings.js';
import { detailsStrings } from '../../src/event-calendar/details-strings.js';
import { filterStrings } from '../../src/event-calendar/filter-strings.js';
import { compactStrings } from '../../src/event-calendar/compact-strings.js';
import { longListStrings } from '../../src/event-calendar/long-list-strings.js';
import { jsonResponse, never, restore, sampleFeed, sampleUrl, settled, stubFetch } from '../support/helpers.js';

const TALK = {
  id: 'talk',
  title: { sv: 'Creative Talks: innovation', en: 'Creative Talks: innovation (en)' },
  summary: { sv: 'Kort om kvällen.', en: 'In short.' },
  description: { sv: 'Rad ett\nLäs mer på https://www.luleanaringsliv.se/talks. <b>inte fet</b>', en: 'Line one' },
  start: '2016-03-10T15:00:00+01:00',
  end: '2016-03-10T18:00:00+01:00',
  location: { name: 'Creative Park/Bergströmska gården', city: 'Luleå' },
  attendanceMode: 'hybrid',
  onlineUrl: 'https://meet.example.org/talk',
  url: 'https://www.luleanaringsliv.se/',
  registrationUrl: 'https://www.luleanaringsliv.se/anmalan',
  registrationDeadline: '2016-03-07',
  organiser: 'Luleå Näringsliv AB',
  categories: ['talk', 'network'],
  phase: 'inspire',
};
const LAB = { id: 'lab', title: 'FUSE-labb', start: '2016-04-14T09:00:00+02:00', end: '2016-04-14T16:00:00+02:00', attendanceMode: 'online', categories: ['lab', 'workshop'], phase: 'fuse' };
const WEEK = { id: 'week', title: 'Norrbotten Media Week', start: '2016-02-23', end: '2016-02-25', location: { city: 'Luleå' }, categories: ['workshop'] };
const OLD = { id: 'old', title: 'Gammalt', start: '2015-11-12T13:00:00+01:00', categories: ['talk'] };
const CANCELLED = { id: 'cancelled', title: 'Inställd träff', start: '2016-03-11T15:00:00+01:00', status: 'cancelled' };
const POSTPONED = { id: 'postponed', title: 'Uppskjuten dag', start: '2016-03-12T15:00:00+01:00', status: 'postponed' };
const feedOf = (...events: unknown[]) => ({
  version: 1,
  programme: { id: 'fusion', name: 'Creative Nodes Fusion' },
  phases: [
    { id: 'inspire', name: 'INSPIRE' },
    { id: 'fuse', name: 'FUSE' },
  ],
  events,
});

function parts(element: HTMLElement, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}
function part(element: HTMLElement, name: string): HTMLElement | null {
  return parts(element, name)[0] ?? null;
}
const words = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (element: EventCalendar) => parts(element, 'event-title').map(words);

async function calendar(template: ReturnType<typeof html>): Promise<EventCalendar> {
  const element = await fixture<EventCalendar>(template);
  await settled(element);
  return element;
}

async function frame(element: EventCalendar): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
}

describe('<cn-event-calendar>', () => {
  afterEach(restore);

  it('has every UI string in Swedish and English', () => {
    expectCompleteTranslations(eventCalendarStrings);
    // The words of the parts loaded on demand, kept beside them.
    expectCompleteTranslations(monthStrings);
    expectCompleteTranslations(detailsStrings);
    expectCompleteTranslations(filterStrings);
    expectCompleteTranslations(compactStrings);
    expectCompleteTranslations(longListStrings);
  });

  describe('agenda list', () => {
    it('groups upcoming events by month and day, with time, title, place, status and categories', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-02-24" .data=${feedOf(LAB, TALK, WEEK, OLD, CANCELLED)}></cn-event-calendar>`);
      expect(parts(element, 'month-heading').map(words)).to.deep.equal(['februari 2016', 'mars 2016', 'april 2016']);
      const level = (node: HTMLElement) => node.getAttribute('aria-level');
      expect(level(part(element, 'month-heading')!)).to.equal('2');
      expect(level(part(element, 'day-heading')!)).to.equal('3');
      expect(level(part(element, 'event-title')!)).to.equal('4');
      // The media week is under way: listed under today, not under a past day.
      expect(parts(element, 'day-heading').map(words)).to.deep.equal(['onsdag 24 februari', 'torsdag 10 mars', 'fredag 11 mars', 'torsdag 14 april']);
      expect(titles(element)).to.deep.equal(['Norrbotten Media Week', 'Creative Talks: innovation', 'Inställt Inställd träff', 'FUSE-labb']);
      const [week, talk, , lab] = parts(element, 'event');
      expect(words(week.querySelector('[part~="event-time"]'))).to.equal('23–25 februari');
      expect(words(talk.querySelector('[part~="event-time"]'))).to.equal('15:00–18:00');
      expect(talk.querySelector('time')!.getAttribute('datetime')).to.equal(TALK.start);
      expect(words(talk.querySelector('[part~="event-place"]'))).to.equal('Creative Park/Bergströmska gården, Luleå och online');
      expect(words(lab.querySelector('[part~="event-place"]'))).to.equal('Online');
      expect([...talk.querySelectorAll('[part~="categories"] li')].map(words)).to.deep.equal(['Föredrag', 'Nätverkande']);
      expect(element.shadowRoot!.textContent).not.to.contain('Gammalt');
      await expect(element).to.be.accessible();
    });

    it('speaks English with an English page, in the page language for dates', async () => {
      const element = await calendar(html`<cn-event-calendar lang="en-GB" today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar>`);
      expect(words(part(element, 'month-heading'))).to.equal('March 2016');
      expect(words(part(element, 'day-heading'))).to.equal('Thursday 10 March');
      expect(titles(element)).to.deep.equal(['Creative Talks: innovation (en)']);
      expect(words(part(element, 'details-toggle'))).to.equal('Details');
      expect(words(part(element, 'status'))).to.equal('1 event');
    });

    it('shows times in the time-zone attribute', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" time-zone="America/New_York" today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar>`);
      expect(words(part(element, 'event-time'))).to.equal('09:00–12:00');
      element.timeZone = 'Not/AZone';
      const warn = sinon.stub(console, 'warn');
      await element.updateComplete;
      expect(words(part(element, 'event-time'))).to.equal('15:00–18:00');
      expect(warn.firstCall.args[0]).to.contain('time-zone="Not/AZone" is not a time zone');
    });

    it('puts events after midnight and across summer-time changes on the right days', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-03-01" .data=${feedOf(
        { id: 'spring', title: 'Vårnatt', start: '2016-03-27T00:30:00+01:00', end: '2016-03-27T03:30:00+02:00' },
        { id: 'autumn', title: 'Höstnatt', start: '2016-10-30T00:30:00+02:00', end: '2016-10-30T02:30:00+01:00' },
        { id: 'late', title: 'Sen kväll', start: '2016-12-08T22:00:00+01:00', end: '2016-12-09T02:00:00+01:00' },
      )}></cn-event-calendar>`);
      expect(parts(element, 'day-heading').map(words)).to.deep.equal(['söndag 27 mars', 'söndag 30 oktober', 'torsdag 8 december']);
      const times = parts(element, 'event-time').map(words);
      expect(times[0]).to.equal('00:30–03:30');
      expect(times[1]).to.equal('00:30–02:30');
      expect(times[2]).to.match(/8 dec.*22:00.*9 dec.*02:00/);
      element.view = 'month';
      element.month = '2016-12';
      await element.updateComplete;
      const cell = (day: string) => element.shadowRoot!.querySelector(`td[data-day="${day}"]`)!;
      expect(words(cell('2016-12-08').querySelector('ul'))).to.equal('Sen kväll');
      expect(words(cell('2016-12-09').querySelector('ul'))).to.equal('Sen kväll');
      expect(cell('2016-12-10').querySelector('ul')).to.equal(null);
    });

    it('marks cancelled and postponed events in words, without removing them', async () => {
      const element = await calendar(html`<cn-event-calendar lang="en" today="2016-03-01" .data=${feedOf(CANCELLED, POSTPONED)}></cn-event-calendar>`);
      expect(parts(element, 'event-status').map(words)).to.deep.equal(['Cancelled', 'Postponed']);
      expect(titles(element)).to.deep.equal(['Cancelled Inställd träff', 'Postponed Uppskjuten dag']);
      await expect(element).to.be.accessible();
    });

    it('shows a first page of 50 and grows on demand, focusing the first new event', async () => {
      const element = await calendar(html`<cn-event-calendar lang="en" today="2016-01-04" .data=${generateFeed(5000)}></cn-event-calendar>`);
      expect(parts(element, 'event')).to.have.length(50);
      const more = part(element, 'show-more')!;
      expect(words(more)).to.equal('Show more (4950 more)');
      more.click();
      await element.updateComplete;
      await element.updateComplete;
      const events = parts(element, 'event');
      expect(events).to.have.length(100);
      expect(element.shadowRoot!.activeElement).to.equal(events[50]);
      element.pageSize = 10;
      await element.updateComplete;
      expect(parts(element, 'event')).to.have.length(10);
    });

    it('lets off-screen events of a long list skip layout and paint, and keeps short lists as they are', async () => {
      const long = await calendar(html`<cn-event-calendar today="2016-01-04" .data=${generateFeed(30)}></cn-event-calendar>`);
      expect(getComputedStyle(part(long, 'event')!).contentVisibility).to.equal('auto');
      const short = await calendar(html`<cn-event-calendar today="2016-01-04" .data=${feedOf(TALK, LAB)}></cn-event-calendar>`);
      expect(getComputedStyle(part(short, 'event')!).contentVisibility).to.equal('visible');
      expect(part(long, 'show-more')).to.equal(null, 'one page only');
    });

    it('shows a feed just big enough to be prepared in slices, however fast that goes', async () => {
      const element = await calendar(html`<cn-event-calendar today="2016-01-04" .data=${generateFeed(1001)}></cn-event-calendar>`);
      expect(parts(element, 'event')).to.have.length(50);
    });

    it('keeps what it shows while thousands of events are prepared again (another time zone), then shows them', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-01-04" .data=${generateFeed(3000)}></cn-event-calendar>`);
      const firstTime = () => parts(element, 'event-time').map(words).join(' | ');
      expect(parts(element, 'event')).to.have.length(50);
      const inStockholm = firstTime();
      element.timeZone = 'America/New_York';
      await new Promise((resolve) => setTimeout(resolve));
      expect(part(element, 'placeholder')).to.equal(null);
      expect(parts(element, 'event')).to.have.length(50);
      await element.updateComplete;
      expect(firstTime()).not.to.equal(inStockholm);
      expect(parts(element, 'event')).to.have.length(50);
    });

    it('never turns feed text into markup; links only http(s) addresses in descriptions', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> javascript:alert(1)';
      const element = await calendar(html`<cn-event-calendar today="2016-03-01" open-event="x" .data=${feedOf({ id: 'x', title: hostile, description: hostile, start: '2016-03-10', location: { name: hostile } })}></cn-event-calendar>`);
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(part(element, 'details')!.querySelector('.description a')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('details', () => {
    it('open in place with a disclosure button: description, map, online, registration, organiser, programme, phase', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar>`);
      const toggle = part(element, 'details-toggle')!;
      const details = part(element, 'details')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
      expect(toggle.getAttribute('aria-label')).to.equal('Detaljer: Creative Talks: innovation');
      expect(details.hidden).to.equal(true);
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      const description = details.querySelector('.description')!;
      expect(description.textContent).to.contain('Rad ett\nLäs mer på').and.contain('<b>inte fet</b>');
      expect(description.querySelector('b')).to.equal(null);
      expect(description.querySelector('a')!.getAttribute('href')).to.equal('https://www.luleanaringsliv.se/talks');
      expect(getComputedStyle(description).whiteSpace).to.equal('pre-line');
      const facts = Object.fromEntries([...details.querySelectorAll('dt')].map((dt) => [words(dt), dt.nextElementSibling as HTMLElement]));
      expect(Object.keys(facts)).to.deep.equal(['Plats', 'Online', 'Anmälan', 'Arrangör', 'Program', 'Fas']);
      expect(facts.Plats.querySelector('a')!.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/search?query=Creative%20Park%2FBergstr%C3%B6mska%20g%C3%A5rden%2C%20Lule%C3%A5',
      );
      expect(facts.Online.querySelector('a')!.getAttribute('href')).to.equal(TALK.onlineUrl);
      expect(facts['Anmälan'].querySelector('a')!.getAttribute('href')).to.equal(TALK.registrationUrl);
      expect(words(facts['Anmälan'])).to.equal('Anmäl dig senast 7 mars 2016');
      expect(words(facts['Arrangör'])).to.equal('Luleå Näringsliv AB');
      expect(words(facts.Program)).to.equal('Creative Nodes Fusion');
      expect(words(facts.Fas)).to.equal('INSPIRE');
      await expect(element).to.be.accessible();
      toggle.click();
      await element.updateComplete;
      expect(details.hidden).to.equal(true);
    });

    it('downloads a valid iCalendar file and links to Google Calendar', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-03-01" open-event="talk" .data=${feedOf(TALK)}></cn-event-calendar>`);
      const created = sinon.spy(URL, 'createObjectURL');
      const clicks: HTMLAnchorElement[] = [];
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        clicks.push(this);
      });
      const button = part(element, 'add-to-calendar')!;
      expect(button.getAttribute('aria-label')).to.equal('Lägg till i kalendern: Creative Talks: innovation');
      button.click();
      expect(clicks).to.have.length(1);
      expect(clicks[0].download).to.equal('talk.ics');
      expect(clicks[0].href).to.match(/^blob:/);
      const blob = created.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      const [calendarFile] = parseICalendar(await blob.text());
      const [vevent] = calendarFile.components;
      expect(propertyOf(calendarFile, 'VERSION')).to.equal('2.0');
      expect(propertyOf(calendarFile, 'PRODID')).to.match(/^-\/\/Creative Nodes\/\/Widgets/);
      expect(propertyOf(vevent, 'UID')).to.equal('talk@fusion.creative-nodes');
      expect(propertyOf(vevent, 'SUMMARY')).to.equal('Creative Talks: innovation');
      expect(propertyOf(vevent, 'DTSTART')).to.equal('20160310T140000Z');
      expect(propertyOf(vevent, 'LOCATION')).to.equal('Creative Park/Bergströmska gården, Luleå');
      expect(propertyOf(vevent, 'DTSTAMP')).to.match(/^\d{8}T\d{6}Z$/);
      const google = new URL(part(element, 'google-calendar')!.getAttribute('href')!);
      expect(google.hostname).to.equal('calendar.google.com');
      expect(google.searchParams.get('text')).to.equal('Creative Talks: innovation');
      expect(google.searchParams.get('dates')).to.equal('20160310T140000Z/20160310T170000Z');
      expect(google.searchParams.get('location')).to.equal('Creative Park/Bergströmska gården, Luleå');
      const cancelled = await calendar(html`<cn-event-calendar today="2016-03-01" .data=${feedOf(CANCELLED)}></cn-event-calendar>`);
      expect(await cancelled.icalendarOf(cancelled.listedEvents[0])).to.contain('STATUS:CANCELLED');
    });
  });

  describe('filters', () => {
    it('toggles category and phase chips (aria-pressed) and announces the count politely', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-01-01" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      const status = part(element, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(words(status)).to.equal('3 evenemang');
      const groups = [...element.shadowRoot!.querySelectorAll('[part~="filters"] .chips[role="group"]')];
      expect(groups.map((group) => group.getAttribute('aria-label'))).to.deep.equal(['Visning', 'Kategori', 'Fas']);
      const chip = (label: string) => parts(element, 'chip').find((node) => words(node) === label)!;
      expect(chip('Labb').getAttribute('aria-pressed')).to.equal('false');
      chip('Labb').click();
      await element.updateComplete;
      expect(chip('Labb').getAttribute('aria-pressed')).to.equal('true');
      expect(element.category).to.equal('lab');
      expect(titles(element)).to.deep.equal(['FUSE-labb']);
      expect(words(status)).to.equal('1 evenemang');
      chip('Föredrag').click();
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Creative Talks: innovation', 'FUSE-labb']);
      chip('FUSE').click();
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['FUSE-labb']);
      await expect(element).to.be.accessible();
    });

    it('searches with a labelled field, and filters by attendance and past', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-03-01" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      const search = part(element, 'search') as HTMLInputElement;
      expect(search.closest('label')!.textContent).to.contain('Sök');
      search.value = 'fuse';
      search.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['FUSE-labb']);
      search.value = '';
      search.dispatchEvent(new Event('input'));
      const [when, attendance] = [...element.shadowRoot!.querySelectorAll('select')];
      expect(when.closest('label')!.textContent).to.contain('Visa');
      expect(attendance.closest('label')!.textContent).to.contain('Deltagande');
      attendance.value = 'hybrid';
      attendance.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Creative Talks: innovation']);
      attendance.value = '';
      attendance.dispatchEvent(new Event('change'));
      when.value = 'past';
      when.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.past).to.equal(true);
      expect(titles(element)).to.deep.equal(['Norrbotten Media Week']);
    });

    it('is pre-filtered from attributes, and hide-filters hides the bar', async () => {
      const byCategory = await calendar(html`<cn-event-calendar today="2016-01-01" category="workshop" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(titles(byCategory)).to.deep.equal(['Norrbotten Media Week', 'FUSE-labb']);
      const byPhase = await calendar(html`<cn-event-calendar today="2016-01-01" phase="fuse" hide-filters .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(titles(byPhase)).to.deep.equal(['FUSE-labb']);
      expect(part(byPhase, 'filters')).to.equal(null);
      const online = await calendar(html`<cn-event-calendar today="2016-01-01" attendance="online" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(titles(online)).to.deep.equal(['FUSE-labb']);
      const past = await calendar(html`<cn-event-calendar today="2016-03-01" past .data=${feedOf(TALK, LAB, WEEK, OLD)}></cn-event-calendar>`);
      expect(titles(past)).to.deep.equal(['Norrbotten Media Week', 'Gammalt']);
      const query = await calendar(html`<cn-event-calendar lang="en" today="2016-01-01" query="media week" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(titles(query)).to.deep.equal(['Norrbotten Media Week']);
      const none = await calendar(html`<cn-event-calendar lang="en" today="2016-01-01" query="nothing like this" .data=${feedOf(TALK)}></cn-event-calendar>`);
      expect(words(part(none, 'message'))).to.equal('No events match the filters.');
      expect(words(part(none, 'status'))).to.equal('0 events');
    });

    it('brings its own look: fields as tall as buttons, a tick on pressed chips', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-01-01" category="lab" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(getComputedStyle(part(element, 'search')!).minHeight).to.equal('44px');
      const pressed = parts(element, 'chip').find((chip) => chip.getAttribute('aria-pressed') === 'true' && words(chip) === 'Labb')!;
      expect(getComputedStyle(pressed, '::before').content).to.contain('✓');
    });

    it('hides the list/month switch in a narrow container (the element width, not the window)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 20rem"><cn-event-calendar today="2016-01-01" .data=${feedOf(TALK, LAB)}></cn-event-calendar></div>`);
      const element = wrapper.querySelector('cn-event-calendar')!;
      await settled(element);
      const viewSwitch = () => element.shadowRoot!.querySelector<HTMLElement>('[part~="filters"] [part~="view"]')!.parentElement!;
      expect(getComputedStyle(viewSwitch()).display).to.equal('none');
      wrapper.style.width = '60rem';
      await frame(element);
      expect(getComputedStyle(viewSwitch()).display).not.to.equal('none');
    });

    it('filters a compact embed by its attributes, without a filter bar', async () => {
      const element = await calendar(html`<cn-event-calendar today="2016-01-01" limit="3" category="workshop" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(titles(element)).to.deep.equal(['Norrbotten Media Week', 'FUSE-labb']);
      expect(part(element, 'filters')).to.equal(null);
    });

    it('shows every event again when the query attribute is removed', async () => {
      const element = await calendar(html`<cn-event-calendar today="2016-01-01" hide-filters query="media" .data=${feedOf(TALK, LAB, WEEK)}></cn-event-calendar>`);
      expect(titles(element)).to.deep.equal(['Norrbotten Media Week']);
      element.removeAttribute('query');
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Norrbotten Media Week', 'Creative Talks: innovation', 'FUSE-labb']);
    });
  });

  describe('compact embed', () => {
    it('shows the next three events and a link to the full calendar, without filters', async () => {
      const element = await calendar(html`<cn-event-calendar lang="sv" today="2016-01-01" limit="3" more-href="/kalender/" .data=${generateFeed(20)}></cn-event-calendar>`);
      expect(parts(element, 'event')).to.have.length(3);
      expect(part(element, 'filters')).to.equal(null);
      expect(part(element, 'show-more')).to.equal(null);
      const link = part(element, 'more-link') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/kalender/', location.href).href);
      expect(words(link)).to.equal('Hela kalendern');
      await expect(element).to.be.accessible();
    });

    it('refuses a more-href that is not http(s) or relative', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await calendar(html`<cn-event-calendar today="2016-01-01" limit="3" more-href="javascript:alert(1)" .data=${generateFeed(5)}></cn-event-calendar>`);
      expect(part(element, 'more-link')).to.equal(null);
      expect(element.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warn.firstCall.args[0]).to.contain('more-href="javascript:alert(1)" is not an http(s) or relative address');
    });
  });

  describe('month grid', () => {
    async function month(extra = ''): Promise<EventCalendar> {
      const element = await calendar(html`<cn-event-calendar lang="sv" view="month" today="2016-03-10" .data=${feedOf(TALK, LAB, WEEK, CANCELLED)} class=${extra}></cn-event-calendar>`);
      await frame(element);
      return element;
    }
    const focusedDay = (element: EventCalendar) => (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;

    it('is a grid captioned with its month, with labelled controls and only the visible month', async () => {
      const element = await month();
      const grid = part(element, 'grid')!;
      expect(grid.getAttribute('role')).to.equal('grid');
      expect(words(grid.querySelector('caption'))).to.equal('mars 2016');
      expect(grid.querySelectorAll('td[data-day]')).to.have.length(31);
      const buttons = part(element, 'month-nav')!.querySelectorAll('button');
      expect([...buttons].map((button) => button.getAttribute('aria-label') ?? words(button))).to.deep.equal(['Föregående månad', 'I dag', 'Nästa månad']);
      const today = grid.querySelector('td[data-day="2016-03-10"]')!;
      expect(today.getAttribute('tabindex')).to.equal('0');
      expect(today.getAttribute('aria-current')).to.equal('date');
      expect(grid.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      expect(words(today.querySelector('.visually-hidden'))).to.equal('torsdag 10 mars, 1 evenemang');
      expect(words(grid.querySelector('td[data-day="2016-03-11"] ul'))).to.equal('Inställt Inställd träff');
      await expect(element).to.be.accessible();
    });

    it('moves between months with the buttons and announces the month politely', async () => {
      const element = await month();
      const status = part(element, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(words(status)).to.equal('mars 2016: 2 evenemang');
      const [previous, today, next] = part(element, 'month-nav')!.querySelectorAll('button');
      next.click();
      await element.updateComplete;
      expect(words(part(element, 'caption'))).to.equal('april 2016');
      expect(words(status)).to.equal('april 2016: 1 evenemang');
      previous.click();
      previous.click();
      await element.updateComplete;
      expect(words(part(element, 'caption'))).to.equal('februari 2016');
      expect(part(element, 'grid')!.querySelectorAll('td[data-day="2016-02-24"] li')).to.have.length(1, 'the media week is on every one of its days');
      today.click();
      await element.updateComplete;
      expect(words(part(element, 'caption'))).to.equal('mars 2016');
    });

    it('follows the WAI-ARIA grid keyboard pattern with a roving tabindex', async () => {
      const element = await month();
      element.shadowRoot!.querySelector<HTMLElement>('td[data-day="2016-03-10"]')!.focus();
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await element.updateComplete;
      };
      await press('ArrowRight');
      expect(focusedDay(element)).to.equal('2016-03-11');
      await press('ArrowDown');
      expect(focusedDay(element)).to.equal('2016-03-18');
      await press('ArrowLeft');
      await press('ArrowUp');
      expect(focusedDay(element)).to.equal('2016-03-10');
      await press('Home');
      expect(focusedDay(element)).to.equal('2016-03-07', 'Monday of the week');
      await press('End');
      expect(focusedDay(element)).to.equal('2016-03-13', 'Sunday of the week');
      expect(element.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      expect(element.shadowRoot!.querySelector('td[tabindex="0"]')!.getAttribute('data-day')).to.equal('2016-03-13');
      await press('PageDown');
      expect(focusedDay(element)).to.equal('2016-04-13');
      expect(words(part(element, 'caption'))).to.equal('april 2016');
      expect(words(part(element, 'status'))).to.equal('april 2016: 1 evenemang');
      await press('PageUp');
      await press('PageUp');
      expect(focusedDay(element)).to.equal('2016-02-13');
      for (let i = 0; i < 17; i++) await press('ArrowRight');
      expect(focusedDay(element)).to.equal('2016-03-01', 'arrows cross into the next month');
      expect(words(part(element, 'caption'))).to.equal('mars 2016');
    });

    it('selects a day with Enter or a click and lists its events under the grid', async () => {
      const element = await month();
      element.shadowRoot!.querySelector<HTMLElement>('td[data-day="2016-03-10"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const cell = element.shadowRoot!.querySelector('td[data-day="2016-03-10"]')!;
      expect(cell.getAttribute('aria-selected')).to.equal('true');
      const panel = part(element, 'day-panel')!;
      expect(words(panel.querySelector('[role="heading"]'))).to.equal('Evenemang torsdag 10 mars');
      expect(titles(element)).to.deep.equal(['Creative Talks: innovation']);
      (panel.querySelector('[part~="details-toggle"]') as HTMLElement).click();
      await element.updateComplete;
      expect(part(element, 'add-to-calendar')).not.to.equal(null);
      await expect(element).to.be.accessible();
      (element.shadowRoot!.querySelector('td[data-day="2016-03-24"]') as HTMLElement).click();
      await element.updateComplete;
      expect(words(part(element, 'day-panel'))).to.contain('Inga evenemang den här dagen.');
    });

    it('shows "+N more" when a day is full', async () => {
      const busy = Array.from({ length: 6 }, (_, index) => ({ id: `busy-${index}`, title: `Pass ${index + 1}`, start: `2016-03-15T${10 + index}:00:00+01:00` }));
      const element = await calendar(html`<cn-event-calendar lang="en-GB" view="month" today="2016-03-01" .data=${feedOf(...busy)}></cn-event-calendar>`);
      await frame(element);
      const cell = element.shadowRoot!.querySelector('td[data-day="2016-03-15"]')!;
      expect(cell.querySelectorAll('li')).to.have.length(2);
      expect(words(cell.querySelector('[part~="more-in-day"]'))).to.equal('+4 more');
      expect(words(cell.querySelector('.visually-hidden'))).to.equal('Tuesday 15 March, 6 events');
    });

    it('renders only the visible month of 5,000 events', async () => {
      const element = await calendar(html`<cn-event-calendar view="month" today="2016-06-01" .data=${generateFeed(5000)}></cn-event-calendar>`);
      await frame(element);
      expect(element.shadowRoot!.querySelectorAll('td[data-day]')).to.have.length(30);
      const listed = element.listedEvents;
      expect(listed.length).to.be.greaterThan(0).and.lessThan(200);
      expect(listed.every((item) => item.lastDay >= '2016-06-01' && item.firstDay <= '2016-06-30')).to.equal(true);
    });

    it('takes its cell height and today colour from custom properties', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .tall { --cn-event-calendar-cell-height: 9rem; --cn-event-calendar-today-color: rgb(0, 128, 0); }
        </style>
        <cn-event-calendar class="tall" view="month" today="2016-03-10" .data=${feedOf(TALK)}></cn-event-calendar>
      </div>`);
      const element = wrapper.querySelector('cn-event-calendar')!;
      await settled(element);
      await frame(element);
      const today = element.shadowRoot!.querySelector<HTMLElement>('td[data-day="2016-03-10"]')!;
      expect(today.getBoundingClientRect().height).to.be.at.least(9 * 16 - 1);
      expect(getComputedStyle(today.querySelector('.day-number')!).backgroundColor).to.equal('rgb(0, 128, 0)');
    });

    it("measures the room inside its own padding from the first render (no grid that turns into a list a frame later)", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem"><cn-event-calendar style="padding: 0 4rem" view="month" today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar></div>`);
      const element = wrapper.querySelector('cn-event-calendar')!;
      await settled(element);
      // Booleans, not elements: a failure message that prints an element stalls the runner.
      expect(part(element, 'grid') === null, 'no grid in the first render').to.equal(true);
      await frame(element);
      await frame(element);
      expect(part(element, 'grid')).to.equal(null);
      expect(part(element, 'list')).not.to.equal(null);
    });

    it('becomes the list in a narrow container (the element width, not the window)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 20rem"><cn-event-calendar view="month" today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar></div>`);
      const element = wrapper.querySelector('cn-event-calendar')!;
      await settled(element);
      await frame(element);
      expect(part(element, 'grid')).to.equal(null);
      expect(part(element, 'list')).not.to.equal(null);
      wrapper.style.width = '60rem';
      await frame(element);
      await frame(element);
      expect(part(element, 'grid')).not.to.equal(null);
    });
  });

  describe('structured data', () => {
    it('is off by default', async () => {
      const element = await calendar(html`<cn-event-calendar today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar>`);
      expect(element.querySelector('script')).to.equal(null);
    });

    it('puts schema.org Event JSON-LD for the listed events into the light DOM, and removes it again', async () => {
      const hostile = { ...CANCELLED, title: 'Slut </script><script>window.__pwned=1</script>' };
      const element = await calendar(html`<cn-event-calendar lang="sv" structured-data today="2016-03-01" .data=${feedOf(TALK, hostile, OLD)}></cn-event-calendar>`);
      const script = element.querySelector('script[type="application/ld+json"]')!;
      expect(script.parentNode).to.equal(element);
      expect(script.textContent).not.to.contain('<');
      const data = JSON.parse(script.textContent!);
      expect(data.map((item: { name: string }) => item.name)).to.deep.equal(['Creative Talks: innovation', hostile.title]);
      expect(data[0]).to.deep.include({ '@type': 'Event', startDate: TALK.start, eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', eventStatus: 'https://schema.org/EventScheduled' });
      expect(data[0].organizer).to.deep.equal({ '@type': 'Organization', name: 'Luleå Näringsliv AB' });
      expect(data[1].eventStatus).to.equal('https://schema.org/EventCancelled');
      element.category = 'talk';
      await element.updateComplete;
      expect(JSON.parse(element.querySelector('script')!.textContent!)).to.have.length(1);
      element.removeAttribute('structured-data');
      await element.updateComplete;
      expect(element.querySelector('script')).to.equal(null);
      element.structuredData = true;
      await element.updateComplete;
      expect(element.querySelectorAll('script')).to.have.length(1);
      const parent = element.parentNode!;
      element.remove();
      expect(element.querySelector('script')).to.equal(null);
      parent.appendChild(element);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('several feeds', () => {
    const A = 'https://feeds.example.org/fusion.json';
    const B = 'https://feeds.example.org/talks.json';
    const C = 'https://feeds.example.org/down.json';

    it('merges feeds, shows a shared event once with both programmes, one request per feed', async () => {
      const fetch = stubFetch((url) =>
        url === A
          ? jsonResponse({ ...feedOf(TALK, WEEK), programme: { id: 'fusion', name: 'Creative Nodes Fusion' } })
          : jsonResponse({ version: 1, programme: { id: 'talks', name: 'Creative Talks' }, events: [WEEK, { ...LAB, id: 'talks-lab', title: 'Talks-labb' }] }),
      );
      const loads: CustomEvent[] = [];
      const element = await calendar(html`<cn-event-calendar lang="sv" src="${A}  ${B}" today="2016-01-01" open-event="week" @cn-load=${(event: CustomEvent) => loads.push(event)}></cn-event-calendar>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.updateComplete;
      expect(element.src).to.equal(`${A}  ${B}`);
      expect(titles(element)).to.deep.equal(['Norrbotten Media Week', 'Creative Talks: innovation', 'Talks-labb']);
      const facts = [...part(element, 'details')!.querySelectorAll('dt')].map((dt) => [words(dt), words(dt.nextElementSibling)]);
      expect(facts).to.deep.include(['Program', 'Creative Nodes Fusion, Creative Talks']);
      expect(fetch.getCalls().map((call) => call.args[0]).sort()).to.deep.equal([A, B]);
      expect(loads).to.have.length(1);
      // The merged feed: each feed's events in src order, a shared id once.
      expect(loads[0].detail.feed.events.map((event: { id: string }) => event.id)).to.deep.equal(['talk', 'week', 'talks-lab']);
      expect(element.feedState.status).to.equal('ready');
      expect(part(element, 'notice')).to.equal(null);
    });

    it('keeps two calendars with different feeds on one page apart, each settling with its own events', async () => {
      const D = 'https://feeds.example.org/d.json';
      const byUrl: Record<string, unknown> = { [A]: generateFeed(30, { seed: 1 }), [B]: generateFeed(30, { seed: 2 }), [C]: generateFeed(30, { seed: 3 }), [D]: generateFeed(30, { seed: 4 }) };
      // Other programmes, so that the merged events differ.
      for (const [index, url] of [A, B, C, D].entries()) (byUrl[url] as { programme: object }).programme = { id: `p${index}`, name: `Program ${index}` };
      stubFetch((url) => jsonResponse(byUrl[url]));
      const wrapper = await fixture<HTMLElement>(html`<div>
        <cn-event-calendar lang="sv" src="${A} ${B}" today="2016-01-01"></cn-event-calendar>
        <cn-event-calendar lang="sv" src="${C} ${D}" today="2016-01-01"></cn-event-calendar>
      </div>`);
      const [first, second] = wrapper.querySelectorAll('cn-event-calendar');
      await settled(first);
      await settled(second);
      await Promise.all([first.updateComplete, second.updateComplete]);
      // The same generated ids in both feeds of a calendar: each event once, with both programmes.
      expect(parts(first, 'event')).to.have.length(30);
      expect(parts(second, 'event')).to.have.length(30);
      expect(first.listedEvents[0].programmes).to.deep.equal(['Program 0', 'Program 1']);
      expect(second.listedEvents[0].programmes).to.deep.equal(['Program 2', 'Program 3']);
    });

    it('shows the feeds that answer when one is down, with a note and a cn-error', async () => {
      stubFetch((url) => (url === C ? new Response('gone', { status: 404 }) : jsonResponse(url === A ? feedOf(TALK) : feedOf(LAB))));
      const error = sinon.stub(console, 'error');
      const errors: CustomEvent[] = [];
      const element = await calendar(html`<cn-event-calendar lang="sv" src="${A} ${C} ${B}" today="2016-01-01" @cn-error=${(event: CustomEvent) => errors.push(event)}></cn-event-calendar>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Creative Talks: innovation', 'FUSE-labb']);
      expect(words(part(element, 'notice'))).to.equal('Uppgifter från 1 av 3 källor kunde inte hämtas just nu.');
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.include({ url: C, fatal: false });
      expect(error.firstCall.args[0]).to.contain(`feed ${C}: the server answered 404`);
      await expect(element).to.be.accessible();
    });

    it('shows the error note when every feed is down', async () => {
      stubFetch(() => new Response('gone', { status: 404 }));
      sinon.stub(console, 'error');
      const errors: CustomEvent[] = [];
      const element = await calendar(html`<cn-event-calendar lang="en" src="${A} ${B}" @cn-error=${(event: CustomEvent) => errors.push(event)}></cn-event-calendar>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.updateComplete;
      expect(element.feedState.status).to.equal('error');
      expect(words(part(element, 'message'))).to.equal('This information cannot be shown right now. Please try again later.');
      expect(errors.map((event) => [event.detail.url, event.detail.fatal])).to.deep.equal([
        [A, true],
        [B, true],
      ]);
    });

    it('reads the sample feeds together', async () => {
      const element = await calendar(html`<cn-event-calendar src="${sampleUrl('creative-nodes-fusion')} ${sampleUrl('creative-talks')} ${sampleUrl('loket')}" today="2014-01-01" page-size="100"></cn-event-calendar>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      const ids = new Set<string>();
      for (const name of ['creative-nodes-fusion', 'creative-talks', 'loket'] as const) {
        for (const event of (await sampleFeed(name)).events as { id: string }[]) ids.add(event.id);
      }
      expect(parts(element, 'event')).to.have.length(ids.size);
    });
  });

  describe('states', () => {
    it('shows a placeholder while loading that reserves the space', async () => {
      stubFetch(() => never());
      const element = await fixture<EventCalendar>(html`<cn-event-calendar src="https://feeds.example.org/slow.json"></cn-event-calendar>`);
      const placeholder = part(element, 'placeholder')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.closeTo(24 * 16, 1);
      const compact = await fixture<EventCalendar>(html`<cn-event-calendar limit="3" src="https://feeds.example.org/slow.json"></cn-event-calendar>`);
      expect(part(compact, 'placeholder')!.getBoundingClientRect().height).to.be.closeTo(12 * 16, 1);
    });

    it('says so politely when there are no events, or none upcoming', async () => {
      const empty = await calendar(html`<cn-event-calendar lang="en" .data=${{ version: 1 }}></cn-event-calendar>`);
      expect(words(part(empty, 'message'))).to.equal('There are no events to show.');
      const none = await calendar(html`<cn-event-calendar lang="sv" today="2030-01-01" .data=${feedOf(TALK)}></cn-event-calendar>`);
      expect(words(part(none, 'message'))).to.equal('Det finns inga kommande evenemang just nu.');
      await expect(none).to.be.accessible();
    });

    it('shows a polite error, and the partial note when events were dropped', async () => {
      stubFetch(() => new Response('nope', { status: 404 }));
      sinon.stub(console, 'error');
      const broken = await calendar(html`<cn-event-calendar lang="sv" src="https://feeds.example.org/gone.json"></cn-event-calendar>`);
      expect(words(part(broken, 'message'))).to.equal('Informationen kan inte visas just nu. Försök igen senare.');
      sinon.stub(console, 'warn');
      const partial = await calendar(html`<cn-event-calendar lang="sv" today="2016-03-01" .data=${feedOf(TALK, { id: 'nodate', title: 'X' })}></cn-event-calendar>`);
      expect(titles(partial)).to.deep.equal(['Creative Talks: innovation']);
      expect(words(part(partial, 'notice'))).to.equal('En del uppgifter kunde inte visas.');
    });

    it('reads a sample feed by src', async () => {
      const element = await calendar(html`<cn-event-calendar src=${sampleUrl('creative-nodes-fusion')} today="2016-01-01" page-size="100"></cn-event-calendar>`);
      const feed = await sampleFeed('creative-nodes-fusion');
      expect(parts(element, 'event')).to.have.length((feed.events as unknown[]).length);
      await expect(element).to.be.accessible();
    });

    it('takes the page look through custom properties, parts, and a forced dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .themed { --cn-color-surface: rgb(1, 2, 3); --cn-event-calendar-cancelled-color: rgb(200, 0, 0); }
          .themed::part(event-title) { text-transform: uppercase; }
        </style>
        <cn-event-calendar class="themed" today="2016-03-01" .data=${feedOf(CANCELLED)}></cn-event-calendar>
      </div>`);
      const element = wrapper.querySelector('cn-event-calendar')!;
      await settled(element);
      expect(getComputedStyle(part(element, 'event')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'event-status')!).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(element, 'event-title')!).textTransform).to.equal('uppercase');
      const dark = await calendar(html`<cn-event-calendar theme="dark" today="2016-03-01" .data=${feedOf(TALK)}></cn-event-calendar>`);
      expect(getComputedStyle(part(dark, 'event')!).backgroundColor).to.equal('rgb(29, 33, 37)');
      expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(29, 33, 37)');
    });
  });
});
