import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/funder-strip/define.js';
import { sampleFeedUrl, whenUnavailable, whileLoading, type SampleFeed } from './support/feed-state.js';
import { ERUF, FUNDERS_WITH_LOGOS, FUSION_PROGRAMME } from './support/funders.js';

interface Args {
  feed: SampleFeed;
  layout: 'strip' | 'grid' | 'footer';
  showAmounts: boolean;
  group: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const REGION = { id: 'region-norrbotten', name: 'Region Norrbotten', kind: 'regional', url: 'https://www.norrbotten.se' };

const strip = (data: unknown, attributes: { layout?: string; showAmounts?: boolean; group?: boolean } = {}) =>
  html`<cn-funder-strip
    .data=${data}
    layout=${attributes.layout ?? nothing}
    ?show-amounts=${attributes.showAmounts ?? false}
    ?group=${attributes.group ?? false}
  ></cn-funder-strip>`;

const meta: Meta<Args> = {
  title: 'Widgets/Funder strip',
  component: 'cn-funder-strip',
  args: { feed: 'creative-nodes-fusion', layout: 'strip', showAmounts: false, group: false },
  argTypes: {
    feed: { control: 'select', options: ['creative-nodes-fusion', 'creative-north', 'loket'] },
    layout: { control: 'inline-radio', options: ['strip', 'grid', 'footer'] },
    showAmounts: { control: 'boolean' },
    group: { control: 'boolean' },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ feed, layout, showAmounts, group, theme }) =>
    html`<cn-funder-strip
      src=${sampleFeedUrl(feed)}
      layout=${layout}
      ?show-amounts=${showAmounts}
      ?group=${group}
      theme=${theme ?? nothing}
    ></cn-funder-strip>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Creative Nodes Fusion (2016–2018): the ERDF of 2014–2020, so the emblem says "Europeiska unionen" and names the fund. */
export const CreativeNodesFusion: Story = {};

/** LOKET: Region Norrbotten and Tillväxtverket/ERDF, 3,402,775 kr each, with amounts, shares and the total. */
export const Loket: Story = { args: { feed: 'loket', showAmounts: true } };

/** Creative North: eight funders, the ERDF first. Its feed gives no period, so the 2021–2027 statement shows (and the console says why). */
export const CreativeNorth: Story = { args: { feed: 'creative-north' } };

/** A project of the 2021–2027 period: "Medfinansieras av Europeiska unionen", the fund listed under it. */
export const Period2021To2027: Story = {
  render: () =>
    strip({
      version: 1,
      programme: { id: 'exempel-2021-2027', name: 'Exempelprojekt 2021–2027', period: { start: '2023-09-01', end: '2026-08-31' } },
      funders: [
        { ...ERUF, fundingPeriod: '2021-2027', amount: { value: 2400000 } },
        { ...REGION, amount: { value: 1200000 } },
        { id: 'lulea-kommun', name: 'Luleå kommun', kind: 'municipal', amount: { value: 400000 } },
      ],
    }, { showAmounts: true }),
};

/** Two EU funds: one emblem, both funds named under it. */
export const TwoEuFunds: Story = {
  render: () =>
    strip({
      version: 1,
      programme: { id: 'tva-fonder', name: 'Två fonder', period: { start: '2017-01-01', end: '2019-12-31' } },
      funders: [
        ERUF,
        { id: 'esf', name: { sv: 'Europeiska socialfonden', en: 'European Social Fund' }, kind: 'eu', fund: { sv: 'Europeiska socialfonden', en: 'European Social Fund' } },
        REGION,
      ],
    }),
};

/** No EU fund: no emblem and no statement. */
export const NoEuFund: Story = {
  render: () =>
    strip({
      version: 1,
      funders: [
        REGION,
        { id: 'lulea-kommun', name: 'Luleå kommun', kind: 'municipal' },
        { id: 'sparbanken-nord', name: 'Sparbanken Nord', kind: 'private' },
      ],
    }),
};

/** Grouped by kind under headings, the EU first. */
export const Grouped: Story = { args: { feed: 'creative-north', group: true } };

/** The footer variant on its dark band: one colour; the emblem keeps its colours inside a white border. */
export const FooterOnDark: Story = { args: { feed: 'loket', layout: 'footer', showAmounts: true } };

/** A grid of equal cells; the EU block takes the first row. */
export const Grid: Story = { args: { feed: 'creative-north', layout: 'grid' } };

/** Logos in fixed boxes (placeholders here), their alt texts the funders' names; a logo that fails becomes a text badge. */
export const WithLogos: Story = {
  render: () =>
    strip({
      version: 1,
      programme: FUSION_PROGRAMME,
      funders: [...FUNDERS_WITH_LOGOS, { id: 'lulea-kommun', name: 'Luleå kommun', kind: 'municipal', logo: 'https://127.0.0.1:1/missing-logo.png' }],
    }),
};

/** The same logos in the footer: shown in one colour by a CSS filter; the emblem is never filtered. */
export const FooterWithLogos: Story = {
  render: () =>
    strip({ version: 1, programme: FUSION_PROGRAMME, funders: FUNDERS_WITH_LOGOS }, { layout: 'footer' }),
};

/** Long names wrap inside their badges; long fund names wrap beside the emblem. */
export const LongNames: Story = {
  render: () =>
    html`<div style="max-width: 26rem">
      ${strip({
        version: 1,
        programme: { id: 'lang', name: 'Långa namn', period: { start: '2016-01-01' } },
        funders: [
          {
            id: 'tillvaxtverket-eruf',
            name: 'Tillväxtverket',
            kind: 'eu',
            fund: { sv: 'Europeiska regionala utvecklingsfonden (ERUF), investeringar för tillväxt och sysselsättning', en: 'European Regional Development Fund (ERDF), investment for growth and jobs' },
            url: 'https://tillvaxtverket.se',
            amount: { value: 3402775 },
          },
          { id: 'lang', name: 'Norrbottens läns landsting, regionala utvecklingsförvaltningen och kulturenheten', kind: 'regional', amount: { value: 3402775 } },
        ],
      }, { showAmounts: true })}
    </div>`,
};

/** Many funders wrap into as many rows as they need. */
export const ManyFunders: Story = {
  render: () =>
    strip({
      version: 1,
      programme: { id: 'manga', name: 'Många finansiärer', period: { start: '2019-01-01' } },
      funders: [
        ERUF,
        ...['Arjeplog', 'Arvidsjaur', 'Boden', 'Gällivare', 'Haparanda', 'Jokkmokk', 'Kalix', 'Kiruna', 'Luleå', 'Pajala', 'Piteå', 'Älvsbyn', 'Överkalix', 'Övertorneå'].map(
          (town) => ({ id: `kommun-${town.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '')}`, name: `${town} kommun`, kind: 'municipal', amount: { value: 100000 } }),
        ),
        { id: 'region-norrbotten', name: 'Region Norrbotten', kind: 'regional', amount: { value: 1400000 } },
        { id: 'sparbanken-nord', name: 'Sparbanken Nord', kind: 'private', amount: { value: 250000 } },
        { id: 'ltu', name: { sv: 'Luleå tekniska universitet', en: 'Luleå University of Technology' }, kind: 'academic', amount: { value: 250000 } },
      ],
    }, { showAmounts: true }),
};

/** Forced dark: the statement turns white and the emblem gets its white border. */
export const Dark: Story = { args: { theme: 'dark', feed: 'loket', showAmounts: true } };

/** While the feed loads: a placeholder that keeps one row's space. */
export const Loading: Story = {
  render: () => whileLoading(html`<cn-funder-strip></cn-funder-strip>`),
};

/** A feed with no funders. */
export const Empty: Story = {
  render: () => strip({ version: 1, programme: { id: 'tom', name: 'Tom' } }),
};

/** The feed cannot be fetched: a polite note for visitors (details in the console). */
export const Error: Story = {
  render: () =>
    whenUnavailable(html`<cn-funder-strip></cn-funder-strip>`),
};

/** One funder was dropped (unknown kind) and one link ignored: the rest shows, with a note. */
export const PartialData: Story = {
  render: () =>
    strip({
      version: 1,
      programme: { id: 'loket', name: 'LOKET', period: { start: '2020-03-01', end: '2023-04-30' } },
      funders: [
        { ...REGION, url: 'javascript:alert(1)' },
        { id: 'okand', name: 'Okänd finansiär', kind: 'lottery' },
        { id: 'tillvaxtverket-eruf', name: 'Tillväxtverket', kind: 'eu', fund: 'Europeiska regionala utvecklingsfonden (ERUF)' },
      ],
    }),
};
