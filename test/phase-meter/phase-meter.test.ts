import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/phase-meter/define.js';
import type { PhaseMeter } from '../../src/phase-meter/phase-meter.js';
import { jsonResponse, never, restore, sampleUrl, settled, stubFetch } from '../support/helpers.js';

const INSPIRE = { id: 'inspire', name: 'INSPIRE', start: '2016-01-01', end: '2016-12-31', target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 124, asOf: '2016-12-31' } };
const FUSE = { id: 'fuse', name: 'FUSE', start: '2017-01-01', end: '2017-12-31', target: { value: 50, unit: 'companies', deadline: '2017-12-31' }, actual: { value: 20, asOf: '2017-06-01' } };
const CREATE = { id: 'create', name: 'CREATE', start: '2018-01-01', end: '2018-07-31', target: { value: 15, unit: 'companies', deadline: '2018-07-31' } };
const feedOf = (...phases: unknown[]) => ({ version: 1, phases });

/** Intl's no-break spaces as plain spaces, runs of white space as one. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

function part(element: Element, name: string): HTMLElement | null {
  return (element.shadowRoot ?? element).querySelector(`[part~="${name}"]`);
}
function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot ?? element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}
const statusWords = (element: Element) => parts(element, 'status').map((status) => plain(status.querySelector('.status-words')!.textContent));

async function meter(template: ReturnType<typeof html>): Promise<PhaseMeter> {
  const element = await fixture<PhaseMeter>(template);
  await settled(element);
  return element;
}

describe('<cn-phase-meter>', () => {
  afterEach(restore);

  describe('full view', () => {
    it('shows the phases of a sample feed as a stepper, the current one marked, and passes axe', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" today="2017-06-15" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      const stepper = part(element, 'stepper')!;
      expect(stepper.localName).to.equal('ol');
      expect(stepper.getAttribute('aria-label')).to.equal('Faser');
      const steps = parts(element, 'phase');
      expect(steps.map((step) => plain(part(step, 'name')!.textContent))).to.deep.equal(['INSPIRE', 'FUSE', 'CREATE']);
      expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
      expect(parts(element, 'phase-current')).to.deep.equal([steps[1]]);
      expect(plain(part(steps[1], 'now')!.textContent)).to.equal('Pågår nu');
      expect(statusWords(element)).to.deep.equal(['Målet nått', 'Enligt plan', 'Inte påbörjad']);
      await expect(element).to.be.accessible();
    });

    it('gives each phase its target, actual with as-of date, dates and summary', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" today="2017-06-15" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      const inspire = parts(element, 'phase')[0];
      expect(plain(part(inspire, 'dates')!.textContent)).to.equal('1 januari–31 december 2016');
      expect(plain(part(inspire, 'figures')!.textContent)).to.equal('Mål: 120 företag senast 31 december 2016 Utfall: 124 företag per 31 december 2016');
      expect(part(inspire, 'summary')!.textContent).to.contain('Kompetensutveckling');
      const name = part(inspire, 'name')!;
      expect(name.getAttribute('role')).to.equal('heading');
      expect(name.getAttribute('aria-level')).to.equal('3');
    });

    it('makes each bar a meter with min, max, now and a value in words', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" today="2017-06-15" .data=${feedOf({ ...INSPIRE, actual: { value: 88, asOf: '2016-12-31' } }, FUSE)}></cn-phase-meter>`);
      const [inspire, fuse] = parts(element, 'bar-target');
      expect(inspire.getAttribute('role')).to.equal('meter');
      expect(inspire.getAttribute('aria-label')).to.equal('INSPIRE: utfall mot mål');
      expect([inspire.getAttribute('aria-valuemin'), inspire.getAttribute('aria-valuemax'), inspire.getAttribute('aria-valuenow')]).to.deep.equal(['0', '120', '88']);
      expect(plain(inspire.getAttribute('aria-valuetext'))).to.equal('88 av 120 företag, 73 %');
      expect(plain(fuse.getAttribute('aria-valuetext'))).to.equal('20 av 50 företag, 40 %');
      // The words beside the bar say the same, hidden from screen readers that hear the meter.
      const value = inspire.parentElement!.querySelector('[part~="value"]')!;
      expect(plain(value.textContent)).to.equal('88 av 120 företag, 73 %');
      expect(value.getAttribute('aria-hidden')).to.equal('true');
    });

    it('says it in English too', async () => {
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${feedOf({ ...INSPIRE, actual: { value: 87, asOf: '2016-12-31' } }, FUSE, CREATE)}></cn-phase-meter>`);
      expect(part(element, 'stepper')!.getAttribute('aria-label')).to.equal('Phases');
      const bar = part(element, 'bar-target')!;
      expect(bar.getAttribute('aria-label')).to.equal('INSPIRE: actual against target');
      expect(bar.getAttribute('aria-valuetext')).to.equal('87 of 120 companies, 72%');
      expect(statusWords(element)).to.deep.equal(['Ended short of the target', 'On track', 'Not started']);
      expect(plain(part(parts(element, 'phase')[1], 'status')!.textContent)).to.equal('On track 40% of the target with 41% of the time gone (June 1, 2017)');
      expect(plain(part(element, 'now')!.textContent)).to.equal('Current');
    });

    it('shows time elapsed in a phase as a progress bar', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" today="2017-06-15" .data=${feedOf(FUSE)}></cn-phase-meter>`);
      const time = part(element, 'bar-time')!;
      expect(time.getAttribute('role')).to.equal('progressbar');
      expect(time.getAttribute('aria-label')).to.equal('FUSE: tid som har gått');
      expect([time.getAttribute('aria-valuemin'), time.getAttribute('aria-valuemax'), time.getAttribute('aria-valuenow')]).to.deep.equal(['0', '100', '45']);
      expect(plain(time.getAttribute('aria-valuetext'))).to.equal('dag 166 av 365, 45 %');
    });

    it('caps a bar over its target visually while the words tell the true value', async () => {
      const over = { ...INSPIRE, actual: { value: 125, asOf: '2016-12-31' } };
      const element = await meter(html`<cn-phase-meter lang="en" today="2016-12-31" .data=${feedOf(over)}></cn-phase-meter>`);
      const bar = part(element, 'bar-target')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal('120');
      expect(bar.getAttribute('aria-valuemax')).to.equal('120');
      expect(bar.getAttribute('aria-valuetext')).to.equal('125 of 120 companies, 104%');
      const fill = part(bar, 'fill')!;
      await Promise.all(fill.getAnimations().map((animation) => animation.finish()));
      expect(fill.getBoundingClientRect().width).to.be.closeTo(bar.getBoundingClientRect().width, 0.5);
      expect(statusWords(element)).to.deep.equal(['Target reached']);
    });

    it('fills a bar in proportion to the actual', async () => {
      const element = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(FUSE)}></cn-phase-meter>`);
      const bar = part(element, 'bar-target')!;
      const fill = part(bar, 'fill')!;
      await Promise.all(fill.getAnimations().map((animation) => animation.finish()));
      expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(0.4, 0.01);
    });

    it('shows no meter for a missing actual, and says none was reported', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" today="2017-06-15" .data=${feedOf({ ...FUSE, actual: undefined })}></cn-phase-meter>`);
      expect(element.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
      const empty = part(element, 'bar-empty')!;
      expect(empty.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(plain(part(element, 'figures')!.textContent)).to.contain('Utfall: inget rapporterat ännu');
      expect(statusWords(element)).to.deep.equal(['Inget utfall rapporterat']);
      await expect(element).to.be.accessible();
    });

    it('says when a target has no deadline to measure the pace against', async () => {
      const open = { id: 'open', name: 'Open', start: '2017-01-01', target: { value: 18, unit: 'members' }, actual: { value: 12 } };
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${feedOf(open)}></cn-phase-meter>`);
      expect(statusWords(element)).to.deep.equal(['No deadline to measure the pace against']);
      expect(part(element, 'bar-target')!.getAttribute('aria-valuetext')).to.equal('12 of 18 members, 66%');
      expect(plain(part(element, 'figures')!.textContent)).to.equal('Target: 18 members Actual: 12 members');
      expect(plain(part(element, 'dates')!.textContent)).to.equal('from January 1, 2017');
    });

    it('never measures a zero target: no meter, a time bar and a status by time', async () => {
      const zero = { id: 'zero', name: 'Pre-study', start: '2017-01-01', end: '2017-12-31', target: { value: 0, unit: 'companies' }, actual: { value: 2 } };
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${feedOf(zero)}></cn-phase-meter>`);
      expect(element.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
      expect(part(element, 'bar-time')!.getAttribute('role')).to.equal('progressbar');
      expect(plain(part(element, 'figures')!.textContent)).to.equal('Target: 0 companies Actual: 2 companies');
      expect(statusWords(element)).to.deep.equal(['In progress']);
      await expect(element).to.be.accessible();
    });

    it('marks every phase running today when phases overlap', async () => {
      const labs = { id: 'labs', name: 'Labs', start: '2017-01-01', end: '2017-09-30' };
      const pitch = { id: 'pitch', name: 'Pitch', start: '2017-05-01', end: '2017-12-31' };
      const element = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(labs, pitch)}></cn-phase-meter>`);
      expect(parts(element, 'phase').map((step) => step.getAttribute('aria-current'))).to.deep.equal(['step', 'step']);
      expect(parts(element, 'now')).to.have.length(2);
      element.today = '2017-10-01';
      await element.updateComplete;
      expect(parts(element, 'phase').map((step) => step.getAttribute('aria-current'))).to.deep.equal([null, 'step']);
      await expect(element).to.be.accessible();
    });

    it('marks no phase before, between or after the phases', async () => {
      const element = await meter(html`<cn-phase-meter today="2015-06-01" .data=${feedOf(INSPIRE, CREATE)}></cn-phase-meter>`);
      expect(element.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      element.today = '2017-06-15';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      element.today = '2030-01-01';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[aria-current]')).to.equal(null);
      expect(statusWords(element)).to.deep.equal(['Målet nått', 'Inget utfall rapporterat']);
    });

    it('judges dates in the past and the future', async () => {
      const element = await meter(html`<cn-phase-meter lang="en" today="2015-06-01" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      expect(statusWords(element)).to.deep.equal(['Not started', 'Not started', 'Not started']);
      element.today = '2030-01-01';
      await element.updateComplete;
      expect(statusWords(element)).to.deep.equal(['Target reached', 'Ended short of the target', 'Target reached']);
    });

    it('shows LOKET\'s two work packages: no targets, both current, time bars', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" today="2021-09-15" src=${sampleUrl('loket')}></cn-phase-meter>`);
      const steps = parts(element, 'phase');
      expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal(['step', 'step']);
      expect(part(element, 'figures')).to.equal(null);
      expect(statusWords(element)).to.deep.equal(['Pågår', 'Pågår']);
      expect(parts(element, 'bar-time').map((bar) => plain(bar.getAttribute('aria-valuetext')))).to.deep.equal([
        'dag 564 av 1 156, 48 %',
        'dag 564 av 1 156, 48 %',
        'dag 564 av 1 156, 48 %',
      ]);
      expect(plain(part(element, 'budget')!.textContent)).to.equal('Budget: 6 805 550 kr');
      await expect(element).to.be.accessible();
    });

    it('follows heading-level, and shows one phase alone with phase=', async () => {
      const element = await meter(html`<cn-phase-meter heading-level="2" phase="fuse" today="2017-06-15" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(part(element, 'stepper')).to.equal(null);
      expect(parts(element, 'phase')).to.have.length(1);
      expect(part(element, 'name')!.textContent).to.equal('FUSE');
      expect(part(element, 'name')!.getAttribute('aria-level')).to.equal('2');
      expect(part(element, 'period')).to.equal(null);
    });

    it('numbers the steps of the stepper, but not a phase shown alone', async () => {
      const all = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(parts(all, 'marker').map((marker) => marker.textContent)).to.deep.equal(['1', '2']);
      expect(parts(all, 'marker').every((marker) => marker.getAttribute('aria-hidden') === 'true')).to.equal(true);
      const alone = await meter(html`<cn-phase-meter phase="fuse" today="2017-06-15" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(part(alone, 'marker')).to.equal(null);
      // No room kept for a number it does not have.
      expect(getComputedStyle(part(alone, 'phase')!).paddingInlineStart).to.equal('0px');
    });

    it('shows the member target (Creative North: 12 of 18 companies)', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" src=${sampleUrl('creative-north')}></cn-phase-meter>`);
      expect(part(element, 'message')).to.equal(null);
      const members = part(element, 'members')!;
      expect(plain(part(members, 'name')!.textContent)).to.equal('Medlemmar');
      expect(plain(part(members, 'bar-target')!.getAttribute('aria-valuetext'))).to.equal('12 av 18 företag, 66 %');
      expect(plain(part(members, 'figures')!.textContent)).to.equal('Mål: 18 företag Utfall: 12 företag per 23 november 2026');
      expect(statusWords(element)).to.deep.equal(['Inget slutdatum att mäta takten mot']);
      await expect(element).to.be.accessible();
    });
  });

  describe('today and time zone', () => {
    it('takes today in Stockholm, never the machine zone, unless told another zone', async () => {
      // 23:30 UTC on New Year's Eve is already 2017 in Stockholm.
      sinon.useFakeTimers({ now: Date.UTC(2016, 11, 31, 23, 30), toFake: ['Date'] });
      const stockholm = await meter(html`<cn-phase-meter .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(stockholm.referenceDate).to.equal('2017-01-01');
      expect(parts(stockholm, 'phase').map((step) => step.getAttribute('aria-current'))).to.deep.equal([null, 'step']);
      const london = await meter(html`<cn-phase-meter time-zone="Europe/London" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(london.referenceDate).to.equal('2016-12-31');
      expect(parts(london, 'phase').map((step) => step.getAttribute('aria-current'))).to.deep.equal(['step', null]);
    });

    it('warns about a today or time-zone it cannot read, and carries on', async () => {
      const warn = sinon.stub(console, 'warn');
      sinon.useFakeTimers({ now: Date.UTC(2017, 5, 15, 12), toFake: ['Date'] });
      const element = await meter(html`<cn-phase-meter today="15/6/2017" time-zone="Mars/Olympus" .data=${feedOf(FUSE)}></cn-phase-meter>`);
      expect(element.referenceDate).to.equal('2017-06-15');
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages.some((message) => message.includes('today="15/6/2017" is not a date such as 2017-06-15'))).to.equal(true);
      expect(messages.some((message) => message.includes('time-zone="Mars/Olympus" is not a time zone'))).to.equal(true);
      const count = warn.callCount;
      element.requestUpdate();
      await element.updateComplete;
      expect(warn.callCount).to.equal(count, 'each problem is reported once');
    });

    it('takes another tolerance', async () => {
      // 16 May 2017: 136 of 365 days (37 %); 14 of 50 is 28 %: on track within 10 points, behind within 5.
      const fuse = { ...FUSE, actual: { value: 14, asOf: '2017-05-16' } };
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-05-16" .data=${feedOf(fuse)}></cn-phase-meter>`);
      expect(statusWords(element)).to.deep.equal(['On track']);
      element.tolerance = 5;
      await element.updateComplete;
      expect(statusWords(element)).to.deep.equal(['Behind']);
    });
  });

  describe('compact view', () => {
    it('shows one line per phase in an ordered list, the current one marked', async () => {
      const element = await meter(html`<cn-phase-meter view="compact" lang="sv" today="2017-06-15" .data=${feedOf(INSPIRE, FUSE, CREATE)}></cn-phase-meter>`);
      const list = part(element, 'compact')!;
      expect(list.localName).to.equal('ol');
      const lines = parts(element, 'line');
      expect(lines.map((line) => line.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
      expect(statusWords(element)).to.deep.equal(['Målet nått', 'Enligt plan', 'Inte påbörjad']);
      expect(parts(element, 'bar-target').map((bar) => plain(bar.getAttribute('aria-valuetext')))).to.deep.equal(['124 av 120 företag, 103 %', '20 av 50 företag, 40 %']);
      // No headings, no stepper, no period in a compact line.
      expect(element.shadowRoot!.querySelector('[role="heading"], [part~="stepper"], [part~="period"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('lays its lines out in columns with the styles that load with it', async () => {
      const element = await meter(html`<cn-phase-meter view="compact" today="2017-06-15" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      const [first] = parts(element, 'line');
      expect(getComputedStyle(first).display).to.equal('grid');
      // The bar's own label is left out: the line's name says which phase it is.
      expect(getComputedStyle(first.querySelector('.bar-label')!).display).to.equal('none');
      const alone = await meter(html`<cn-phase-meter view="compact" phase="fuse" today="2017-06-15" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(getComputedStyle(part(alone, 'line')!).display).to.equal('grid');
    });

    it('shows one phase only with phase="fuse"', async () => {
      const element = await meter(html`<cn-phase-meter view="compact" phase="fuse" today="2017-06-15" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(part(element, 'compact')).to.equal(null);
      const lines = parts(element, 'line');
      expect(lines).to.have.length(1);
      expect(plain(part(lines[0], 'name')!.textContent)).to.equal('FUSE');
      await expect(element).to.be.accessible();
    });

    it('says so, and tells the webmaster, when the phase asked for is not there', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await meter(html`<cn-phase-meter lang="en" view="compact" phase="nope" .data=${feedOf(INSPIRE, FUSE)}></cn-phase-meter>`);
      expect(part(element, 'message')!.textContent).to.equal('This phase is no longer listed.');
      expect(warn.firstCall.args[0]).to.contain('phase="nope" is not in the feed; its phases are: inspire, fuse');
    });

    it('says each unit with its plural in both languages', async () => {
      const phase = (id: string, unit: string, target: number, actual: number) => ({ id, name: id, start: '2017-01-01', end: '2017-12-31', target: { value: target, unit }, actual: { value: actual } });
      const data = feedOf(
        phase('participants', 'participants', 200, 1),
        phase('events', 'events', 1, 1),
        phase('members', 'members', 18, 1),
        phase('member', 'members', 1, 0),
        phase('percent', 'percent', 40, 35),
        phase('other', 'other', 12, 5),
      );
      const texts = (element: PhaseMeter) => parts(element, 'bar-target').map((bar) => plain(bar.getAttribute('aria-valuetext')));
      const sv = await meter(html`<cn-phase-meter lang="sv" view="compact" today="2017-06-15" .data=${data}></cn-phase-meter>`);
      expect(texts(sv)).to.deep.equal(['1 av 200 deltagare, 0 %', '1 av 1 evenemang, 100 %', '1 av 18 medlemmar, 5 %', '0 av 1 medlem, 0 %', '35 % mot målet 40 %, 87 %', '5 av 12, 41 %']);
      const en = await meter(html`<cn-phase-meter lang="en" view="compact" today="2017-06-15" .data=${data}></cn-phase-meter>`);
      expect(texts(en)).to.deep.equal(['1 of 200 participants, 0%', '1 of 1 event, 100%', '1 of 18 members, 5%', '0 of 1 member, 0%', '35% against a target of 40%, 87%', '5 of 12, 41%']);
    });
  });

  describe('funnel view', () => {
    it('shows how many went on from phase to phase, from the actuals: 124 → 46 → 15', async () => {
      const element = await meter(html`<cn-phase-meter view="funnel" lang="sv" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      const funnel = part(element, 'funnel')!;
      expect(funnel.localName).to.equal('ol');
      expect(funnel.getAttribute('aria-label')).to.equal('Från fas till fas');
      expect(parts(element, 'step').map((step) => plain(part(step, 'value')!.textContent))).to.deep.equal(['124 företag (utfall)', '46 företag (utfall)', '15 företag (utfall)']);
      expect(parts(element, 'conversion').map((conversion) => plain(conversion.textContent))).to.deep.equal(['37 % gick vidare från INSPIRE', '32 % gick vidare från FUSE']);
      const bars = parts(element, 'bar-funnel');
      expect(bars.map((bar) => [bar.getAttribute('role'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuenow')])).to.deep.equal([
        ['meter', '124', '124'],
        ['meter', '124', '46'],
        ['meter', '124', '15'],
      ]);
      expect(plain(bars[1].getAttribute('aria-valuetext'))).to.equal('46 företag (utfall), 37 % av första steget');
      await expect(element).to.be.accessible();
    });

    it('uses the targets where there are no actuals: 120 → 50 → 15', async () => {
      const targets = [INSPIRE, FUSE, CREATE].map((phase) => ({ ...phase, actual: undefined }));
      const element = await meter(html`<cn-phase-meter view="funnel" lang="en" .data=${feedOf(...targets)}></cn-phase-meter>`);
      expect(parts(element, 'step').map((step) => plain(part(step, 'value')!.textContent))).to.deep.equal(['120 companies (target)', '50 companies (target)', '15 companies (target)']);
      expect(parts(element, 'conversion').map((conversion) => plain(conversion.textContent))).to.deep.equal(['41% went on from INSPIRE', '30% went on from FUSE']);
    });

    it('says so when no phase has a number', async () => {
      const element = await meter(html`<cn-phase-meter view="funnel" lang="en" src=${sampleUrl('loket')}></cn-phase-meter>`);
      expect(part(element, 'message')!.textContent).to.equal('There are no targets or results to show.');
    });
  });

  describe('programme period', () => {
    it('shows the time elapsed of the period and the budget in Swedish', async () => {
      const element = await meter(html`<cn-phase-meter view="period" lang="sv" today="2016-12-31" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      const bar = part(element, 'bar-time')!;
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-label')).to.equal('Tid som har gått av programperioden');
      expect(bar.getAttribute('aria-valuenow')).to.equal('33');
      expect(plain(bar.getAttribute('aria-valuetext'))).to.equal('dag 366 av 1 096, 33 %');
      expect(plain(part(element, 'period')!.textContent)).to.contain('Programperiod: 1 januari 2016–31 december 2018');
      expect(plain(part(element, 'budget')!.textContent)).to.equal('Budget: 7 400 000 kr');
      expect(part(element, 'stepper')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('and in English, before and after the period', async () => {
      const element = await meter(html`<cn-phase-meter view="period" lang="en" today="2015-01-01" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      expect(plain(part(element, 'budget')!.textContent)).to.equal('Budget: SEK 7,400,000');
      expect(part(element, 'bar-time')!.getAttribute('aria-valuetext')).to.equal('day 0 of 1,096, 0%');
      element.today = '2030-01-01';
      await element.updateComplete;
      expect(part(element, 'bar-time')!.getAttribute('aria-valuetext')).to.equal('day 1,096 of 1,096, 100%');
    });

    it('leads the full view, and says so when the feed has no period', async () => {
      const full = await meter(html`<cn-phase-meter today="2017-06-15" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      expect(part(full, 'base')!.firstElementChild).to.equal(part(full, 'period'));
      const none = await meter(html`<cn-phase-meter view="period" lang="en" .data=${feedOf(INSPIRE)}></cn-phase-meter>`);
      expect(part(none, 'message')!.textContent).to.equal('The programme period is not in the information.');
      const openEnded = await meter(html`<cn-phase-meter view="period" lang="en" .data=${{ version: 1, programme: { id: 'x', name: 'X', period: { start: '2021-01-01' } } }}></cn-phase-meter>`);
      expect(plain(part(openEnded, 'period')!.textContent)).to.equal('Programme period: from January 1, 2021');
      expect(part(openEnded, 'bar-time')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows a placeholder while loading that keeps about the space of each view', async () => {
      stubFetch(() => never());
      const full = await fixture<PhaseMeter>(html`<cn-phase-meter src="https://feeds.example.org/slow.json"></cn-phase-meter>`);
      expect(part(full, 'placeholder')!.getAttribute('aria-hidden')).to.equal('true');
      expect(full.shadowRoot!.textContent).to.contain('Laddar');
      const compact = await fixture<PhaseMeter>(html`<cn-phase-meter view="compact" src="https://feeds.example.org/slow.json"></cn-phase-meter>`);
      const themed = await fixture<PhaseMeter>(html`<cn-phase-meter style="--cn-phase-meter-placeholder-height: 100px" src="https://feeds.example.org/slow.json"></cn-phase-meter>`);
      const height = (element: PhaseMeter) => part(element, 'placeholder')!.getBoundingClientRect().height;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(height(full)).to.equal(30 * rem);
      expect(height(compact)).to.equal(8 * rem);
      expect(height(themed)).to.equal(100);
    });

    it('says so politely when the feed has no phases', async () => {
      const element = await meter(html`<cn-phase-meter lang="sv" .data=${{ version: 1, contacts: [] }}></cn-phase-meter>`);
      expect(part(element, 'message')!.textContent).to.equal('Det finns inga faser att visa.');
      expect(part(element, 'base')).to.equal(null);
      await expect(element).to.be.accessible();
      const compact = await meter(html`<cn-phase-meter lang="en" view="compact" .data=${feedOf()}></cn-phase-meter>`);
      expect(part(compact, 'message')!.textContent).to.equal('There are no phases to show.');
      const funnel = await meter(html`<cn-phase-meter lang="en" view="funnel" .data=${feedOf()}></cn-phase-meter>`);
      expect(part(funnel, 'message')!.textContent).to.equal('There are no phases to show.');
    });

    it('shows a polite error when the feed cannot be had', async () => {
      stubFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
      sinon.stub(console, 'error');
      const element = await meter(html`<cn-phase-meter lang="en" src="https://feeds.example.org/gone.json"></cn-phase-meter>`);
      expect(part(element, 'message')!.textContent).to.equal('This information cannot be shown right now. Please try again later.');
      await expect(element).to.be.accessible();
    });

    it('shows the valid phases of a partly broken feed, with a note', async () => {
      sinon.stub(console, 'warn');
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${feedOf(INSPIRE, { id: 'nameless' }, { ...FUSE, target: { ...FUSE.target, deadline: 'end of 2017' } })}></cn-phase-meter>`);
      expect(parts(element, 'phase').map((step) => plain(part(step, 'name')!.textContent))).to.deep.equal(['INSPIRE', 'FUSE']);
      expect(plain(part(element, 'notice')!.textContent)).to.equal('Some details could not be shown.');
      await expect(element).to.be.accessible();
    });

    it('notes only problems in what the view shows (the member count is the member target\'s actual)', async () => {
      sinon.stub(console, 'warn');
      const data = {
        version: 1,
        programme: { id: 'x', name: 'X', url: 'javascript:alert(1)' },
        phases: [INSPIRE, FUSE],
        memberTarget: { value: 18, unit: 'companies' },
        members: [{ id: 'a', name: 'Oh my' }, { id: 'nameless' }],
      };
      const funnel = await meter(html`<cn-phase-meter lang="en" view="funnel" .data=${data}></cn-phase-meter>`);
      expect(part(funnel, 'notice')).to.equal(null);
      const full = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${data}></cn-phase-meter>`);
      expect(plain(part(full, 'notice')!.textContent)).to.equal('Some details could not be shown.');
      expect(part(part(full, 'members')!, 'bar-target')!.getAttribute('aria-valuetext')).to.equal('1 of 18 companies, 5%');
      const { memberTarget: _unused, ...withoutTarget } = data;
      const noTarget = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${{ ...withoutTarget, programme: { id: 'x', name: 'X' } }}></cn-phase-meter>`);
      expect(part(noTarget, 'notice')).to.equal(null);
    });

    it('warns about a view it does not know and shows the full view', async () => {
      const warn = sinon.stub(console, 'warn');
      const element = await meter(html`<cn-phase-meter view="chart" today="2017-06-15" .data=${feedOf(INSPIRE)}></cn-phase-meter>`);
      expect(part(element, 'stepper')).to.not.equal(null);
      expect(warn.firstCall.args[0]).to.contain('view="chart" is not one of full, compact, funnel, period');
    });

    it('never turns feed text into markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const element = await meter(html`<cn-phase-meter view="funnel" .data=${feedOf({ ...INSPIRE, name: hostile }, { ...FUSE, name: hostile, summary: hostile })}></cn-phase-meter>`);
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(part(element, 'conversion')!.textContent).to.contain(hostile);
      element.view = 'full';
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(part(element, 'summary')!.textContent).to.equal(hostile);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('switches language with the nearest lang attribute', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="sv"><cn-phase-meter today="2017-06-15" .data=${feedOf(INSPIRE)}></cn-phase-meter></div>`);
      const element = wrapper.querySelector('cn-phase-meter')!;
      await settled(element);
      expect(statusWords(element)).to.deep.equal(['Målet nått']);
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(statusWords(element)).to.deep.equal(['Target reached']);
    });

    it('gets its feed from a <cn-programme> provider, one request for all', async () => {
      const fetch = stubFetch(() => jsonResponse(feedOf(INSPIRE, FUSE)));
      const provider = await fixture<HTMLElement>(html`<cn-programme src="https://feeds.example.org/p.json">
        <cn-phase-meter view="compact" today="2017-06-15"></cn-phase-meter>
        <cn-phase-meter view="funnel"></cn-phase-meter>
      </cn-programme>`);
      const [compact, funnel] = provider.querySelectorAll('cn-phase-meter');
      await settled(compact);
      await settled(funnel);
      expect(parts(compact, 'line')).to.have.length(2);
      expect(parts(funnel, 'step')).to.have.length(2);
      expect(fetch.callCount).to.equal(1);
    });
  });

  describe('many phases', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `phase-${index + 1}`,
        name: `Fas ${index + 1}`,
        start: '2017-01-01',
        end: '2017-12-31',
        target: { value: 20, unit: 'companies' },
        actual: { value: index % 25 },
      }));

    it('draws a long list a slice at a time, and updateComplete waits for the last slice', async () => {
      const element = document.createElement('cn-phase-meter') as PhaseMeter;
      element.today = '2017-06-15';
      element.data = feedOf(...many(95));
      const drawn: number[] = [];
      document.body.append(element);
      new MutationObserver(() => drawn.push(parts(element, 'phase').length)).observe(element.shadowRoot!, { childList: true, subtree: true });
      try {
        await settled(element);
        expect(parts(element, 'phase').map((step) => part(step, 'marker')!.textContent).at(-1)).to.equal('95');
        expect(drawn.at(-1)).to.equal(95);
        expect(drawn[0]).to.be.below(95, 'the first render draws one slice');
        expect(drawn).to.deep.equal([...drawn].sort((a, b) => a - b), 'a list only grows');
      } finally {
        element.remove();
      }
    });

    it('keeps every drawn step when it renders again', async () => {
      const element = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(...many(95))}></cn-phase-meter>`);
      const stepper = part(element, 'stepper')!;
      let removed = 0;
      new MutationObserver((records) => records.forEach((record) => (removed += record.removedNodes.length))).observe(stepper, { childList: true });
      element.tolerance = 5;
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(removed).to.equal(0);
      expect(parts(element, 'phase')).to.have.length(95);
    });

    it('lays out the steps of a long list only near the viewport, and of a short one always', async () => {
      const long = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(...many(60))}></cn-phase-meter>`);
      expect(getComputedStyle(parts(long, 'phase')[59]).contentVisibility).to.equal('auto');
      const compact = await meter(html`<cn-phase-meter view="compact" today="2017-06-15" .data=${feedOf(...many(60))}></cn-phase-meter>`);
      expect(getComputedStyle(parts(compact, 'line')[0]).contentVisibility).to.equal('auto');
      const short = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(...many(5))}></cn-phase-meter>`);
      expect(getComputedStyle(parts(short, 'phase')[4]).contentVisibility).to.equal('visible');
    });
  });

  describe('status never by colour alone', () => {
    /** One phase in each status, in this order, on 2017-06-15. */
    const EVERY_STATUS = [
      { ...INSPIRE, id: 'reached' },
      { ...FUSE, id: 'on-track' },
      { ...FUSE, id: 'behind', actual: { value: 5, asOf: '2017-06-01' } },
      { ...INSPIRE, id: 'ended-short', actual: { value: 80, asOf: '2016-12-31' } },
      { ...CREATE, id: 'not-started' },
    ];

    it('gives every status its own words and icon shape, and patterns on the bars that need attention', async () => {
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${feedOf(...EVERY_STATUS)}></cn-phase-meter>`);
      expect(statusWords(element)).to.deep.equal(['Target reached', 'On track', 'Behind', 'Ended short of the target', 'Not started']);
      const icons = parts(element, 'status-icon');
      expect(icons.every((icon) => icon.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(new Set(icons.map((icon) => icon.innerHTML)).size).to.equal(5);
      const fills = parts(element, 'bar-target').map((bar) => getComputedStyle(part(bar, 'fill')!).backgroundImage);
      expect(fills[0]).to.equal('none');
      expect(fills[1]).to.equal('none');
      expect(fills[2]).to.contain('repeating-linear-gradient');
      expect(fills[3]).to.contain('repeating-linear-gradient');
      expect(fills[2]).to.not.equal(fills[3]);
      await expect(element).to.be.accessible();
    });

    it('draws each status icon from a symbol of its own shape', async () => {
      const phases = [
        ...EVERY_STATUS,
        { ...FUSE, id: 'no-actual', actual: undefined },
        { id: 'no-deadline', name: 'No deadline', start: '2017-01-01', target: { value: 18 }, actual: { value: 12 } },
        { id: 'no-start', name: 'No start', end: '2017-12-31', target: { value: 50, deadline: '2017-12-31' }, actual: { value: 20 } },
        { id: 'running', name: 'Running', start: '2017-01-01', end: '2017-12-31' },
        { id: 'ended', name: 'Ended', start: '2016-01-01', end: '2016-06-30' },
        { id: 'no-target', name: 'Undated' },
      ];
      const element = await meter(html`<cn-phase-meter lang="en" today="2017-06-15" .data=${feedOf(...phases)}></cn-phase-meter>`);
      const shapes = parts(element, 'phase').map((step) => {
        const href = part(step, 'status-icon')!.querySelector('use')!.getAttribute('href')!;
        const symbol = element.shadowRoot!.querySelector(href)!;
        expect(symbol.localName, href).to.equal('symbol');
        expect(symbol.childElementCount, href).to.be.greaterThan(0);
        return [href, symbol.innerHTML];
      });
      expect(shapes.map(([href]) => href)).to.deep.equal(phases.map((phase) => `#${phase.id}`));
      // Two statuses share the clock (no time frame); every other shape is its own.
      expect(new Set(shapes.map(([, drawing]) => drawing)).size).to.equal(10);
    });
  });

  describe('looks', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('animates the bars only when the visitor has not asked for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(FUSE)}></cn-phase-meter>`);
      expect(getComputedStyle(part(still, 'fill')!).animationName).to.equal('none');
      expect(getComputedStyle(part(still, 'fill')!).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await meter(html`<cn-phase-meter today="2017-06-15" .data=${feedOf(FUSE)}></cn-phase-meter>`);
      expect(getComputedStyle(part(moving, 'fill')!).animationName).to.equal('cn-phase-meter-grow');
    });

    it('follows the page colour scheme, or a forced theme', async () => {
      const element = await meter(html`<cn-phase-meter theme="dark" today="2017-06-15" .data=${feedOf(INSPIRE)}></cn-phase-meter>`);
      const fill = () => getComputedStyle(part(part(element, 'bar-target')!, 'fill')!).backgroundColor;
      expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(29, 33, 37)');
      expect(fill()).to.equal('rgb(127, 216, 138)');
      element.theme = 'light';
      await element.updateComplete;
      expect(getComputedStyle(part(element, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(fill()).to.equal('rgb(46, 107, 48)');
    });

    it('takes the host page look through custom properties and parts', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .themed {
            --cn-phase-meter-bar-height: 20px;
            --cn-phase-meter-track-color: rgb(1, 2, 3);
            --cn-phase-meter-color-reached: rgb(4, 5, 6);
            --cn-phase-meter-color-behind: rgb(7, 8, 9);
          }
          .themed::part(name) { text-transform: uppercase; }
        </style>
        <cn-phase-meter class="themed" today="2017-06-15" .data=${feedOf(INSPIRE, { ...FUSE, actual: { value: 1, asOf: '2017-06-01' } })}></cn-phase-meter>
      </div>`);
      const element = wrapper.querySelector('cn-phase-meter')!;
      await settled(element);
      const [reached, behind] = parts(element, 'bar-target');
      expect(reached.getBoundingClientRect().height).to.equal(20);
      expect(getComputedStyle(reached).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(reached, 'fill')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(part(behind, 'fill')!).backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(part(element, 'name')!).textTransform).to.equal('uppercase');
    });
  });
});
