import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/member-roster/define.js';
import type { RosterLayout } from '../src/member-roster/member-roster.js';
import { brokenLogo, FICTIONAL_MEMBERS, manyMembers, placeholderLogo } from './support/members.js';
import { sampleFeedUrl, whenUnavailable, whileLoading, type SampleFeed } from './support/feed-state.js';

interface Args {
  feed: SampleFeed;
  layout: RosterLayout;
  sector?: string;
  city?: string;
  query?: string;
  sort?: 'name' | 'joined';
  showTarget: boolean;
  hideFilters: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Member roster',
  component: 'cn-member-roster',
  args: { feed: 'creative-north', layout: 'cards', showTarget: false, hideFilters: false },
  argTypes: {
    feed: { control: 'select', options: ['creative-north', 'creative-nodes-fusion', 'loket', 'rise-northern-hub'] },
    layout: { control: 'inline-radio', options: ['cards', 'list', 'logos'] },
    sector: { control: 'text' },
    city: { control: 'text' },
    query: { control: 'text' },
    sort: { control: 'select', options: [undefined, 'name', 'joined'] },
    showTarget: { control: 'boolean' },
    hideFilters: { control: 'boolean' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ feed, layout, sector, city, query, sort, showTarget, hideFilters, theme }) =>
    html`<cn-member-roster
      src=${sampleFeedUrl(feed)}
      layout=${layout}
      sector=${sector ?? nothing}
      city=${city ?? nothing}
      query=${query ?? nothing}
      sort=${sort ?? nothing}
      ?show-target=${showTarget}
      ?hide-filters=${hideFilters}
      theme=${theme ?? nothing}
    ></cn-member-roster>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The twelve Creative North companies as cards (their feed has no logos: initials stand in). */
export const Cards: Story = {};

/** The compact list: one row per company. */
export const List: Story = { args: { layout: 'list' } };

/** The logo wall (initials and names where a company has no logo). */
export const Logos: Story = { args: { layout: 'logos' } };

/** Preset filters from attributes: design companies in Piteå. */
export const Filtered: Story = { args: { sector: 'design', city: 'Piteå' } };

/** Progress toward the cluster's target: 12 of the 18 companies it aims for. */
export const WithTarget: Story = { args: { showTarget: true } };

/** A compact embed: no controls, only the companies of one sector and the target. */
export const HiddenFilters: Story = { args: { hideFilters: true, sector: 'communication', showTarget: true, layout: 'list' } };

/** Forced dark, whatever the page does. */
export const Dark: Story = { args: { theme: 'dark', showTarget: true } };

/** Logos (local placeholders, not the companies' own), websites and joining dates, sorted newest first. */
export const WithLogos: Story = {
  render: () =>
    html`<cn-member-roster
      sort="joined"
      .data=${{
        version: 1,
        members: FICTIONAL_MEMBERS.map((member, index) => ({ ...member, logo: placeholderLogo((['circles', 'bars', 'square'] as const)[index % 3]) })),
      }}
    ></cn-member-roster>`,
};

/** The same companies on a logo wall, each logo linking to its website. */
export const LogoWallWithLogos: Story = {
  render: () =>
    html`<cn-member-roster
      layout="logos"
      .data=${{
        version: 1,
        members: FICTIONAL_MEMBERS.map((member, index) => ({ ...member, logo: placeholderLogo((['circles', 'bars', 'square'] as const)[index % 3]) })),
      }}
    ></cn-member-roster>`,
};

/** Companies without a website are shown without a link, never with a dead one. */
export const NoWebsite: Story = {
  render: () =>
    html`<cn-member-roster
      .data=${{ version: 1, members: FICTIONAL_MEMBERS.filter((member) => member.url === undefined) }}
    ></cn-member-roster>`,
};

/** Logos that fail to load fall back to initials on a stable colour, in the same box. */
export const BrokenLogos: Story = {
  render: () =>
    html`<cn-member-roster
      layout="logos"
      .data=${{ version: 1, members: FICTIONAL_MEMBERS.map((member) => ({ ...member, logo: brokenLogo(member.id) })) }}
    ></cn-member-roster>`,
};

/** Long names, summaries and addresses wrap instead of overflowing, in a narrow column. */
export const LongNames: Story = {
  render: () =>
    html`<div style="max-width: 22rem">
      <cn-member-roster
        .data=${{
          version: 1,
          members: [
            {
              id: 'long',
              name: 'Norrbottens Exempelaktiebolag för Kulturella och Kreativa Näringar samt delar av IKT-branschen',
              url: 'https://norrbottens-exempelaktiebolag-for-kulturella-och-kreativa-naringar.example.org/',
              sectors: ['communication', 'design', 'digital', 'performing-arts'],
              city: 'Övertorneå',
              summary: {
                sv: 'Påhittat företag med ett mycket långt namn och en lång beskrivning som ska radbrytas snyggt även i en smal spalt på en partnersida.',
                en: 'A made-up company with a very long name and a long description that must wrap neatly even in a narrow column of a partner page.',
              },
            },
            ...FICTIONAL_MEMBERS.slice(0, 2),
          ],
        }}
      ></cn-member-roster>
    </div>`,
};

/** A thousand members: rendered by key, off-screen cards cost no layout (timed in bench/member-roster/). */
export const ThousandMembers: Story = {
  render: () => html`<cn-member-roster layout="list" show-target .data=${{ version: 1, memberTarget: { value: 1200 }, members: manyMembers(1000) }}></cn-member-roster>`,
};

/** The same thousand as cards. */
export const ThousandMembersAsCards: Story = {
  render: () => html`<cn-member-roster .data=${{ version: 1, members: manyMembers(1000) }}></cn-member-roster>`,
};

/** A feed with no members yet (with its target shown: 0 of 18). */
export const Empty: Story = {
  render: () => html`<cn-member-roster show-target .data=${{ version: 1, memberTarget: { value: 18, unit: 'companies' }, members: [] }}></cn-member-roster>`,
};

/** No company matches the filters: a message and a button that clears them. */
export const NoMatches: Story = { args: { query: 'xyz', sector: 'film' } };

/** While the feed loads: a placeholder that keeps the roster's space. */
export const Loading: Story = {
  render: () => whileLoading(html`<cn-member-roster></cn-member-roster>`),
};

/** The feed cannot be fetched: a polite note for visitors (details in the console). */
export const Error: Story = {
  render: () =>
    whenUnavailable(html`<cn-member-roster></cn-member-roster>`),
};

/** One member was dropped (no name) and one website ignored (not a link): the rest shows, with a note. */
export const PartialData: Story = {
  render: () =>
    html`<cn-member-roster
      .data=${{
        version: 1,
        members: [FICTIONAL_MEMBERS[0], { id: 'nameless', city: 'Luleå' }, { ...FICTIONAL_MEMBERS[1], url: 'javascript:alert(1)' }],
      }}
    ></cn-member-roster>`,
};
