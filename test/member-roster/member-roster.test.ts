import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/member-roster/define.js';
import { ANNOUNCE_DELAY_MS, DRAW_BATCH, DRAW_FIRST, type MemberRoster } from '../../src/member-roster/member-roster.js';
import { initialsOf, toneOf, TONES } from '../../src/base/initials.js';
import { FeedError } from '../../src/feed/validate.js';
import '../../stories/support/feed-state.js';
import { drawnWhileAway, jsonResponse, never, restore, sampleFeed, sampleUrl, settled, stubFetch } from '../support/helpers.js';
import { brokenLogo, FICTIONAL_MEMBERS, manyMembers, placeholderLogo } from '../../stories/support/members.js';

const feedOf = (members: unknown[], extra: object = {}) => ({ version: 1, members, ...extra });
const [EXEMPEL, PAHITTAT, TESTDESIGN, LATSAS, PROVLJUD, ANGSTROM] = FICTIONAL_MEMBERS;

function part(element: MemberRoster, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function parts(element: MemberRoster, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The names shown, in order (every layout writes them in `name`, or a logo's alt). */
function shownNames(element: MemberRoster): string[] {
  return parts(element, 'member').map((item) => item.querySelector('[part~="name"]')?.textContent?.trim() || item.querySelector('img')!.alt);
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function roster(template: TemplateResult): Promise<MemberRoster> {
  const element = await fixture<MemberRoster>(template);
  await settled(element);
  return element;
}

async function type(element: MemberRoster, value: string): Promise<void> {
  const input = part(element, 'search') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

async function choose(element: MemberRoster, select: string, value: string): Promise<void> {
  const control = part(element, select) as HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

function chip(element: MemberRoster, label: string): HTMLButtonElement {
  const found = parts(element, 'chip').find((node) => text(node).replace('✓', '').trim() === label);
  if (!found) throw new Error(`no chip ${label}: ${parts(element, 'chip').map(text).join(', ')}`);
  return found as HTMLButtonElement;
}

async function until(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** WCAG relative luminance of an `rgb(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('<cn-member-roster>', () => {
  afterEach(restore);

  describe('cards, list and logo wall', () => {
    it('shows every member of the sample feed as cards in a labelled list, and passes axe', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" src=${sampleUrl('creative-north')}></cn-member-roster>`);
      const feed = await sampleFeed('creative-north');
      expect(element.layout).to.equal('cards');
      expect(element.getAttribute('layout')).to.equal('cards');
      const list = part(element, 'list')!;
      expect(list.tagName).to.equal('UL');
      expect(list.getAttribute('aria-label')).to.equal('Medlemsföretag');
      expect(parts(element, 'card')).to.have.length((feed.members as unknown[]).length);
      const tromb = parts(element, 'card').find((card) => text(card.querySelector('[part~="name"]')) === 'Tromb')!;
      const name = tromb.querySelector('[part~="name"]')!;
      expect(name.getAttribute('role')).to.equal('heading');
      expect(name.getAttribute('aria-level')).to.equal('3');
      expect(text(tromb.querySelector('[part~="sectors"]'))).to.equal('Bransch: Kommunikation, Design');
      expect([...tromb.querySelectorAll('[part~="sector"]')].map(text)).to.deep.equal(['Kommunikation', 'Design']);
      expect(text(tromb.querySelector('[part~="city"]'))).to.equal('Ort: Luleå');
      expect(text(tromb.querySelector('[part~="summary"]'))).to.equal('Kommunikationsbyrå i Norrbotten');
      await expect(element).to.be.accessible();
    });

    it('draws a compact list with layout="list" and a logo wall with layout="logos"', async () => {
      const element = await roster(html`<cn-member-roster layout="list" .data=${feedOf([EXEMPEL, TESTDESIGN])}></cn-member-roster>`);
      expect(parts(element, 'row')).to.have.length(2);
      expect(parts(element, 'card')).to.have.length(0);
      expect(part(element, 'name')!.getAttribute('role')).to.equal(null);
      expect(text(parts(element, 'row')[0].querySelector('[part~="joined"]'))).to.equal('Medlem sedan 12 mars 2025');
      await expect(element).to.be.accessible();

      element.layout = 'logos';
      await element.updateComplete;
      expect(parts(element, 'tile')).to.have.length(2);
      expect(parts(element, 'row')).to.have.length(0);
      expect(element.getAttribute('layout')).to.equal('logos');
      // Without a logo, a tile shows the initials and writes the name under them.
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord', 'Testdesign']);
      await expect(element).to.be.accessible();
    });

    it('falls back to cards for an unknown layout', async () => {
      const element = await roster(html`<cn-member-roster layout="grid" .data=${feedOf([EXEMPEL])}></cn-member-roster>`);
      expect(parts(element, 'card')).to.have.length(1);
    });

    it('takes the heading level of the names from heading-level (2–6)', async () => {
      const element = await roster(html`<cn-member-roster heading-level="2" .data=${feedOf([EXEMPEL])}></cn-member-roster>`);
      expect(part(element, 'name')!.getAttribute('aria-level')).to.equal('2');
      element.headingLevel = 9;
      await element.updateComplete;
      expect(part(element, 'name')!.getAttribute('aria-level')).to.equal('6');
    });

    it('reflows cards from one column in a narrow container to several in a wide one', async () => {
      const members = manyMembers(8);
      const columns = (element: MemberRoster) => new Set(parts(element, 'card').map((card) => Math.round(card.getBoundingClientRect().left))).size;
      const narrow = await fixture<HTMLElement>(html`<div style="width: 320px"><cn-member-roster .data=${feedOf(members)}></cn-member-roster></div>`);
      const phone = narrow.querySelector('cn-member-roster')!;
      await settled(phone);
      expect(columns(phone)).to.equal(1);
      // On a narrow widget the logo sits beside the text (a container query, not the viewport).
      expect(getComputedStyle(part(phone, 'card')!).flexDirection).to.equal('row');
      const wide = await fixture<HTMLElement>(html`<div style="width: 1100px"><cn-member-roster .data=${feedOf(members)}></cn-member-roster></div>`);
      const desktop = wide.querySelector('cn-member-roster')!;
      await settled(desktop);
      expect(columns(desktop)).to.be.greaterThanOrEqual(3);
      expect(getComputedStyle(part(desktop, 'card')!).flexDirection).to.equal('column');
      for (const card of parts(desktop, 'card')) expect(card.getBoundingClientRect().right).to.be.at.most(wide.getBoundingClientRect().right + 0.5);
    });
  });

  describe('logos', () => {
    it('loads logos lazily in a fixed 2:1 box, with the company name as alt, and nothing moves when they arrive', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf([{ ...EXEMPEL, logo: placeholderLogo('bars') }, TESTDESIGN])}></cn-member-roster>`);
      const logo = part(element, 'logo') as HTMLImageElement;
      expect(logo.getAttribute('loading')).to.equal('lazy');
      expect(logo.getAttribute('width')).to.equal('160');
      expect(logo.getAttribute('height')).to.equal('80');
      expect(logo.alt).to.equal('Exempelbyrån Nord');
      const [logoBox, initialsBox] = parts(element, 'logo-box');
      const before = logoBox.getBoundingClientRect();
      await until(() => logo.complete && logo.naturalWidth > 0, 'the logo to load');
      const after = logoBox.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      expect(after.width / after.height).to.be.closeTo(2, 0.05);
      // A member without a logo keeps the same box: cards line up whatever the logo.
      const initials = initialsBox.getBoundingClientRect();
      expect([initials.width, initials.height]).to.deep.equal([after.width, after.height]);
      // The logo is contained in its box (a 320×100 image does not stretch it).
      const image = logo.getBoundingClientRect();
      expect(image.height).to.be.at.most(after.height + 0.5);
      expect(getComputedStyle(logo).objectFit).to.equal('contain');
    });

    it('shows initials on a stable colour when a member has no logo or its logo fails', async () => {
      const element = await roster(html`<cn-member-roster
        .data=${feedOf([{ ...EXEMPEL, logo: brokenLogo('exempel') }, { ...PAHITTAT, logo: placeholderLogo('circles') }, TESTDESIGN])}
      ></cn-member-roster>`);
      // A logo address on this machine that nobody answers: the real error event.
      await until(() => parts(element, 'initials').length === 2, 'the broken logo to fall back');
      const initials = parts(element, 'initials');
      expect(initials.map(text)).to.deep.equal(['EN', 'T']);
      expect(initials[0].className).to.equal(`tone-${toneOf('Exempelbyrån Nord')}`);
      expect(initials[0].getAttribute('aria-hidden')).to.equal('true');
      expect(initialsOf('Exempelbyrån Nord')).to.equal('EN');
      // The working logo stays; a dispatched error (as a CMS blocking it would cause) falls back too.
      const logo = part(element, 'logo') as HTMLImageElement;
      expect(logo.alt).to.equal('Påhittat Film');
      logo.dispatchEvent(new Event('error'));
      await element.updateComplete;
      expect(part(element, 'logo')).to.equal(null);
      expect(parts(element, 'initials').map(text)).to.deep.equal(['EN', 'PF', 'T']);
      await expect(element).to.be.accessible();
    });

    it('gives the same name the same colour in every roster', async () => {
      const one = await roster(html`<cn-member-roster .data=${feedOf([EXEMPEL])}></cn-member-roster>`);
      const other = await roster(html`<cn-member-roster layout="logos" .data=${feedOf([{ ...EXEMPEL, id: 'x' }, LATSAS])}></cn-member-roster>`);
      expect(part(one, 'initials')!.className).to.equal(part(other, 'initials')!.className);
      expect(getComputedStyle(part(one, 'initials')!).backgroundColor).to.equal(getComputedStyle(part(other, 'initials')!).backgroundColor);
    });

    it('keeps every initials colour at 4.5:1 or better against its text, in light and dark', async () => {
      const names: string[] = [];
      for (let index = 0; names.length < TONES; index++) {
        const name = `Företag ${index}`;
        if (!names.some((known) => toneOf(known) === toneOf(name))) names.push(name);
      }
      for (const theme of ['light', 'dark']) {
        const element = await roster(html`<cn-member-roster theme=${theme} .data=${feedOf(names.map((name, index) => ({ id: `m${index}`, name })))}></cn-member-roster>`);
        const initials = parts(element, 'initials');
        expect(new Set(initials.map((node) => node.className)).size).to.equal(TONES);
        for (const node of initials) {
          const style = getComputedStyle(node);
          expect(contrast(style.color, style.backgroundColor), node.className).to.be.at.least(4.5);
        }
      }
    });
  });

  describe('search, filters and sorting', () => {
    it('has a labelled search field, sector chips, a city select and a sort select', async () => {
      const element = await roster(html`<cn-member-roster lang="en" .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      const controls = part(element, 'controls')!;
      expect(controls.getAttribute('role')).to.equal('search');
      expect(controls.getAttribute('aria-label')).to.equal('Search and filter companies');
      const search = part(element, 'search') as HTMLInputElement;
      expect(search.type).to.equal('search');
      expect(search.labels![0].textContent).to.equal('Search by name');
      expect((part(element, 'city-filter') as HTMLSelectElement).labels![0].textContent).to.equal('Town');
      expect((part(element, 'sort') as HTMLSelectElement).labels![0].textContent).to.equal('Sort');
      const group = part(element, 'sector-filter')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(element.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Sector');
      expect(parts(element, 'chip').map((node) => text(node))).to.deep.equal([
        'Architecture',
        'Communication',
        'Design',
        'Digital',
        'Film',
        'Games',
        'Music',
      ]);
      for (const node of parts(element, 'chip')) {
        expect(node.tagName).to.equal('BUTTON');
        expect(node.getAttribute('aria-pressed')).to.equal('false');
      }
      await expect(element).to.be.accessible();
    });

    it('searches names as the visitor types, in any case', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      await type(element, 'EXEMPEL');
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord', 'Ångström Exempel']);
      expect(element.query).to.equal('EXEMPEL');
      await type(element, '');
      expect(shownNames(element)).to.have.length(FICTIONAL_MEMBERS.length);
    });

    it('toggles sector chips (aria-pressed, with a check mark) and shows members of any pressed sector', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      chip(element, 'Design').click();
      await element.updateComplete;
      expect(chip(element, 'Design').getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(chip(element, 'Design').querySelector('.check')!, '::before').content).to.contain('✓');
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord', 'Testdesign']);
      chip(element, 'Film').click();
      await element.updateComplete;
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord', 'Påhittat Film', 'Testdesign']);
      expect(element.sector).to.equal('design film');
      chip(element, 'Design').click();
      chip(element, 'Film').click();
      await element.updateComplete;
      expect(element.sector).to.equal(undefined);
      expect(chip(element, 'Design').getAttribute('aria-pressed')).to.equal('false');
      expect(shownNames(element)).to.have.length(FICTIONAL_MEMBERS.length);
    });

    it('filters by city from the select', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      const options = [...(part(element, 'city-filter') as HTMLSelectElement).options].map((option) => option.textContent);
      expect(options).to.deep.equal(['Alla orter', 'Kiruna', 'Luleå', 'Piteå', 'Skellefteå', 'Umeå']);
      await choose(element, 'city-filter', 'Luleå');
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord', 'Ångström Exempel']);
      expect(element.city).to.equal('Luleå');
      await choose(element, 'city-filter', '');
      expect(element.city).to.equal(undefined);
      expect(shownNames(element)).to.have.length(FICTIONAL_MEMBERS.length);
    });

    it('takes preset filters from attributes: sector, city (any case), query and sort', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" src=${sampleUrl('creative-north')} sector="design" city="piteå"></cn-member-roster>`);
      expect(shownNames(element)).to.deep.equal(['Formsmedjan', 'Vinter']);
      expect(chip(element, 'Design').getAttribute('aria-pressed')).to.equal('true');
      expect((part(element, 'city-filter') as HTMLSelectElement).value).to.equal('Piteå');
      const searched = await roster(html`<cn-member-roster src=${sampleUrl('creative-north')} query="in"></cn-member-roster>`);
      expect((part(searched, 'search') as HTMLInputElement).value).to.equal('in');
      expect(shownNames(searched)).to.deep.equal(['In The Cold', 'Vinter']);
      const sorted = await roster(html`<cn-member-roster sort="joined" .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect((part(sorted, 'sort') as HTMLSelectElement).value).to.equal('joined');
      expect(shownNames(sorted)).to.deep.equal(['Låtsasstudion', 'Påhittat Film', 'Exempelbyrån Nord', 'Testdesign', 'Ångström Exempel', 'Provljud']);
    });

    it('keeps a control for a preset sector or city that no member has, so it can be undone', async () => {
      const element = await roster(html`<cn-member-roster sector="fashion" city="Kalix" .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect(chip(element, 'Mode').getAttribute('aria-pressed')).to.equal('true');
      expect((part(element, 'city-filter') as HTMLSelectElement).value).to.equal('Kalix');
      expect(part(element, 'no-matches')).not.to.equal(null);
    });

    it('sorts by name in Swedish collation (Å after Z), or by joining date from the select', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord', 'Låtsasstudion', 'Provljud', 'Påhittat Film', 'Testdesign', 'Ångström Exempel']);
      await choose(element, 'sort', 'joined');
      expect(element.sort).to.equal('joined');
      expect(shownNames(element)[0]).to.equal('Låtsasstudion');
      const english = await roster(html`<cn-member-roster lang="en" .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect(shownNames(english)[0]).to.equal('Ångström Exempel');
    });

    it('offers sorting by joining date only when members have one', async () => {
      const element = await roster(html`<cn-member-roster src=${sampleUrl('creative-north')} sort="joined"></cn-member-roster>`);
      expect(part(element, 'sort')).to.equal(null);
      expect(shownNames(element)[0]).to.equal('Brightnest');
    });

    it('keeps each member on its own DOM node while filtering (keyed rendering)', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      const before = parts(element, 'card').find((card) => text(card.querySelector('[part~="name"]')) === 'Testdesign');
      await type(element, 'test');
      expect(parts(element, 'card')).to.have.length(1);
      expect(parts(element, 'card')[0]).to.equal(before);
    });
  });

  describe('count and announcements', () => {
    it('counts "12 av 18 företag" against the target, and "N av M" of the members when filtered', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" src=${sampleUrl('creative-north')}></cn-member-roster>`);
      expect(text(part(element, 'count'))).to.equal('12 av 18 företag');
      chip(element, 'Design').click();
      await element.updateComplete;
      expect(text(part(element, 'count'))).to.equal('4 av 12 företag');
      const english = await roster(html`<cn-member-roster lang="en" src=${sampleUrl('creative-north')}></cn-member-roster>`);
      expect(text(part(english, 'count'))).to.equal('12 of 18 companies');
      await type(english, 'oh my');
      expect(text(part(english, 'count'))).to.equal('1 of 12 companies');
    });

    it('counts "N företag" when the feed has no target', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect(text(part(element, 'count'))).to.equal('6 företag');
      const english = await roster(html`<cn-member-roster lang="en" .data=${feedOf([EXEMPEL])}></cn-member-roster>`);
      expect(text(part(english, 'count'))).to.equal('1 company');
    });

    it('announces the count politely, once typing has settled, not on every keystroke', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" src=${sampleUrl('creative-north')}></cn-member-roster>`);
      const live = element.shadowRoot!.querySelector('[aria-live]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.getAttribute('aria-atomic')).to.equal('true');
      expect(live.classList.contains('visually-hidden')).to.equal(true);
      expect(text(live)).to.equal('');
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await type(element, 'o');
        await clock.tickAsync(ANNOUNCE_DELAY_MS - 100);
        await type(element, 'oh');
        await clock.tickAsync(ANNOUNCE_DELAY_MS - 100);
        await element.updateComplete;
        expect(text(live), 'still typing').to.equal('');
        await clock.tickAsync(200);
        await element.updateComplete;
        expect(text(live)).to.equal('1 av 12 företag');
        // A chip is announced after the same pause (a quick series of clicks is one message).
        chip(element, 'Design').click();
        await element.updateComplete;
        expect(text(part(element, 'count'))).to.equal('0 av 12 företag');
        expect(text(live)).to.equal('1 av 12 företag');
        await clock.tickAsync(ANNOUNCE_DELAY_MS);
        await element.updateComplete;
        expect(text(live)).to.equal('0 av 12 företag');
      } finally {
        clock.restore();
      }
    });
  });

  describe('target', () => {
    it('shows progress toward the target as a meter with its value in words (show-target)', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" show-target src=${sampleUrl('creative-north')}></cn-member-roster>`);
      const meter = part(element, 'meter')!;
      expect(meter.getAttribute('role')).to.equal('meter');
      expect(meter.getAttribute('aria-valuemin')).to.equal('0');
      expect(meter.getAttribute('aria-valuemax')).to.equal('18');
      expect(meter.getAttribute('aria-valuenow')).to.equal('12');
      expect(meter.getAttribute('aria-valuetext')).to.equal('12 av 18 företag');
      expect(element.shadowRoot!.getElementById(meter.getAttribute('aria-labelledby')!)!.textContent).to.equal('Mot målet');
      expect(text(part(element, 'target-value'))).to.equal('12 av 18 företag');
      const bar = part(element, 'meter-bar')!;
      expect(bar.getBoundingClientRect().width / meter.clientWidth).to.be.closeTo(12 / 18, 0.02);
      // Set through the CSSOM, which a strict style-src allows (see the CSP test below).
      expect(bar.style.inlineSize).to.equal('67%');
      // The target follows the whole roster, not the filters.
      chip(element, 'Design').click();
      await element.updateComplete;
      expect(part(element, 'meter')!.getAttribute('aria-valuenow')).to.equal('12');
      await expect(element).to.be.accessible();
    });

    it('says when the target is reached, in words, and keeps the meter within its range', async () => {
      const element = await roster(html`<cn-member-roster lang="en" show-target .data=${feedOf(FICTIONAL_MEMBERS, { memberTarget: { value: 5, deadline: '2026-12-31' } })}></cn-member-roster>`);
      const meter = part(element, 'meter')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('5');
      expect(meter.getAttribute('aria-valuetext')).to.equal('Target reached: 6 of 5 companies');
      expect(text(part(element, 'target-value'))).to.equal('✓ Target reached: 6 of 5 companies');
      expect(part(element, 'meter-bar')!.style.inlineSize).to.equal('100%');
      expect(text(part(element, 'deadline'))).to.equal('Target date: December 31, 2026.');
    });

    it('shows no meter without show-target, or when the feed has no target', async () => {
      const hidden = await roster(html`<cn-member-roster src=${sampleUrl('creative-north')}></cn-member-roster>`);
      expect(part(hidden, 'meter')).to.equal(null);
      const none = await roster(html`<cn-member-roster show-target .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect(part(none, 'target')).to.equal(null);
      const zero = await roster(html`<cn-member-roster show-target .data=${feedOf(FICTIONAL_MEMBERS, { memberTarget: { value: 0 } })}></cn-member-roster>`);
      expect(part(zero, 'target')).to.equal(null);
    });
  });

  describe('links', () => {
    it('links a member with a website in the same tab, and a member without one not at all', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" .data=${feedOf([PAHITTAT, TESTDESIGN])}></cn-member-roster>`);
      const links = parts(element, 'link') as HTMLAnchorElement[];
      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal('https://www.pahittat-film.example.org/om-oss');
      expect(links[0].hasAttribute('target')).to.equal(false);
      expect(text(links[0])).to.equal('Webbplats: pahittat-film.example.org');
      const testdesign = parts(element, 'card')[1];
      expect(text(testdesign.querySelector('[part~="name"]'))).to.equal('Testdesign');
      expect(testdesign.querySelector('a')).to.equal(null);
      for (const layout of ['list', 'logos'] as const) {
        element.layout = layout;
        await element.updateComplete;
        const [linked, unlinked] = parts(element, 'member');
        expect(linked.querySelector('a')!.getAttribute('href')).to.equal(PAHITTAT.url);
        expect(linked.querySelector('a')!.hasAttribute('target')).to.equal(false);
        expect(unlinked.querySelector('a'), layout).to.equal(null);
      }
    });

    it('never links an address the feed may not use', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await roster(html`<cn-member-roster .data=${feedOf([{ ...PAHITTAT, url: 'javascript:alert(1)' }, { ...EXEMPEL, url: '/relative' }])}></cn-member-roster>`);
      expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(parts(element, 'card')).to.have.length(2);
      expect(warn.called).to.equal(true);
    });

    it('is operable by keyboard: controls first, then the links, all in tab order', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf([EXEMPEL, PAHITTAT, TESTDESIGN])}></cn-member-roster>`);
      const focusable = [...element.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, input, select')];
      expect(focusable.map((node) => node.getAttribute('part'))).to.deep.equal(['search', 'city-filter', 'sort', 'chip', 'chip', 'chip', 'link', 'link']);
      for (const node of focusable) expect(node.tabIndex).to.equal(0);
    });
  });

  describe('empty and no matches', () => {
    it('says so politely when the feed has no members (with the target at 0)', async () => {
      const element = await roster(html`<cn-member-roster lang="en" show-target .data=${feedOf([], { memberTarget: { value: 18 } })}></cn-member-roster>`);
      expect(text(part(element, 'message'))).to.equal('There are no member companies to show.');
      expect(part(element, 'controls')).to.equal(null);
      expect(part(element, 'meter')!.getAttribute('aria-valuetext')).to.equal('0 of 18 companies');
      await expect(element).to.be.accessible();
      const none = await roster(html`<cn-member-roster lang="sv" .data=${{ version: 1 }}></cn-member-roster>`);
      expect(text(part(none, 'message'))).to.equal('Det finns inga medlemsföretag att visa.');
    });

    it('says when nothing matches, and clears the filters from a button, focus back in the search', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" sector="film" query="zzz" src=${sampleUrl('creative-north')}></cn-member-roster>`);
      const message = part(element, 'no-matches')!;
      expect(message.matches('[part~="message"]')).to.equal(true);
      expect(text(message.querySelector('p'))).to.equal('Inga företag matchar filtren.');
      expect(part(element, 'list')).to.equal(null);
      expect(text(part(element, 'count'))).to.equal('0 av 12 företag');
      await expect(element).to.be.accessible();
      const clear = message.querySelector<HTMLButtonElement>('[part~="clear"]')!;
      expect(text(clear)).to.equal('Rensa filter');
      clear.click();
      await until(() => element.shadowRoot!.activeElement === part(element, 'search'), 'focus in the search field');
      expect(parts(element, 'card')).to.have.length(12);
      expect([element.query, element.sector, element.city]).to.deep.equal([undefined, undefined, undefined]);
      expect((part(element, 'search') as HTMLInputElement).value).to.equal('');
      expect(part(element, 'clear')).to.equal(null);
    });

    it('offers "clear filters" in the controls while a filter is active', async () => {
      const element = await roster(html`<cn-member-roster src=${sampleUrl('creative-north')}></cn-member-roster>`);
      expect(part(element, 'clear')).to.equal(null);
      await choose(element, 'city-filter', 'Umeå');
      part(element, 'clear')!.click();
      await element.updateComplete;
      expect(element.city).to.equal(undefined);
      expect(parts(element, 'card')).to.have.length(12);
    });

    it('hides the controls with hide-filters; preset filters still apply, with nothing to clear', async () => {
      const element = await roster(html`<cn-member-roster hide-filters sector="education" src=${sampleUrl('creative-north')}></cn-member-roster>`);
      expect(part(element, 'controls')).to.equal(null);
      expect(shownNames(element)).to.deep.equal(['Changemaker Educations']);
      element.query = 'nobody';
      await element.updateComplete;
      expect(part(element, 'no-matches')).not.to.equal(null);
      expect(part(element, 'clear')).to.equal(null);
    });
  });

  describe('many members', () => {
    it('draws a page of members with "show more", counts them all, and moves focus to the first new one', async () => {
      const element = await roster(html`<cn-member-roster lang="sv" layout="list" .data=${feedOf(manyMembers(1000))}></cn-member-roster>`);
      expect(text(part(element, 'count'))).to.equal('1 000 företag');
      expect(parts(element, 'row')).to.have.length(48);
      const more = part(element, 'more') as HTMLButtonElement;
      expect(text(more)).to.equal('Visa fler (952 till)');
      more.click();
      await until(() => parts(element, 'row').length === 96, 'a second page');
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'row')[48]);
      expect(text(part(element, 'more'))).to.equal('Visa fler (904 till)');
      // A new filter starts again from one page; the filter covers all 1,000.
      await type(element, 'norrljus');
      expect(text(part(element, 'count'))).to.match(/^\d+ av 1 000 företag$/);
      expect(parts(element, 'row').every((row) => text(row.querySelector('[part~="name"]')).startsWith('Norrljus'))).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('draws every member with page-size="0", skipping layout for those off screen', async () => {
      const element = await roster(html`<cn-member-roster page-size="0" .data=${feedOf(manyMembers(1000))}></cn-member-roster>`);
      expect(parts(element, 'card')).to.have.length(1000);
      expect(part(element, 'more')).to.equal(null);
      expect(getComputedStyle(parts(element, 'card')[999]).contentVisibility).to.equal('auto');
      const few = await roster(html`<cn-member-roster .data=${feedOf(FICTIONAL_MEMBERS)}></cn-member-roster>`);
      expect(getComputedStyle(part(few, 'card')!).contentVisibility).to.equal('visible');
    });

    it('draws a long roster over several tasks, a screenful first, and resolves updateComplete once all are drawn', async () => {
      const element = document.createElement('cn-member-roster');
      element.pageSize = 0;
      // One record per task that changed the list: what the page could paint in between.
      const drawnPerTask: number[] = [];
      const observer = new MutationObserver(() => {
        const drawn = parts(element, 'card').length;
        if (drawn > 0 && drawn !== drawnPerTask.at(-1)) drawnPerTask.push(drawn);
      });
      element.data = feedOf(manyMembers(1000));
      document.body.append(element);
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      try {
        await settled(element);
        expect(parts(element, 'card')).to.have.length(1000);
        expect(drawnPerTask.length, drawnPerTask.join(' ')).to.be.greaterThan(5);
        expect(drawnPerTask[0]).to.be.within(DRAW_FIRST, DRAW_BATCH);
        drawnPerTask.forEach((drawn, index) => index > 0 && expect(drawn - drawnPerTask[index - 1]).to.be.at.most(DRAW_BATCH));
        expect(drawnPerTask.at(-1)).to.equal(1000);
      } finally {
        observer.disconnect();
        element.remove();
      }
    });

    it('stops drawing a long roster taken out of the page, and goes on where it was when it is back', async () => {
      const element = document.createElement('cn-member-roster');
      element.pageSize = 0;
      element.data = feedOf(manyMembers(1000));
      document.body.append(element);
      try {
        const { whenLeft, later } = await drawnWhileAway(element, () => parts(element, 'card').length);
        expect(whenLeft).to.be.below(1000);
        expect(later).to.equal(whenLeft);
        const first = parts(element, 'card')[0];
        document.body.append(element);
        await element.updateComplete;
        expect(parts(element, 'card')).to.have.length(1000);
        expect(parts(element, 'card')[0] === first, 'the members drawn before are kept').to.equal(true);
      } finally {
        element.remove();
      }
    });

    it('builds each batch of a long roster in a task of its own, never in a frame callback (where it would add to that frame\'s long task)', async () => {
      const element = document.createElement('cn-member-roster');
      element.pageSize = 0;
      const cards = () => parts(element, 'card').length;
      // How many cards each frame built from its callbacks to its layout (a resize observer
      // reports after layout, in the same task): that work would add up to one task.
      const builtInFrames: number[] = [];
      const requestFrame = window.requestAnimationFrame.bind(window);
      sinon.stub(window, 'requestAnimationFrame').callsFake((callback) =>
        requestFrame((time) => {
          const before = cards();
          callback(time);
          const afterLayout = new ResizeObserver(() => {
            afterLayout.disconnect();
            builtInFrames.push(cards() - before);
          });
          afterLayout.observe(document.body);
        }),
      );
      element.data = feedOf(manyMembers(400));
      document.body.append(element);
      try {
        await settled(element);
        expect(cards()).to.equal(400);
        expect(builtInFrames.length).to.be.greaterThan(0);
        expect(builtInFrames.filter((built) => built > 0)).to.deep.equal([]);
      } finally {
        element.remove();
      }
    });

    it('keeps each member\'s node while it is filtered out, and sorts all of them by moving those nodes', async () => {
      // Without logos: one that fails would rightly rebuild its member with initials.
      const members = manyMembers(300).map(({ logo: _logo, ...member }) => member);
      const element = await roster(html`<cn-member-roster page-size="0" .data=${feedOf(members)}></cn-member-roster>`);
      const cardOf = (name: string) => parts(element, 'card').find((card) => text(card.querySelector('[part~="name"]')) === name);
      const before = parts(element, 'card');
      const hidden = cardOf('Norrljus 1')!;
      await type(element, 'fjäll');
      expect(parts(element, 'card').includes(hidden)).to.equal(false);
      element.clearFilters();
      await element.updateComplete;
      expect(cardOf('Norrljus 1')).to.equal(hidden);
      element.sort = 'joined';
      await element.updateComplete;
      const sorted = parts(element, 'card');
      expect(sorted).to.have.length(300);
      // The same 300 nodes, none built anew.
      expect(sorted.every((card) => before.includes(card))).to.equal(true);
      expect(sorted).not.to.deep.equal(before);
      const newest = members.map((member) => member.joined as string).sort().at(-1)!;
      const day = new Intl.DateTimeFormat('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(newest));
      expect(text(sorted[0].querySelector('[part~="joined"]'))).to.equal(`Medlem sedan ${day}`);
    });
  });

  describe('states', () => {
    it('shows a placeholder while loading that reserves the roster space', async () => {
      stubFetch(() => never());
      const loading = await fixture<MemberRoster>(html`<cn-member-roster src="https://feeds.example.org/slow.json"></cn-member-roster>`);
      const placeholder = part(loading, 'placeholder')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(loading.shadowRoot!.textContent).to.contain('Laddar');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(placeholder.getBoundingClientRect().height).to.equal(24 * rem);
      const list = await fixture<MemberRoster>(html`<cn-member-roster layout="list" src="https://feeds.example.org/slow.json"></cn-member-roster>`);
      expect(part(list, 'placeholder')!.getBoundingClientRect().height).to.equal(16 * rem);
    });

    it('shows a polite note when the feed cannot be had', async () => {
      const wrapper = await fixture<HTMLElement>(html`<story-feed-state .state=${{ status: 'error', error: new FeedError('http', 'the server answered 404 Not Found') }}>
        <cn-member-roster lang="en"></cn-member-roster>
      </story-feed-state>`);
      const element = wrapper.querySelector('cn-member-roster')!;
      await element.updateComplete;
      expect(text(part(element, 'message'))).to.equal('This information cannot be shown right now. Please try again later.');
      await expect(element).to.be.accessible();
    });

    it('shows the valid members of a partly broken feed, with a note, and reports the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      const errors: CustomEvent[] = [];
      const element = await roster(html`<cn-member-roster
        lang="en"
        .data=${feedOf([EXEMPEL, { id: 'nameless', city: 'Luleå' }, { ...PAHITTAT, url: 'not a link' }], { memberTarget: { value: -1 } })}
        @cn-error=${(event: CustomEvent) => errors.push(event)}
      ></cn-member-roster>`);
      expect(parts(element, 'card')).to.have.length(2);
      expect(text(part(element, 'notice'))).to.equal('Some details could not be shown.');
      expect(errors[0].detail.issues.map((issue: { path: string }) => issue.path)).to.include.members(['members[1].name', 'members[2].url']);
      expect(parts(element, 'card')[1].querySelector('a')).to.equal(null);
      expect(warn.called).to.equal(true);
    });

    it('shows a member whose id repeats an earlier one only once (validation drops it), with the note', async () => {
      sinon.stub(console, 'warn');
      const element = await roster(html`<cn-member-roster .data=${feedOf([EXEMPEL, { ...PAHITTAT, id: EXEMPEL.id }])}></cn-member-roster>`);
      expect(shownNames(element)).to.deep.equal(['Exempelbyrån Nord']);
      expect(part(element, 'notice')).not.to.equal(null);
    });

    it('gets its feed from a <cn-programme> provider, one request for all', async () => {
      const fetch = stubFetch(() => jsonResponse(feedOf(FICTIONAL_MEMBERS, { memberTarget: { value: 10 } })));
      const provider = await fixture<HTMLElement>(html`<cn-programme src="https://feeds.example.org/p.json">
        <cn-member-roster layout="logos"></cn-member-roster>
        <cn-member-roster show-target hide-filters></cn-member-roster>
      </cn-programme>`);
      const [wall, target] = provider.querySelectorAll('cn-member-roster');
      await settled(wall);
      await settled(target);
      expect(parts(wall, 'tile')).to.have.length(6);
      expect(part(target, 'meter')!.getAttribute('aria-valuenow')).to.equal('6');
      expect(fetch.callCount).to.equal(1);
    });
  });

  describe('language, safety and theming', () => {
    it('switches language with the nearest lang attribute, feed texts marked with their own', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="sv"><cn-member-roster .data=${feedOf([EXEMPEL, { ...PROVLJUD, summary: 'Bara på svenska' }])}></cn-member-roster></div>`);
      const element = wrapper.querySelector('cn-member-roster')!;
      await settled(element);
      expect(text(part(element, 'summary'))).to.equal('Påhittad kommunikationsbyrå, för exemplens skull');
      expect(text(part(element, 'count'))).to.equal('2 företag');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(text(part(element, 'summary'))).to.equal('A made-up communication agency, for the examples');
      expect(text(part(element, 'count'))).to.equal('2 companies');
      expect(chip(element, 'Communication')).to.exist;
      expect(parts(element, 'summary')[1].querySelector('[lang="sv"]')!.textContent).to.equal('Bara på svenska');
    });

    it('shows a sector code it has no name for as the feed wrote it', async () => {
      const element = await roster(html`<cn-member-roster .data=${feedOf([{ ...EXEMPEL, sectors: ['virtual-reality'] }, ANGSTROM])}></cn-member-roster>`);
      expect(chip(element, 'Virtual-reality')).to.exist;
      expect(text(part(element, 'sector'))).to.equal('Virtual-reality');
    });

    it('never turns feed text into markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const element = await roster(html`<cn-member-roster .data=${feedOf([{ id: 'x', name: hostile, summary: hostile, city: hostile, sectors: [hostile] }])}></cn-member-roster>`);
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(text(part(element, 'name'))).to.equal(hostile);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('follows a forced theme, painting its own background, and keeps logos on white in the dark', async () => {
      const element = await roster(html`<cn-member-roster theme="dark" .data=${feedOf([{ ...EXEMPEL, logo: placeholderLogo('square') }, TESTDESIGN])}></cn-member-roster>`);
      expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(29, 33, 37)');
      expect(getComputedStyle(part(element, 'card')!).backgroundColor).to.equal('rgb(29, 33, 37)');
      expect(getComputedStyle(part(element, 'logo-box')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(element, 'search')!).color).to.equal('rgb(238, 240, 242)');
      element.theme = 'light';
      await element.updateComplete;
      expect(getComputedStyle(part(element, 'card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(element, 'search')!).color).to.equal('rgb(29, 33, 37)');
      await expect(element).to.be.accessible();
    });

    it('runs under a strict Content Security Policy without a single violation', async () => {
      const probe = new URL('/test/member-roster/fixtures/csp-probe.ts', location.href).href;
      const frame = document.createElement('iframe');
      const report = new Promise<{ violations: string[]; barWidth: number; meterWidth: number }>((resolve) => {
        addEventListener('message', function listen(event) {
          if (event.data?.type !== 'csp-probe') return;
          removeEventListener('message', listen);
          resolve(event.data);
        });
      });
      frame.style.width = '800px';
      frame.srcdoc = `<!doctype html><html lang="sv"><head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'">
        <script type="module" src="${probe}"></script></head><body></body></html>`;
      document.body.append(frame);
      try {
        const { violations, barWidth, meterWidth } = await report;
        expect(violations).to.deep.equal([]);
        // The meter's bar still got its width (6 of 10), through the CSSOM.
        expect(barWidth / meterWidth).to.be.closeTo(0.6, 0.02);
      } finally {
        frame.remove();
      }
    });

    it('takes the host page look through custom properties and parts', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .themed {
            --cn-color-surface: rgb(1, 2, 3);
            --cn-member-roster-card-min-width: 30rem;
            --cn-member-roster-logo-width: 10rem;
            --cn-member-roster-logo-background: rgb(4, 5, 6);
            --cn-member-roster-meter-color: rgb(7, 8, 9);
            --cn-member-roster-meter-track: rgb(10, 11, 12);
            --cn-member-roster-chip-radius: 0px;
            --cn-member-roster-tile-min-width: 20rem;
          }
          .themed::part(name) { text-transform: uppercase; }
        </style>
        <cn-member-roster class="themed" show-target .data=${feedOf(FICTIONAL_MEMBERS, { memberTarget: { value: 10 } })}></cn-member-roster>
      </div>`);
      const element = wrapper.querySelector('cn-member-roster')!;
      await settled(element);
      expect(getComputedStyle(part(element, 'card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'logo-box')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part(element, 'meter-bar')!).backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(part(element, 'meter')!).backgroundColor).to.equal('rgb(10, 11, 12)');
      expect(getComputedStyle(part(element, 'chip')!).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(part(element, 'name')!).textTransform).to.equal('uppercase');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(part(element, 'logo-box')!.getBoundingClientRect().width).to.equal(10 * rem);
      expect(part(element, 'card')!.getBoundingClientRect().width).to.be.at.least(30 * rem - 0.5);
      element.layout = 'logos';
      await element.updateComplete;
      expect(part(element, 'tile')!.getBoundingClientRect().width).to.be.at.least(20 * rem - 0.5);
    });
  });
});
