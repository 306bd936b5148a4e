import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { sampleFeedUrl, type SampleFeed } from './support/feed-state.js';

interface Args {
  feed: SampleFeed;
}

/**
 * `<cn-programme>` fetches a feed once and shares it with every widget inside it. It draws
 * nothing itself; the widgets show their own states.
 */
const meta: Meta<Args> = {
  title: 'Provider/Programme',
  component: 'cn-programme',
  args: { feed: 'creative-nodes-fusion' },
  argTypes: { feed: { control: 'select', options: ['creative-nodes-fusion', 'creative-north', 'loket', 'rise-northern-hub'] } },
  render: ({ feed }) =>
    html`<cn-programme src=${sampleFeedUrl(feed)}>
      <h2>Kontakt</h2>
      <cn-contact-card heading-level="3"></cn-contact-card>
    </cn-programme>`,
};
export default meta;

export const SharedFeed: StoryObj<Args> = {};

/** The provider's feed cannot be fetched: each widget inside shows its polite note. */
export const FeedMissing: StoryObj<Args> = {
  render: () =>
    html`<cn-programme src="/samples/feeds/does-not-exist.json" timeout="2000">
      <cn-contact-card></cn-contact-card>
    </cn-programme>`,
};
