import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/contact-card/define.js';
import { FeedError } from '../src/feed/validate.js';
import { sampleFeedUrl, whenUnavailable, whileLoading, type SampleFeed } from './support/feed-state.js';
import { anna } from './support/people.js';

interface Args {
  feed: SampleFeed;
  contact?: string;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Contact card',
  component: 'cn-contact-card',
  args: { feed: 'creative-nodes-fusion', headingLevel: 3 },
  argTypes: {
    feed: { control: 'select', options: ['creative-nodes-fusion', 'creative-north', 'loket', 'rise-northern-hub'] },
    contact: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ feed, contact, headingLevel, theme }) =>
    html`<cn-contact-card src=${sampleFeedUrl(feed)} contact=${contact ?? nothing} heading-level=${headingLevel} theme=${theme ?? nothing}></cn-contact-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every contact of Creative Nodes Fusion, from its sample feed. */
export const AllContacts: Story = {};

/** One contact, chosen by its id in the feed. */
export const OneContact: Story = { args: { contact: 'anna-exempelsson' } };

/** The Creative North coordinator, from another programme's feed. */
export const OtherProgramme: Story = { args: { feed: 'creative-north' } };

/** Forced dark, whatever the page does. */
export const Dark: Story = { args: { theme: 'dark' } };

/** While the feed loads: a placeholder that keeps the card's space. */
export const Loading: Story = {
  render: () => whileLoading(html`<cn-contact-card></cn-contact-card>`),
};

/** A feed with no contacts. */
export const Empty: Story = {
  render: () => html`<cn-contact-card .data=${{ version: 1, events: [] }}></cn-contact-card>`,
};

/** The feed cannot be fetched: a polite note for visitors (details in the console). */
export const Error: Story = {
  render: () =>
    whenUnavailable(html`<cn-contact-card></cn-contact-card>`),
};

/** One contact was dropped (no name) and one e-mail ignored: the rest shows, with a note. */
export const PartialData: Story = {
  render: () =>
    html`<cn-contact-card
      .data=${{
        version: 1,
        contacts: [anna, { id: 'nameless', role: 'Koordinator' }, { id: 'erik', name: 'Erik Testström', email: 'erik at example' }],
      }}
    ></cn-contact-card>`,
};

/** A refresh failed: the last good copy stays, with a quiet note. */
export const RefreshFailed: Story = {
  render: () =>
    html`<story-feed-state
      .state=${{
        status: 'ready',
        feed: { version: 1, language: 'sv', contacts: [anna] },
        issues: [],
        url: 'https://feeds.example.org/fusion.json',
        receivedAt: Date.UTC(2026, 10, 23, 8, 30),
        refreshError: new FeedError('network', 'the feed could not be reached'),
      }}
    >
      <cn-contact-card></cn-contact-card>
    </story-feed-state>`,
};

/** Long names, roles and addresses wrap instead of overflowing. */
export const LongTexts: Story = {
  render: () =>
    html`<div style="max-width: 22rem">
      <cn-contact-card
        .data=${{
          version: 1,
          contacts: [
            {
              id: 'long',
              name: 'Anna-Karin Exempelsson-Testström von Provsdorff',
              role: { sv: 'Projektledare för kulturella och kreativa näringar samt delar av IKT-branschen', en: 'Project manager for the cultural and creative industries and parts of the ICT sector' },
              organisation: 'Norrbottens läns landsting, regionala utvecklingsförvaltningen',
              email: 'anna-karin.exempelsson-teststrom.von.provsdorff@kulturella-och-kreativa-naringar.example.org',
              phone: '070-174 06 99',
            },
          ],
        }}
      ></cn-contact-card>
    </div>`,
};

/** Many contacts reflow into columns as space allows. */
export const ManyContacts: Story = {
  render: () =>
    html`<cn-contact-card
      .data=${{
        version: 1,
        contacts: Array.from({ length: 12 }, (_, index) => ({
          id: `person-${index}`,
          name: ['Anna Exempelsson', 'Erik Testström', 'Maja Provsson', 'Lars Låtsasson', 'Sara Påhittad', 'Karin Exempeldotter'][index % 6],
          role: { sv: 'Samordnare', en: 'Coordinator' },
          email: `person${index}@example.org`,
          phone: `070-174 06 ${String(10 + index)}`,
        })),
      }}
    ></cn-contact-card>`,
};

/** Inside a `<cn-programme>` provider that fetched the feed once for every widget. */
export const InProvider: Story = {
  render: () =>
    html`<cn-programme src=${sampleFeedUrl('creative-nodes-fusion')}>
      <cn-contact-card contact="anna-exempelsson"></cn-contact-card>
    </cn-programme>`,
};
