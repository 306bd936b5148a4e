import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/funder-strip/define.js';
import { DRAW_BATCH, DRAW_FIRST, type FunderStrip } from '../../src/funder-strip/funder-strip.js';
import { ERUF, SQUARE_LOGO, WIDE_LOGO } from '../../stories/support/funders.js';
import { drawnWhileAway, jsonResponse, never, restore, sampleFeed, sampleUrl, settled, stubFetch } from '../support/helpers.js';

const NBSP = '\u00a0';

const ESF = { id: 'esf', name: { sv: 'Europeiska socialfonden', en: 'European Social Fund' }, kind: 'eu', fund: { sv: 'Europeiska socialfonden', en: 'European Social Fund' } };
const REGION = { id: 'region-norrbotten', name: 'Region Norrbotten', kind: 'regional', url: 'https://www.norrbotten.se' };
const LULEA = { id: 'lulea-kommun', name: 'Luleå kommun', kind: 'municipal' };
const PERIOD_2014 = { id: 'p', name: 'P', period: { start: '2016-01-01', end: '2018-12-31' } };
const PERIOD_2021 = { id: 'p', name: 'P', period: { start: '2023-01-01' } };
const feedOf = (funders: unknown[], programme: unknown = PERIOD_2014) => ({ version: 1, programme, funders });

function part(element: FunderStrip, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}
function parts(element: FunderStrip, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}
/** Text with its layout whitespace collapsed; no-break spaces (Intl's) are kept. */
const words = (node: Node | null) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

async function strip(template: ReturnType<typeof html>): Promise<FunderStrip> {
  const element = await fixture<FunderStrip>(template);
  await settled(element);
  return element;
}

/** The strip inside a wrapper of a known width (fixtures are otherwise as wide as the runner's page). */
async function stripIn(width: string, template: ReturnType<typeof html>): Promise<FunderStrip> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}">${template}</div>`);
  const element = wrapper.querySelector('cn-funder-strip')!;
  await settled(element);
  return element;
}

describe('<cn-funder-strip>', () => {
  afterEach(restore);

  describe('EU visibility', () => {
    it('shows Creative Nodes Fusion (2014–2020 ERDF): emblem first, "Europeiska unionen" and the fund', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" src=${sampleUrl('creative-nodes-fusion')}></cn-funder-strip>`);
      const list = part(element, 'list')!;
      expect(list.getAttribute('aria-label')).to.equal('Finansiärer');
      const items = [...list.children];
      expect(items[0].getAttribute('part')).to.equal('funder eu');
      expect(items[0].querySelector('svg[part~="emblem"]')).to.not.equal(null);
      expect(words(part(element, 'eu-statement'))).to.equal('Europeiska unionen');
      expect(parts(element, 'fund').map(words)).to.deep.equal(['Europeiska regionala utvecklingsfonden']);
      expect(items.slice(1).map(words)).to.deep.equal(['Länsstyrelsen i Norrbotten', 'Norrbottens läns landsting', 'Luleå kommun']);
      await expect(element).to.be.accessible();
    });

    it('says "European Union" and "European Regional Development Fund" in English', async () => {
      const element = await strip(html`<cn-funder-strip lang="en" src=${sampleUrl('creative-nodes-fusion')}></cn-funder-strip>`);
      expect(words(part(element, 'eu-statement'))).to.equal('European Union');
      expect(parts(element, 'fund').map(words)).to.deep.equal(['European Regional Development Fund']);
    });

    it('says "Medfinansieras av Europeiska unionen" / "Co-funded by the European Union" for 2021–2027', async () => {
      const data = feedOf([{ ...ERUF, fundingPeriod: '2021-2027' }, REGION], PERIOD_2014);
      const sv = await strip(html`<cn-funder-strip lang="sv" .data=${data}></cn-funder-strip>`);
      expect(words(part(sv, 'eu-statement'))).to.equal('Medfinansieras av Europeiska unionen');
      const en = await strip(html`<cn-funder-strip lang="en" .data=${data}></cn-funder-strip>`);
      expect(words(part(en, 'eu-statement'))).to.equal('Co-funded by the European Union');
      await expect(en).to.be.accessible();
    });

    it("takes the period from the programme when the funder has none (LOKET started 2020 → 2014–2020)", async () => {
      const loket = await strip(html`<cn-funder-strip lang="sv" src=${sampleUrl('loket')}></cn-funder-strip>`);
      expect(words(part(loket, 'eu-statement'))).to.equal('Europeiska unionen');
      expect(words(part(loket, 'fund'))).to.equal('Europeiska regionala utvecklingsfonden (ERUF) via Tillväxtverket');
      const later = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf([ERUF], PERIOD_2021)}></cn-funder-strip>`);
      expect(words(part(later, 'eu-statement'))).to.equal('Medfinansieras av Europeiska unionen');
    });

    it('uses the 2021–2027 statement when no period is known, and tells the webmaster once', async () => {
      const warn = sinon.stub(console, 'warn');
      // Creative North's feed without the period its ERDF funder names.
      const north = await sampleFeed('creative-north');
      const funders = (north.funders as Record<string, unknown>[]).map(({ fundingPeriod: _, ...funder }) => funder);
      const element = await strip(html`<cn-funder-strip lang="en" .data=${{ ...north, funders }}></cn-funder-strip>`);
      expect(words(part(element, 'eu-statement'))).to.equal('Co-funded by the European Union');
      element.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(words(part(element, 'eu-statement'))).to.equal('Medfinansieras av Europeiska unionen');
      const messages = warn.getCalls().map((call) => String(call.args[0])).filter((message) => message.includes('EU funding period'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('<cn-funder-strip> the EU funding period').and.contain('the EU funding period of eruf is not given').and.contain('"fundingPeriod"');
    });

    it('shows one emblem for several EU funds, with every fund listed', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf([REGION, ERUF, ESF])}></cn-funder-strip>`);
      expect(element.shadowRoot!.querySelectorAll('svg')).to.have.length(1);
      expect(parts(element, 'eu')).to.have.length(1);
      // Placed first, even though the feed lists the region first.
      expect(part(element, 'list')!.firstElementChild!.getAttribute('part')).to.equal('funder eu');
      expect(part(element, 'funds')!.getAttribute('aria-label')).to.equal('EU-fonder');
      expect(parts(element, 'fund').map(words)).to.deep.equal(['Europeiska regionala utvecklingsfonden', 'Europeiska socialfonden']);
      await expect(element).to.be.accessible();
    });

    it('shows no emblem and no statement when no funder is an EU fund', async () => {
      const element = await strip(html`<cn-funder-strip .data=${feedOf([REGION, LULEA])}></cn-funder-strip>`);
      expect(element.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(part(element, 'eu')).to.equal(null);
      expect(part(element, 'eu-statement')).to.equal(null);
      expect(parts(element, 'funder')).to.have.length(2);
    });

    it('never shows an EU funder twice, nor its own logo: the emblem stands for the Union', async () => {
      const element = await strip(html`<cn-funder-strip .data=${feedOf([{ ...ERUF, logo: WIDE_LOGO }, REGION])}></cn-funder-strip>`);
      expect(parts(element, 'funder')).to.have.length(2);
      expect(part(element, 'eu')!.querySelector('img')).to.equal(null);
    });

    it('hides the emblem from screen readers; the statement is real text, announced once', async () => {
      const element = await strip(html`<cn-funder-strip lang="en" .data=${feedOf([ERUF])}></cn-funder-strip>`);
      const emblem = part(element, 'emblem')!;
      expect(emblem.localName).to.equal('svg');
      expect(emblem.getAttribute('aria-hidden')).to.equal('true');
      expect(emblem.getAttribute('role')).to.equal(null);
      expect(emblem.getAttribute('aria-label')).to.equal(null);
      expect(emblem.textContent!.trim()).to.equal('');
      expect(emblem.querySelectorAll('path.star')).to.have.length(12);
      expect(element.shadowRoot!.querySelector('img[src*="emblem"], img[src*="flag"]')).to.equal(null);
    });

    it('keeps the emblem whole, in 3:2, at least as high as the logos, whatever the theme asks', async () => {
      // Each case gets its own class: earlier fixtures of this test are still on the page.
      let cases = 0;
      const sizes = async (style: string) => {
        const name = `sized-${++cases}`;
        const wrapper = await fixture<HTMLElement>(html`<div>
          <style>
            .${name} {
              ${style}
            }
          </style>
          <cn-funder-strip class=${name} .data=${feedOf([ERUF, { ...REGION, logo: WIDE_LOGO }])}></cn-funder-strip>
        </div>`);
        const element = wrapper.querySelector('cn-funder-strip')!;
        await settled(element);
        const emblem = getComputedStyle(part(element, 'emblem')!);
        const logo = part(element, 'logo')!.getBoundingClientRect();
        return { width: parseFloat(emblem.width), height: parseFloat(emblem.height), logo: logo.height };
      };
      const standard = await sizes('');
      expect(standard.height).to.equal(48);
      expect(standard.logo).to.equal(48);
      expect(standard.width / standard.height).to.equal(1.5);
      const tooSmall = await sizes('--cn-funder-strip-logo-height: 80px; --cn-funder-strip-emblem-height: 20px;');
      expect(tooSmall.logo).to.equal(80);
      expect(tooSmall.height).to.equal(80);
      expect(tooSmall.width).to.equal(120);
      const larger = await sizes('--cn-funder-strip-emblem-height: 100px;');
      expect(larger.height).to.equal(100);
      expect(larger.width).to.equal(150);
      expect(larger.logo).to.equal(48);
    });

    it('sets the statement in a plain typeface, explicitly, in reflex blue on light and white on dark', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .fancy { --cn-font-family: 'Comic Sans MS', fantasy; }
        </style>
        <cn-funder-strip class="fancy" theme="light" .data=${feedOf([ERUF])}></cn-funder-strip>
      </div>`);
      const element = wrapper.querySelector('cn-funder-strip')!;
      await settled(element);
      const statement = getComputedStyle(part(element, 'eu-statement')!);
      expect(statement.fontFamily.split(',')[0].trim()).to.equal('Arial');
      expect(statement.fontFamily).not.to.contain('Comic');
      expect(statement.fontStyle).to.equal('normal');
      expect(statement.textDecorationLine).to.equal('none');
      expect(statement.color).to.equal('rgb(0, 51, 153)');
      expect(getComputedStyle(part(element, 'emblem')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      element.theme = 'dark';
      await element.updateComplete;
      expect(getComputedStyle(part(element, 'eu-statement')!).color).to.equal('rgb(255, 255, 255)');
      // On a dark background, the white-border variant: a white border of 1/25 of the height.
      const emblem = getComputedStyle(part(element, 'emblem')!);
      expect(emblem.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(parseFloat(emblem.paddingTop)).to.be.closeTo(48 / 25, 0.01);
      await expect(element).to.be.accessible();
    });
  });

  describe('amounts', () => {
    it('hides amounts unless show-amounts is set', async () => {
      const element = await strip(html`<cn-funder-strip src=${sampleUrl('loket')}></cn-funder-strip>`);
      expect(element.showAmounts).to.equal(false);
      expect(part(element, 'amount')).to.equal(null);
      expect(part(element, 'total')).to.equal(null);
    });

    it('shows LOKET in Swedish: 3 402 775 kr each, 50 %, 6 805 550 kr in total', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" show-amounts src=${sampleUrl('loket')}></cn-funder-strip>`);
      expect(parts(element, 'amount').map((node) => node.textContent)).to.deep.equal([`3${NBSP}402${NBSP}775${NBSP}kr`, `3${NBSP}402${NBSP}775${NBSP}kr`]);
      expect(parts(element, 'share').map(words)).to.deep.equal([`(andel av totalen 50${NBSP}%)`, `(andel av totalen 50${NBSP}%)`]);
      expect(part(element, 'share')!.querySelector('.visually-hidden')!.textContent).to.equal('andel av totalen ');
      expect(words(part(element, 'total'))).to.equal(`Totalt: 6${NBSP}805${NBSP}550${NBSP}kr`);
      // The EU fund's amount is in the EU block, beside its fund.
      expect(part(element, 'fund')!.querySelector('[part~="amount"]')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('shows LOKET in English: SEK 3,402,775, 50%, SEK 6,805,550', async () => {
      const element = await strip(html`<cn-funder-strip lang="en" show-amounts src=${sampleUrl('loket')}></cn-funder-strip>`);
      expect(parts(element, 'amount').map((node) => node.textContent)).to.deep.equal([`SEK${NBSP}3,402,775`, `SEK${NBSP}3,402,775`]);
      expect(parts(element, 'share').map(words)).to.deep.equal(['(share of the total 50%)', '(share of the total 50%)']);
      expect(words(part(element, 'total'))).to.equal(`Total: SEK${NBSP}6,805,550`);
    });

    it('rounds shares to one decimal and formats other currencies', async () => {
      const data = feedOf([
        { ...REGION, amount: { value: 1000, currency: 'EUR' } },
        { ...LULEA, amount: { value: 7000, currency: 'EUR' } },
      ]);
      const element = await strip(html`<cn-funder-strip lang="sv" show-amounts .data=${data}></cn-funder-strip>`);
      expect(parts(element, 'amount').map((node) => node.textContent)).to.deep.equal([`1${NBSP}000${NBSP}€`, `7${NBSP}000${NBSP}€`]);
      expect(parts(element, 'share').map((node) => node.textContent!.replace('andel av totalen ', ''))).to.deep.equal([`(12,5${NBSP}%)`, `(87,5${NBSP}%)`]);
      expect(element.money({ value: 1234.5, currency: 'SEK' })).to.equal(`1${NBSP}234,50${NBSP}kr`);
    });

    it('shows amounts but no shares or total when some amounts are missing', async () => {
      const data = feedOf([{ ...REGION, amount: { value: 3402775 } }, LULEA]);
      const element = await strip(html`<cn-funder-strip lang="sv" show-amounts .data=${data}></cn-funder-strip>`);
      expect(parts(element, 'amount')).to.have.length(1);
      expect(part(element, 'share')).to.equal(null);
      expect(part(element, 'total')).to.equal(null);
    });
  });

  describe('grouping', () => {
    it('groups Creative North by kind under headings, EU first, in a fixed order', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" group src=${sampleUrl('creative-north')}></cn-funder-strip>`);
      const base = part(element, 'base')!;
      expect(base.getAttribute('role')).to.equal('group');
      expect(base.getAttribute('aria-label')).to.equal('Finansiärer');
      const headings = parts(element, 'heading');
      expect(headings.map(words)).to.deep.equal(['EU-finansiering', 'Regionala finansiärer', 'Kommunala finansiärer', 'Privata finansiärer', 'Akademi']);
      for (const heading of headings) {
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('3');
      }
      const groups = parts(element, 'group');
      expect(groups[0].querySelector('[part~="emblem"]')).to.not.equal(null);
      expect([...groups[2].querySelectorAll('[part~="funder"]')].map(words)).to.deep.equal(['Piteå kommun', 'Luleå kommun', 'Boden Business Park']);
      expect([...groups[3].querySelectorAll('[part~="funder"]')].map(words)).to.deep.equal(['Sparbanken Nord', 'Klusterbolagen']);
      await expect(element).to.be.accessible();
    });

    it('uses the heading level asked for, within 2–6', async () => {
      const element = await strip(html`<cn-funder-strip lang="en" group heading-level="2" src=${sampleUrl('creative-north')}></cn-funder-strip>`);
      expect(parts(element, 'heading').map((node) => node.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2', '2', '2']);
      expect(words(part(element, 'heading'))).to.equal('EU funding');
      element.headingLevel = 9;
      await element.updateComplete;
      expect(part(element, 'heading')!.getAttribute('aria-level')).to.equal('6');
    });

    it('puts the total after all groups', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" group show-amounts src=${sampleUrl('loket')}></cn-funder-strip>`);
      expect(part(element, 'base')!.lastElementChild!.getAttribute('part')).to.equal('total');
      expect(parts(element, 'group')).to.have.length(2);
    });
  });

  describe('badges, logos and links', () => {
    it('gives a funder without a logo a clean text badge with its name', async () => {
      const element = await strip(html`<cn-funder-strip lang="en" src=${sampleUrl('creative-north')}></cn-funder-strip>`);
      const names = parts(element, 'name').map(words);
      expect(names).to.deep.equal(['Region Norrbotten', 'Piteå kommun', 'Luleå kommun', 'Boden Business Park', 'Sparbanken Nord', 'Luleå University of Technology', 'The cluster companies']);
      // Plain-string names are Swedish, marked as such on an English page.
      expect(part(element, 'name')!.querySelector('[lang="sv"]')!.textContent).to.equal('Region Norrbotten');
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it("shows logos with the funder's name as alt text, in a box of fixed size", async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf([{ ...REGION, logo: WIDE_LOGO }, { ...LULEA, logo: SQUARE_LOGO }])}></cn-funder-strip>`);
      const logos = parts(element, 'logo') as HTMLImageElement[];
      expect(logos.map((logo) => logo.alt)).to.deep.equal(['Region Norrbotten', 'Luleå kommun']);
      for (const logo of logos) {
        expect(logo.getAttribute('width')).to.equal('160');
        expect(logo.getAttribute('height')).to.equal('48');
        expect(getComputedStyle(logo).objectFit).to.equal('contain');
      }
      await expect(element).to.be.accessible();
    });

    it('does not shift as logos load: the box is the same before and after', async () => {
      const element = await strip(html`<cn-funder-strip .data=${feedOf([{ ...REGION, logo: `${WIDE_LOGO}?fresh=${Date.now()}` }, LULEA])}></cn-funder-strip>`);
      const logo = part(element, 'logo') as HTMLImageElement;
      const before = { logo: logo.getBoundingClientRect().toJSON(), host: element.getBoundingClientRect().height };
      // Usually measured before the logo arrives; either way the box must be the token's size.
      expect(before.logo.width).to.equal(160);
      if (!logo.complete) await new Promise((resolve) => logo.addEventListener('load', resolve, { once: true }));
      expect(logo.naturalWidth).to.be.greaterThan(0);
      expect(logo.getBoundingClientRect().toJSON()).to.deep.equal(before.logo);
      expect(element.getBoundingClientRect().height).to.equal(before.host);
      expect(before.logo.height).to.equal(48);
    });

    it('follows --cn-funder-strip-logo-height for logos and text badges alike', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .tall { --cn-funder-strip-logo-height: 64px; }
        </style>
        <cn-funder-strip class="tall" .data=${feedOf([{ ...REGION, logo: WIDE_LOGO }, LULEA])}></cn-funder-strip>
      </div>`);
      const element = wrapper.querySelector('cn-funder-strip')!;
      await settled(element);
      expect(part(element, 'logo')!.getBoundingClientRect().height).to.equal(64);
      const [logoBadge, textBadge] = parts(element, 'badge').map((badge) => badge.getBoundingClientRect().height);
      expect(textBadge).to.equal(logoBadge);
    });

    it('turns a logo that fails to load into a text badge', async () => {
      const element = await strip(html`<cn-funder-strip .data=${feedOf([{ ...REGION, logo: 'https://127.0.0.1:1/missing.png' }])}></cn-funder-strip>`);
      const logo = part(element, 'logo')!;
      const height = part(element, 'badge')!.getBoundingClientRect().height;
      logo.dispatchEvent(new Event('error'));
      await element.updateComplete;
      expect(part(element, 'logo')).to.equal(null);
      expect(words(part(element, 'name'))).to.equal('Region Norrbotten');
      expect(part(element, 'badge')!.getBoundingClientRect().height).to.equal(height);
    });

    it('links to funders, each link named by the funder', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf([
        { ...ERUF, url: 'https://ec.europa.eu/regional_policy/' },
        REGION,
        { ...LULEA, url: 'https://www.lulea.se', logo: SQUARE_LOGO },
        { id: 'tillvaxtverket', name: 'Tillväxtverket', kind: 'eu', fund: 'Europeiska regionala utvecklingsfonden (ERUF)', url: 'https://tillvaxtverket.se' },
        { id: 'ltu', name: 'Luleå tekniska universitet', kind: 'academic' },
      ])}></cn-funder-strip>`);
      const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
      const named = links.map((link) => ({
        href: link.getAttribute('href'),
        name: link.getAttribute('aria-label') ?? (link.querySelector('img')?.alt || words(link)),
      }));
      expect(named).to.deep.equal([
        { href: 'https://ec.europa.eu/regional_policy/', name: 'Webbplats: Europeiska regionala utvecklingsfonden' },
        { href: 'https://tillvaxtverket.se', name: 'Tillväxtverket' },
        { href: 'https://www.norrbotten.se', name: 'Region Norrbotten' },
        { href: 'https://www.lulea.se', name: 'Luleå kommun' },
      ]);
      // The visible text starts the accessible name (WCAG 2.5.3).
      expect(words(links[0])).to.equal('Webbplats');
      // The fund's name beside the emblem is never a link (no underlined variant of that text).
      expect(part(element, 'fund')!.querySelector('.fund-name')!.closest('a')).to.equal(null);
      for (const link of links) expect(link.tabIndex).to.equal(0);
      await expect(element).to.be.accessible();
    });

    it('ignores a link that is not http(s), with the partial note', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf([{ ...REGION, url: 'javascript:alert(1)' }])}></cn-funder-strip>`);
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      expect(words(part(element, 'notice'))).to.equal('En del uppgifter kunde inte visas.');
      expect(warn.called).to.equal(true);
    });

    it('never turns feed text into markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const element = await strip(html`<cn-funder-strip .data=${feedOf([{ id: 'x', name: hostile, kind: 'regional' }, { id: 'y', name: hostile, kind: 'eu', fund: hostile }])}></cn-funder-strip>`);
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(words(part(element, 'name'))).to.equal(hostile);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('long strips', () => {
    const KINDS = ['eu', 'national', 'regional', 'municipal', 'private', 'academic'];
    /** `count` funders, kinds in turn (so a sixth are EU funds), each with an amount and a link. */
    const manyFunders = (count: number, prefix = 'Finansiär') =>
      Array.from({ length: count }, (_, index) => ({
        id: `f${index}`,
        name: `${prefix} ${index + 1}`,
        kind: KINDS[index % KINDS.length],
        amount: { value: 1000 * (index + 1) },
        url: `https://example.org/${index}`,
        fundingPeriod: '2021-2027',
      }));
    /** What each render of `element` drew: funders and EU funds, and whether the total was there. */
    function recordRenders(element: FunderStrip): { drawn: number; total: boolean }[] {
      const renders: { drawn: number; total: boolean }[] = [];
      element.addController({
        hostUpdated: () => {
          const drawn = parts(element, 'fund').length + parts(element, 'funder').filter((item) => !item.part.contains('eu')).length;
          if (drawn > 0) renders.push({ drawn, total: part(element, 'total') !== null });
        },
      });
      return renders;
    }
    const count = DRAW_FIRST + DRAW_BATCH + 30;

    it('draws a long strip in batches, in the order shown; updateComplete waits for all of it', async () => {
      const element = document.createElement('cn-funder-strip');
      element.lang = 'sv';
      element.group = true;
      element.showAmounts = true;
      element.data = feedOf(manyFunders(count));
      const renders = recordRenders(element);
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(element);
      await settled(element);
      expect(renders.map((render) => render.drawn)).to.deep.equal([DRAW_FIRST, DRAW_FIRST + DRAW_BATCH, count]);
      // The total comes last, once all are drawn: nothing drawn later moves it.
      expect(renders.map((render) => render.total)).to.deep.equal([false, false, true]);
      expect(part(element, 'base')!.lastElementChild!.getAttribute('part')).to.equal('total');
      const groups = parts(element, 'group');
      expect(groups.map((group) => group.className)).to.deep.equal(KINDS.map((kind) => `group-${kind}`));
      const names = (group: HTMLElement, name: string) => [...group.querySelectorAll(`[part~="${name}"]`)].map((node) => words(node.querySelector('.fund-name, [part~="name"]')));
      expect(names(groups[0], 'fund')).to.deep.equal(manyFunders(count).filter((funder) => funder.kind === 'eu').map((funder) => funder.name));
      expect(names(groups[5], 'funder')).to.deep.equal(manyFunders(count).filter((funder) => funder.kind === 'academic').map((funder) => funder.name));
      await expect(element).to.be.accessible();
    });

    it('stops drawing a long strip taken out of the page, and goes on when it is back', async () => {
      const element = document.createElement('cn-funder-strip');
      element.lang = 'sv';
      element.showAmounts = true;
      element.data = feedOf(manyFunders(count));
      document.body.append(element);
      try {
        const { whenLeft, later } = await drawnWhileAway(element, () => parts(element, 'funder').length);
        expect(later).to.equal(whenLeft);
        expect(part(element, 'total') === null, 'no total: not every funder was drawn').to.equal(true);
        document.body.append(element);
        await element.updateComplete;
        // Every fund in the one EU block, and every other funder (the EU block is a `funder` too).
        expect(parts(element, 'fund').length + parts(element, 'funder').length - 1).to.equal(count);
        expect(part(element, 'total') !== null, 'the total, once every funder is drawn').to.equal(true);
      } finally {
        element.remove();
      }
    });

    it("draws every group when the first batch ends exactly at a group's end", async () => {
      const national = Array.from({ length: DRAW_FIRST }, (_, index) => ({ id: `n${index}`, name: `Nationell ${index + 1}`, kind: 'national' }));
      const regional = Array.from({ length: 10 }, (_, index) => ({ id: `r${index}`, name: `Regional ${index + 1}`, kind: 'regional' }));
      const element = await strip(html`<cn-funder-strip lang="sv" group show-amounts .data=${feedOf([...national, ...regional])}></cn-funder-strip>`);
      expect(parts(element, 'group').map((group) => group.className)).to.deep.equal(['group-national', 'group-regional']);
      expect(parts(element, 'funder')).to.have.length(DRAW_FIRST + 10);
    });

    it('draws the EU block first and the others in feed order, without groups too', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf(manyFunders(count))}></cn-funder-strip>`);
      const items = [...part(element, 'list')!.children];
      expect(items[0].getAttribute('part')).to.equal('funder eu');
      expect(parts(element, 'fund')).to.have.length(Math.ceil(count / KINDS.length));
      expect(items.slice(1).map(words)).to.deep.equal(manyFunders(count).filter((funder) => funder.kind !== 'eu').map((funder) => funder.name));
    });

    it('keeps what is drawn when the feed changes: a long strip never empties and refills', async () => {
      const element = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf(manyFunders(count))}></cn-funder-strip>`);
      const renders = recordRenders(element);
      element.data = feedOf(manyFunders(count, 'Ny finansiär'));
      await new Promise((resolve) => setTimeout(resolve));
      await settled(element);
      expect(renders.length).to.be.greaterThan(0);
      for (const render of renders) expect(render.drawn).to.equal(count);
      expect(words(part(element, 'name'))).to.equal('Ny finansiär 2');
    });

    it('finishes drawing in a tab that draws no frames', async () => {
      sinon.stub(window, 'requestAnimationFrame').returns(0);
      const element = await strip(html`<cn-funder-strip .data=${feedOf(manyFunders(count))}></cn-funder-strip>`);
      expect(parts(element, 'funder')).to.have.length(1 + count - Math.ceil(count / KINDS.length));
    });

    it('lets funders out of view skip layout, never clipping a focus ring; a usual strip is left alone', async () => {
      const long = await strip(html`<cn-funder-strip .data=${feedOf(manyFunders(count))}></cn-funder-strip>`);
      const item = getComputedStyle(parts(long, 'funder')[1]);
      if (CSS.supports('overflow-clip-margin: 1px')) {
        expect(item.contentVisibility).to.equal('auto');
        // Painting is clipped at the item's edge plus this margin: the focus ring (3px, 2px away) fits.
        expect(parseFloat(item.overflowClipMargin)).to.be.at.least(5);
      }
      const usual = await strip(html`<cn-funder-strip .data=${feedOf([ERUF, REGION, LULEA])}></cn-funder-strip>`);
      expect(getComputedStyle(parts(usual, 'funder')[1]).contentVisibility).to.equal('visible');
    });
  });

  describe('layouts', () => {
    it('wraps badges in a row by default, reflecting layout="strip"', async () => {
      const element = await stripIn('20rem', html`<cn-funder-strip src=${sampleUrl('creative-north')}></cn-funder-strip>`);
      expect(element.getAttribute('layout')).to.equal('strip');
      const list = getComputedStyle(part(element, 'list')!);
      expect(list.display).to.equal('flex');
      expect(list.flexWrap).to.equal('wrap');
      const tops = new Set(parts(element, 'funder').map((item) => Math.round(item.getBoundingClientRect().top)));
      expect(tops.size).to.be.greaterThan(1);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    });

    it('lays out a grid of equal cells, the EU block across the first row', async () => {
      const element = await stripIn('40rem', html`<cn-funder-strip layout="grid" src=${sampleUrl('creative-north')}></cn-funder-strip>`);
      expect(getComputedStyle(part(element, 'list')!).display).to.equal('grid');
      const [eu, ...others] = parts(element, 'funder');
      expect(eu.getBoundingClientRect().width).to.equal(part(element, 'list')!.getBoundingClientRect().width);
      const widths = new Set(others.map((item) => Math.round(item.getBoundingClientRect().width)));
      expect(widths.size).to.equal(1);
      await expect(element).to.be.accessible();
    });

    it('draws the footer in one colour on a dark band; logos filtered, the emblem never', async () => {
      const element = await strip(html`<cn-funder-strip layout="footer" show-amounts .data=${feedOf([
        { ...ERUF, amount: { value: 100 } },
        { ...REGION, logo: WIDE_LOGO, amount: { value: 100 } },
        { ...LULEA, amount: { value: 200 } },
      ])}></cn-funder-strip>`);
      const base = getComputedStyle(part(element, 'base')!);
      expect(base.backgroundColor).to.equal('rgb(16, 32, 43)');
      expect(base.color).to.equal('rgb(255, 255, 255)');
      for (const name of ['eu-statement', 'name', 'amount', 'total']) {
        expect(getComputedStyle(part(element, name)!).color, name).to.equal('rgb(255, 255, 255)');
      }
      expect(getComputedStyle(part(element, 'logo')!).filter).to.equal('brightness(0) invert(1)');
      const emblem = part(element, 'emblem')!;
      expect(getComputedStyle(emblem).filter).to.equal('none');
      // The colour emblem with its white border: blue flag, gold stars, white around.
      expect(getComputedStyle(emblem).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(emblem.querySelector('rect.flag')!.getAttribute('fill')).to.equal('#003399');
      for (let node: Element | null = emblem; node && node !== element.shadowRoot!.host; node = node.parentElement) {
        expect(getComputedStyle(node).filter, node.localName).to.equal('none');
      }
      await expect(element).to.be.accessible();
    });

    it('takes the footer colours and logo filter from custom properties', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .brand { --cn-funder-strip-footer-background: rgb(40, 20, 60); --cn-funder-strip-footer-logo-filter: grayscale(1); }
        </style>
        <cn-funder-strip class="brand" layout="footer" .data=${feedOf([ERUF, { ...REGION, logo: WIDE_LOGO }])}></cn-funder-strip>
      </div>`);
      const element = wrapper.querySelector('cn-funder-strip')!;
      await settled(element);
      expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(40, 20, 60)');
      expect(getComputedStyle(part(element, 'logo')!).filter).to.equal('grayscale(1)');
      expect(getComputedStyle(part(element, 'emblem')!).filter).to.equal('none');
    });

    it('falls back to the strip for an unknown layout', async () => {
      const element = await strip(html`<cn-funder-strip layout="carousel" .data=${feedOf([REGION])}></cn-funder-strip>`);
      expect(element.layout).to.equal('strip');
      expect(element.getAttribute('layout')).to.equal('strip');
      expect(getComputedStyle(part(element, 'list')!).display).to.equal('flex');
    });
  });

  describe('states', () => {
    it('shows a placeholder while loading that keeps the space of one row', async () => {
      stubFetch(() => never());
      const loadingWrapper = await fixture<HTMLElement>(html`<div style="width: 80rem"><cn-funder-strip src="https://feeds.example.org/slow.json"></cn-funder-strip></div>`);
      const loading = loadingWrapper.querySelector('cn-funder-strip')!;
      await loading.updateComplete;
      expect(part(loading, 'placeholder')!.getAttribute('aria-hidden')).to.equal('true');
      expect(loading.shadowRoot!.textContent).to.contain('Laddar');
      restore();
      const loaded = await stripIn('80rem', html`<cn-funder-strip .data=${feedOf([ERUF, REGION, LULEA])}></cn-funder-strip>`);
      expect(new Set(parts(loaded, 'funder').map((item) => Math.round(item.getBoundingClientRect().top))).size).to.equal(1);
      expect(loaded.getBoundingClientRect().height).to.be.closeTo(loading.getBoundingClientRect().height, 0.5);
    });

    it('says so politely when there are no funders', async () => {
      const empty = await strip(html`<cn-funder-strip lang="en" .data=${{ version: 1 }}></cn-funder-strip>`);
      expect(words(part(empty, 'message'))).to.equal('There are no funders to show.');
      const sv = await strip(html`<cn-funder-strip lang="sv" .data=${feedOf([])}></cn-funder-strip>`);
      expect(words(part(sv, 'message'))).to.equal('Det finns inga finansiärer att visa.');
      await expect(sv).to.be.accessible();
    });

    it('shows a polite error to visitors and the details in the console', async () => {
      stubFetch(() => new Response('nope', { status: 500, statusText: 'Server Error' }));
      const error = sinon.stub(console, 'error');
      const element = await fixture<FunderStrip>(html`<cn-funder-strip lang="sv" timeout="200" src="https://feeds.example.org/broken.json"></cn-funder-strip>`);
      await settled(element, 9000);
      expect(words(part(element, 'message'))).to.equal('Informationen kan inte visas just nu. Försök igen senare.');
      expect(error.called).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('shows the valid funders of a partly broken feed, with a note, and reports the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const errors: CustomEvent[] = [];
      const element = await strip(html`<cn-funder-strip
        lang="en"
        .data=${feedOf([REGION, { id: 'odd', name: 'Odd', kind: 'lottery' }, ERUF])}
        @cn-error=${(event: CustomEvent) => errors.push(event)}
      ></cn-funder-strip>`);
      expect(parts(element, 'funder')).to.have.length(2);
      expect(words(part(element, 'notice'))).to.equal('Some details could not be shown.');
      expect(errors[0].detail.fatal).to.equal(false);
      expect(errors[0].detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['funders[1].kind']);
      expect(warn.called).to.equal(true);
    });

    it('notes a broken programme section too: it decides the EU period', async () => {
      sinon.stub(console, 'warn');
      const element = await strip(html`<cn-funder-strip lang="en" .data=${{ version: 1, programme: { id: 'p' }, funders: [ERUF] }}></cn-funder-strip>`);
      expect(words(part(element, 'notice'))).to.equal('Some details could not be shown.');
    });

    it('reads an inline <script type="application/json"> feed', async () => {
      const element = await fixture<FunderStrip>(html`<cn-funder-strip>
        <script type="application/json">
          {"version": 1, "funders": [{"id": "ltu", "name": "Luleå tekniska universitet", "kind": "academic"}]}
        </script>
      </cn-funder-strip>`);
      await settled(element);
      expect(words(part(element, 'name'))).to.equal('Luleå tekniska universitet');
    });

    it('gets its feed from a <cn-programme> provider, one request for all', async () => {
      const feed = await sampleFeed('loket');
      const fetch = stubFetch(() => jsonResponse(feed));
      const provider = await fixture<HTMLElement>(html`<cn-programme src="https://feeds.example.org/loket.json">
        <cn-funder-strip lang="sv"></cn-funder-strip>
        <footer><cn-funder-strip lang="sv" layout="footer"></cn-funder-strip></footer>
      </cn-programme>`);
      const [first, second] = provider.querySelectorAll('cn-funder-strip');
      await settled(first);
      await settled(second);
      expect(words(part(first, 'eu-statement'))).to.equal('Europeiska unionen');
      expect(words(part(second, 'eu-statement'))).to.equal('Europeiska unionen');
      expect(fetch.callCount).to.equal(1);
    });
  });

  describe('language and theming', () => {
    it('switches language with the nearest lang attribute', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="sv"><cn-funder-strip show-amounts src=${sampleUrl('loket')}></cn-funder-strip></div>`);
      const element = wrapper.querySelector('cn-funder-strip')!;
      await settled(element);
      expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Finansiärer');
      expect(words(part(element, 'fund'))).to.contain('Europeiska regionala utvecklingsfonden (ERUF)');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(part(element, 'list')!.getAttribute('aria-label')).to.equal('Funders');
      expect(words(part(element, 'eu-statement'))).to.equal('European Union');
      expect(words(part(element, 'fund'))).to.contain('European Regional Development Fund (ERDF) via Tillväxtverket');
      expect(part(element, 'amount')!.textContent).to.equal(`SEK${NBSP}3,402,775`);
    });

    it('follows the page colour scheme or a forced theme', async () => {
      const element = await strip(html`<cn-funder-strip theme="dark" .data=${feedOf([ERUF, LULEA])}></cn-funder-strip>`);
      expect(getComputedStyle(part(element, 'badge')!).backgroundColor).to.equal('rgb(29, 33, 37)');
      expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(29, 33, 37)');
      element.theme = 'light';
      await element.updateComplete;
      expect(getComputedStyle(part(element, 'badge')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('keeps logos on a white plate in dark mode (logos are made for white)', async () => {
      const element = await strip(html`<cn-funder-strip theme="dark" .data=${feedOf([{ ...REGION, logo: WIDE_LOGO }])}></cn-funder-strip>`);
      expect(getComputedStyle(part(element, 'badge')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('takes the host page look through custom properties and parts', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .themed { --cn-color-surface: rgb(1, 2, 3); --cn-funder-strip-gap: 3px; --cn-funder-strip-logo-width: 90px; }
          .themed::part(name) { text-transform: uppercase; }
          .themed::part(eu-statement) { letter-spacing: 1px; }
        </style>
        <cn-funder-strip class="themed" .data=${feedOf([ERUF, LULEA, { ...REGION, logo: WIDE_LOGO }])}></cn-funder-strip>
      </div>`);
      const element = wrapper.querySelector('cn-funder-strip')!;
      await settled(element);
      expect(getComputedStyle(part(element, 'badge')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'list')!).columnGap).to.equal('3px');
      expect(getComputedStyle(part(element, 'name')!).textTransform).to.equal('uppercase');
      expect(getComputedStyle(part(element, 'eu-statement')!).letterSpacing).to.equal('1px');
      expect(part(element, 'logo')!.getBoundingClientRect().width).to.equal(90);
    });
  });
});
