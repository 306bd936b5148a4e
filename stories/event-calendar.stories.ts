import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { generateFeed } from '../bench/event-calendar/generate-events.js';
import '../src/event-calendar/define.js';
import { sampleFeedUrl, whenUnavailable, whileLoading, type SampleFeed } from './support/feed-state.js';

interface Args {
  feed: SampleFeed;
  view: 'list' | 'month';
  today: string;
  timeZone: string;
  limit?: number;
  category?: string;
  phase?: string;
  attendance?: 'onsite' | 'online' | 'hybrid';
  past: boolean;
  hideFilters: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const talk = {
  id: 'creative-talks-2016-03',
  title: { sv: 'Creative Talks: innovation över branschgränser', en: 'Creative Talks: innovation across industries' },
  description: {
    sv: 'Eftermiddag med exempel på branschöverskridande samarbeten.\nAnmälan och program: https://www.luleanaringsliv.se.',
    en: 'An afternoon of examples of cross-industry collaboration.\nRegistration and programme: https://www.luleanaringsliv.se.',
  },
  start: '2016-03-10T15:00:00+01:00',
  end: '2016-03-10T18:00:00+01:00',
  location: { name: 'Creative Park/Bergströmska gården', city: 'Luleå' },
  attendanceMode: 'hybrid',
  onlineUrl: 'https://meet.example.org/creative-talks',
  registrationUrl: 'https://www.luleanaringsliv.se',
  registrationDeadline: '2016-03-07',
  organiser: 'Luleå Näringsliv AB',
  categories: ['talk', 'network'],
  phase: 'inspire',
};

const programme = { id: 'creative-nodes-fusion', name: 'Creative Nodes Fusion' };
const phases = [{ id: 'inspire', name: 'INSPIRE' }];

const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'cn-event-calendar',
  args: { feed: 'creative-nodes-fusion', view: 'list', today: '2016-02-01', timeZone: 'Europe/Stockholm', past: false, hideFilters: false },
  argTypes: {
    feed: { control: 'select', options: ['creative-nodes-fusion', 'creative-talks', 'loket'] },
    view: { control: 'inline-radio', options: ['list', 'month'] },
    today: { control: 'text' },
    timeZone: { control: 'text' },
    limit: { control: { type: 'number', min: 1 } },
    category: { control: 'text' },
    phase: { control: 'text' },
    attendance: { control: 'select', options: [undefined, 'onsite', 'online', 'hybrid'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ feed, view, today, timeZone, limit, category, phase, attendance, past, hideFilters, theme }) =>
    html`<cn-event-calendar
      src=${sampleFeedUrl(feed)}
      view=${view}
      today=${today}
      time-zone=${timeZone}
      limit=${limit ?? nothing}
      category=${category ?? nothing}
      phase=${phase ?? nothing}
      attendance=${attendance ?? nothing}
      ?past=${past}
      ?hide-filters=${hideFilters}
      theme=${theme ?? nothing}
    ></cn-event-calendar>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The agenda list (default): Creative Nodes Fusion's upcoming events by month and day. */
export const List: Story = {};

/** The month grid, keyboard operable as a WAI-ARIA grid; select a day to see its events. */
export const Month: Story = { args: { view: 'month', today: '2016-03-01' } };

/** In a narrow container the grid becomes the list, whatever was asked for. */
export const MonthInNarrowContainer: Story = {
  args: { view: 'month', today: '2016-03-01' },
  render: (args) => html`<div style="max-width: 20rem">${meta.render!(args, {} as never)}</div>`,
};

/** Compact embed: the next three events and a link to the full calendar. */
export const Compact: Story = {
  render: () =>
    html`<cn-event-calendar src=${sampleFeedUrl('creative-nodes-fusion')} today="2017-01-01" limit="3" more-href="/kalender/"></cn-event-calendar>`,
};

/** Pre-filtered by the embedding page: the FUSE phase's labs only, no filter bar. */
export const Filtered: Story = { args: { today: '2016-01-01', phase: 'fuse', category: 'lab', hideFilters: true } };

/** Past events, latest first, with the filter bar. */
export const Past: Story = { args: { today: '2018-12-31', past: true } };

/** An event's details open in place: description with links, map, online and registration links, add to calendar. */
export const DetailsOpen: Story = {
  render: () =>
    html`<cn-event-calendar today="2016-03-01" open-event=${talk.id} .data=${{ version: 1, programme, phases, events: [talk] }}></cn-event-calendar>`,
};

/** Cancelled and postponed events stay listed, clearly marked in words. */
export const CancelledAndPostponed: Story = {
  render: () =>
    html`<cn-event-calendar
      today="2016-11-01"
      .data=${{
        version: 1,
        events: [
          { ...talk, id: 'cancelled', start: '2016-11-17T15:00:00+01:00', end: '2016-11-17T18:00:00+01:00', status: 'cancelled', title: { sv: 'Creative Talks: mångfald', en: 'Creative Talks: diversity' } },
          { ...talk, id: 'postponed', start: '2016-11-23T13:00:00+01:00', end: '2016-11-23T17:00:00+01:00', status: 'postponed', title: { sv: 'FUSE pitchdag', en: 'FUSE pitch day' } },
          { ...talk, id: 'on', start: '2016-11-24T13:00:00+01:00', end: '2016-11-24T17:00:00+01:00' },
        ],
      }}
    ></cn-event-calendar>`,
};

/** Three programmes' feeds in one calendar: a shared event (Norrbotten Media Week) shows once. */
export const MultiFeed: Story = {
  render: () =>
    html`<cn-event-calendar
      src=${[sampleFeedUrl('creative-nodes-fusion'), sampleFeedUrl('creative-talks'), sampleFeedUrl('loket')].join(' ')}
      today="2016-01-01"
      open-event="norrbotten-media-week-2016"
    ></cn-event-calendar>`,
};

/** One of two feeds is down: the other's events show, with a note. */
export const MultiFeedPartlyDown: Story = {
  render: () =>
    html`<cn-event-calendar src=${`${sampleFeedUrl('creative-talks')} ${new URL('/samples/feeds/no-such-feed.json', document.baseURI).href}`} today="2014-01-01" timeout="2000"></cn-event-calendar>`,
};

/** Long titles, places and descriptions wrap instead of overflowing. */
export const LongTexts: Story = {
  render: () =>
    html`<div style="max-width: 30rem">
      <cn-event-calendar
        today="2016-03-01"
        open-event="long"
        .data=${{
          version: 1,
          events: [
            {
              ...talk,
              id: 'long',
              title: {
                sv: 'Creative Talks: innovation över branschgränser för kulturella och kreativa näringar, besöksnäring, rymdindustri och skogsnäring i hela Norrbotten',
                en: 'Creative Talks: innovation across industries for the cultural and creative industries, tourism, the space industry and forestry all over Norrbotten',
              },
              location: { name: 'Creative Park/Bergströmska gården, stora salen på andra våningen', address: 'Storgatan 1234567890', city: 'Luleå' },
              description: 'https://www.luleanaringsliv.se/evenemang/creative-talks/2016/innovation-over-branschgranser-for-kulturella-och-kreativa-naringar',
            },
          ],
        }}
      ></cn-event-calendar>
    </div>`,
};

/** A thousand events: the list shows the first page and grows on demand. */
export const ManyEvents: Story = {
  render: () => html`<cn-event-calendar today="2016-01-04" .data=${generateFeed(1000)}></cn-event-calendar>`,
};

/** Many events in the month grid: full days show "+N more". */
export const ManyEventsMonth: Story = {
  render: () => html`<cn-event-calendar view="month" today="2016-01-04" .data=${generateFeed(1000, { seed: 7 })}></cn-event-calendar>`,
};

/** Forced dark, whatever the page does. */
export const Dark: Story = { args: { theme: 'dark', today: '2016-11-01' } };

/** Forced dark, month grid. */
export const DarkMonth: Story = { args: { theme: 'dark', view: 'month', today: '2016-11-01' } };

/** While the feed loads: a placeholder that keeps the calendar's space. */
export const Loading: Story = {
  render: () => whileLoading(html`<cn-event-calendar></cn-event-calendar>`),
};

/** A feed with no events. */
export const Empty: Story = {
  render: () => html`<cn-event-calendar .data=${{ version: 1, contacts: [] }}></cn-event-calendar>`,
};

/** No upcoming events (all are past): says so, and the filter offers the past ones. */
export const NothingUpcoming: Story = { args: { today: '2030-01-01' } };

/** The feed cannot be fetched: a polite note for visitors (details in the console). */
export const Error: Story = {
  render: () =>
    whenUnavailable(html`<cn-event-calendar></cn-event-calendar>`),
};

/** One event was dropped (no start): the rest shows, with a note. */
export const PartialData: Story = {
  render: () =>
    html`<cn-event-calendar today="2016-03-01" .data=${{ version: 1, events: [talk, { id: 'broken', title: 'Utan datum' }] }}></cn-event-calendar>`,
};
