import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/phase-meter/define.js';
import { FeedError } from '../src/feed/validate.js';
import type { PhaseMeterView } from '../src/phase-meter/phase-meter.js';
import { sampleFeedUrl, whenUnavailable, whileLoading, type SampleFeed } from './support/feed-state.js';

interface Args {
  feed: SampleFeed;
  view: PhaseMeterView;
  phase?: string;
  today?: string;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Phase meter',
  component: 'cn-phase-meter',
  args: { feed: 'creative-nodes-fusion', view: 'full', today: '2017-06-15', headingLevel: 3 },
  argTypes: {
    feed: { control: 'select', options: ['creative-nodes-fusion', 'creative-north', 'loket', 'rise-northern-hub'] },
    view: { control: 'inline-radio', options: ['full', 'compact', 'funnel', 'period'] },
    phase: { control: 'text' },
    today: { control: 'text', description: 'The date to judge by (YYYY-MM-DD); today in Stockholm when empty' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ feed, view, phase, today, headingLevel, theme }) =>
    html`<cn-phase-meter
      src=${sampleFeedUrl(feed)}
      view=${view}
      phase=${phase || nothing}
      today=${today || nothing}
      heading-level=${headingLevel}
      theme=${theme ?? nothing}
    ></cn-phase-meter>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Render a hand-made feed (for the states the sample feeds do not have). */
const withData = (data: object, attributes: { view?: PhaseMeterView; phase?: string; today?: string } = {}) =>
  html`<cn-phase-meter
    .data=${{ version: 1, ...data }}
    view=${attributes.view ?? 'full'}
    phase=${attributes.phase ?? nothing}
    today=${attributes.today ?? '2017-06-15'}
  ></cn-phase-meter>`;

/**
 * One phase in each status on 2017-06-15 (a phase's time runs from its start to its deadline;
 * on track when its share of the target is no more than 10 points behind its share of time).
 */
const everyStatus = {
  programme: { id: 'demo', name: 'Demo', period: { start: '2017-01-01', end: '2018-12-31' } },
  phases: [
    { id: 'reached', name: { sv: 'Målet nått', en: 'Reached' }, start: '2017-01-01', end: '2017-12-31', target: { value: 40, unit: 'companies', deadline: '2017-12-31' }, actual: { value: 41, asOf: '2017-06-01' } },
    { id: 'on-track', name: { sv: 'Enligt plan', en: 'On track' }, start: '2017-01-01', end: '2017-12-31', target: { value: 50, unit: 'companies', deadline: '2017-12-31' }, actual: { value: 20, asOf: '2017-06-01' } },
    { id: 'behind', name: { sv: 'Efter plan', en: 'Behind' }, start: '2017-01-01', end: '2017-12-31', target: { value: 50, unit: 'companies', deadline: '2017-12-31' }, actual: { value: 8, asOf: '2017-06-01' } },
    { id: 'ended-short', name: { sv: 'Avslutad under målet', en: 'Ended short' }, start: '2016-01-01', end: '2016-12-31', target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 87, asOf: '2016-12-31' } },
    { id: 'not-started', name: { sv: 'Inte påbörjad', en: 'Not started' }, start: '2018-01-01', end: '2018-07-31', target: { value: 15, unit: 'companies', deadline: '2018-07-31' } },
    { id: 'no-actual', name: { sv: 'Inget utfall', en: 'No actual' }, start: '2017-01-01', end: '2017-12-31', target: { value: 30, unit: 'participants', deadline: '2017-12-31' } },
    { id: 'no-deadline', name: { sv: 'Inget slutdatum', en: 'No deadline' }, start: '2017-01-01', target: { value: 18, unit: 'members' }, actual: { value: 12 } },
    { id: 'running', name: { sv: 'Pågår utan mål', en: 'Running, no target' }, start: '2017-01-01', end: '2017-12-31' },
  ],
};

/** Creative Nodes Fusion on 15 June 2017: INSPIRE done, FUSE under way (current), CREATE ahead. */
export const Full: Story = {};

/** The same feed judged today: every phase over; INSPIRE and CREATE reached, FUSE ended four short. */
export const FullToday: Story = { args: { today: undefined } };

/** Judged on a date before the programme began: every phase "not started". */
export const FullBeforeStart: Story = { args: { today: '2015-11-01' } };

/** One line per phase. */
export const Compact: Story = { args: { view: 'compact' } };

/** One phase alone, on one line: `phase="fuse"`. */
export const OnePhaseCompact: Story = { args: { view: 'compact', phase: 'fuse' } };

/** One phase alone in the full view. */
export const OnePhaseFull: Story = { args: { phase: 'fuse' } };

/** How many companies went on from phase to phase: actuals 124 → 46 → 15. */
export const Funnel: Story = { args: { view: 'funnel' } };

/** The funnel from the targets alone (no actuals yet): 120 → 50 → 15. */
export const FunnelTargets: Story = {
  render: () =>
    withData(
      {
        phases: [
          { id: 'inspire', name: 'INSPIRE', target: { value: 120, unit: 'companies', deadline: '2016-12-31' } },
          { id: 'fuse', name: 'FUSE', target: { value: 50, unit: 'companies', deadline: '2017-12-31' } },
          { id: 'create', name: 'CREATE', target: { value: 15, unit: 'companies', deadline: '2018-07-31' } },
        ],
      },
      { view: 'funnel' },
    ),
};

/** The programme period (2016–2018) with the time elapsed, and the budget (7.4 MSEK). */
export const ProgrammePeriod: Story = { args: { view: 'period' } };

/** LOKET's period (1 March 2020 – 30 April 2023) and budget (6,805,550 SEK), midway. */
export const ProgrammePeriodLoket: Story = { args: { feed: 'loket', view: 'period', today: '2021-09-15' } };

/** LOKET's two work packages: no targets, both running side by side, so both are current. */
export const LoketWorkPackages: Story = { args: { feed: 'loket', today: '2021-09-15' } };

/** Creative North: no phases, a member target (18 companies) against the 12 members in the feed. */
export const CreativeNorthMembers: Story = { args: { feed: 'creative-north', today: undefined } };

/** Every status side by side on 15 June 2017. */
export const EveryStatus: Story = { render: () => withData(everyStatus) };

/** Status "target reached": tick, solid bar. */
export const StatusReached: Story = { render: () => withData(everyStatus, { phase: 'reached' }) };

/** Status "on track": arrow, solid bar. */
export const StatusOnTrack: Story = { render: () => withData(everyStatus, { phase: 'on-track' }) };

/** Status "behind": warning triangle, striped bar. */
export const StatusBehind: Story = { render: () => withData(everyStatus, { phase: 'behind' }) };

/** Status "ended short": cross, cross-hatched bar. */
export const StatusEndedShort: Story = { render: () => withData(everyStatus, { phase: 'ended-short' }) };

/** Status "not started": empty ring. */
export const StatusNotStarted: Story = { render: () => withData(everyStatus, { phase: 'not-started' }) };

/** Every status as compact lines. */
export const EveryStatusCompact: Story = { render: () => withData(everyStatus, { view: 'compact' }) };

/** An actual over its target: the bar stops full, the words say 125 of 120, 104 %. */
export const OverTarget: Story = {
  render: () =>
    withData({ phases: [{ id: 'inspire', name: 'INSPIRE', start: '2016-01-01', end: '2016-12-31', target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 125, asOf: '2016-12-31' } }] }),
};

/** A target with no actual reported: a dashed empty track, "no actual reported". */
export const MissingActual: Story = { render: () => withData(everyStatus, { phase: 'no-actual' }) };

/** A target without a deadline (nor phase end): no time frame to judge the pace. */
export const TargetWithoutDeadline: Story = { render: () => withData(everyStatus, { phase: 'no-deadline' }) };

/** Two phases that overlap on 15 June 2017: both are current. */
export const Overlapping: Story = {
  render: () =>
    withData({
      phases: [
        { id: 'labs', name: { sv: 'Labb', en: 'Labs' }, start: '2017-01-01', end: '2017-09-30', target: { value: 50, unit: 'companies', deadline: '2017-09-30' }, actual: { value: 30, asOf: '2017-06-01' } },
        { id: 'pitch', name: { sv: 'Pitchträning', en: 'Pitch training' }, start: '2017-05-01', end: '2017-12-31', target: { value: 20, unit: 'participants', deadline: '2017-12-31' }, actual: { value: 3, asOf: '2017-06-01' } },
      ],
    }),
};

/** A target of 0: nothing to measure against, so no meter and a status by time alone. */
export const ZeroTarget: Story = {
  render: () =>
    withData({ phases: [{ id: 'zero', name: { sv: 'Förstudie', en: 'Pre-study' }, start: '2017-01-01', end: '2017-12-31', target: { value: 0, unit: 'companies' }, actual: { value: 2, asOf: '2017-06-01' } }] }),
};

/** Units other than companies, with their plurals: participants, events, members, percent, other. */
export const Units: Story = {
  render: () =>
    withData(
      {
        phases: [
          { id: 'participants', name: { sv: 'Deltagare', en: 'Participants' }, start: '2017-01-01', end: '2017-12-31', target: { value: 200, unit: 'participants' }, actual: { value: 1, asOf: '2017-06-01' } },
          { id: 'events', name: { sv: 'Evenemang', en: 'Events' }, start: '2017-01-01', end: '2017-12-31', target: { value: 1, unit: 'events' }, actual: { value: 1, asOf: '2017-06-01' } },
          { id: 'members', name: { sv: 'Medlemmar', en: 'Members' }, start: '2017-01-01', end: '2017-12-31', target: { value: 18, unit: 'members' }, actual: { value: 1, asOf: '2017-06-01' } },
          { id: 'percent', name: { sv: 'Andel kvinnor', en: 'Share of women' }, start: '2017-01-01', end: '2017-12-31', target: { value: 40, unit: 'percent' }, actual: { value: 35, asOf: '2017-06-01' } },
          { id: 'other', name: { sv: 'Prototyper', en: 'Prototypes' }, start: '2017-01-01', end: '2017-12-31', target: { value: 12, unit: 'other' }, actual: { value: 5, asOf: '2017-06-01' } },
        ],
      },
      { view: 'compact' },
    ),
};

/** Forced dark, whatever the page does. */
export const Dark: Story = { args: { theme: 'dark' } };

/** While the feed loads: a placeholder that keeps the stepper's space. */
export const Loading: Story = {
  render: () => whileLoading(html`<cn-phase-meter></cn-phase-meter>`),
};

/** A feed with no phases (and no member target): a polite note. */
export const Empty: Story = { render: () => withData({ contacts: [] }) };

/** The feed cannot be fetched: a polite note for visitors (details in the console). */
export const Error: Story = {
  render: () =>
    whenUnavailable(html`<cn-phase-meter></cn-phase-meter>`),
};

/** One phase was dropped (no name) and one field ignored: the rest shows, with a note. */
export const PartialData: Story = {
  render: () =>
    withData({
      phases: [
        { id: 'inspire', name: 'INSPIRE', start: '2016-01-01', end: '2016-12-31', target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 124, asOf: '2016-12-31' } },
        { id: 'nameless', start: '2017-01-01' },
        { id: 'fuse', name: 'FUSE', start: '2017-01-01', end: '2017-12-31', target: { value: 50, unit: 'companies', deadline: 'end of 2017' }, actual: { value: 20, asOf: '2017-06-01' } },
      ],
    }),
};

/** A refresh failed: the last good copy stays, with a quiet note. */
export const RefreshFailed: Story = {
  render: () =>
    html`<story-feed-state
      .state=${{
        status: 'ready',
        feed: { version: 1, language: 'sv', phases: [{ id: 'inspire', name: 'INSPIRE', start: '2016-01-01', end: '2016-12-31', target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 124, asOf: '2016-12-31' } }] },
        issues: [],
        url: 'https://feeds.example.org/fusion.json',
        receivedAt: Date.UTC(2026, 10, 23, 8, 30),
        refreshError: new FeedError('network', 'the feed could not be reached'),
      }}
    >
      <cn-phase-meter today="2016-06-15"></cn-phase-meter>
    </story-feed-state>`,
};

/** Long names and summaries wrap in a narrow column instead of overflowing. */
export const LongTexts: Story = {
  render: () =>
    html`<div style="max-width: 22rem">
      ${withData({
        phases: [
          {
            id: 'long',
            name: { sv: 'Arbetspaket 2 – Kompetensutvecklingsinsatser för deltagande kluster i länet', en: 'Work package 2 – Skills development for the participating clusters in the county' },
            summary: {
              sv: 'Kompetensutveckling för deltagande kluster i länet: ett advisory board, kontinuerliga träffar för kunskapsutveckling och erfarenhetsutbyte, och samverkan mellan klusterledare.',
              en: 'Skills development for participating clusters in the county: an advisory board, regular meetings for learning and exchanging experience, and collaboration between cluster leaders.',
            },
            start: '2017-01-01',
            end: '2017-12-31',
            target: { value: 1200, unit: 'participants', deadline: '2017-12-31' },
            actual: { value: 480, asOf: '2017-06-01' },
          },
        ],
      })}
    </div>`,
};

/** Many phases: the stepper grows down the page. */
export const ManyPhases: Story = {
  render: () =>
    withData(
      {
        phases: Array.from({ length: 10 }, (_, index) => ({
          id: `phase-${index + 1}`,
          name: { sv: `Fas ${index + 1}`, en: `Phase ${index + 1}` },
          start: `2017-${String(index + 1).padStart(2, '0')}-01`,
          end: `2017-${String(index + 1).padStart(2, '0')}-28`,
          target: { value: 10 + index * 5, unit: 'participants' },
          actual: index < 6 ? { value: 8 + index * 4, asOf: `2017-${String(index + 1).padStart(2, '0')}-28` } : undefined,
        })),
      },
      { view: 'compact' },
    ),
};

/** Inside a `<cn-programme>` provider that fetched the feed once for every widget. */
export const InProvider: Story = {
  render: () =>
    html`<cn-programme src=${sampleFeedUrl('creative-nodes-fusion')}>
      <cn-phase-meter view="compact" today="2017-06-15"></cn-phase-meter>
      <cn-phase-meter view="funnel"></cn-phase-meter>
    </cn-programme>`,
};
