import { expect } from '@open-wc/testing';
import { funnelStrings } from '../../src/phase-meter/funnel-strings.js';
import { PhaseFormat } from '../../src/phase-meter/phase-format.js';
import { phaseMeterStrings } from '../../src/phase-meter/strings.js';
import { expectCompleteTranslations } from '../support/translations.js';

/** Intl puts no-break spaces in numbers ("7 400 000 kr"); compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const sv = new PhaseFormat('sv', phaseMeterStrings.sv);
const en = new PhaseFormat('en', phaseMeterStrings.en);

describe('phase meter words', () => {
  it('has every string in Swedish and English', () => {
    expectCompleteTranslations(phaseMeterStrings);
    expectCompleteTranslations(funnelStrings);
  });

  it('says a meter value in words: "87 av 120 företag, 73 %"', () => {
    expect(plain(sv.progress(87, 120, 'companies'))).to.equal('87 av 120 företag, 72 %');
    expect(plain(en.progress(87, 120, 'companies'))).to.equal('87 of 120 companies, 72%');
    expect(plain(sv.progress(88, 120, 'companies'))).to.equal('88 av 120 företag, 73 %');
  });

  it('shows the true value over the target: "125 of 120 companies, 104%"', () => {
    expect(plain(en.progress(125, 120, 'companies'))).to.equal('125 of 120 companies, 104%');
    expect(plain(sv.progress(124, 120, 'companies'))).to.equal('124 av 120 företag, 103 %');
  });

  it('never rounds up to 100 % before the target is reached', () => {
    expect(plain(en.percent(119.6 / 120))).to.equal('99%');
    expect(plain(en.percent(1))).to.equal('100%');
    expect(plain(en.percent(1.004))).to.equal('100%');
  });

  it('uses the right plural for each unit in both languages', () => {
    const quantities = (format: PhaseFormat, value: number) =>
      (['companies', 'participants', 'events', 'members', 'percent', 'other', undefined] as const).map((unit) => plain(format.quantity(value, unit)));
    expect(quantities(sv, 1)).to.deep.equal(['1 företag', '1 deltagare', '1 evenemang', '1 medlem', '1 %', '1', '1']);
    expect(quantities(sv, 18)).to.deep.equal(['18 företag', '18 deltagare', '18 evenemang', '18 medlemmar', '18 %', '18', '18']);
    expect(quantities(en, 1)).to.deep.equal(['1 company', '1 participant', '1 event', '1 member', '1%', '1', '1']);
    expect(quantities(en, 18)).to.deep.equal(['18 companies', '18 participants', '18 events', '18 members', '18%', '18', '18']);
    expect(quantities(en, 0)[0]).to.equal('0 companies');
    expect(plain(en.quantity(1200, 'participants'))).to.equal('1,200 participants');
    expect(plain(sv.quantity(1200, 'participants'))).to.equal('1 200 deltagare');
  });

  it('agrees the noun with the target: "0 of 1 member"', () => {
    expect(en.progress(0, 1, 'members')).to.equal('0 of 1 member, 0%');
    expect(plain(sv.progress(1, 18, 'members'))).to.equal('1 av 18 medlemmar, 5 %');
    expect(plain(sv.progress(5, 12, 'other'))).to.equal('5 av 12, 41 %');
  });

  it('says percentage targets as such', () => {
    expect(plain(sv.progress(35, 40, 'percent'))).to.equal('35 % mot målet 40 %, 87 %');
    expect(en.progress(35, 40, 'percent')).to.equal('35% against a target of 40%, 87%');
  });

  it('formats calendar dates as written, in any language', () => {
    expect(sv.date('2016-12-31')).to.equal('31 december 2016');
    expect(en.date('2016-12-31')).to.equal('December 31, 2016');
    expect(new PhaseFormat('en-GB', phaseMeterStrings.en).date('2016-12-31')).to.equal('31 December 2016');
    expect(plain(sv.range('2016-01-01', '2016-12-31'))).to.equal('1 januari–31 december 2016');
    expect(plain(sv.range('2016-01-01', '2018-12-31'))).to.equal('1 januari 2016–31 december 2018');
    expect(sv.range('2016-01-01', '2016-01-01')).to.equal('1 januari 2016');
  });

  it('formats the budget in the page language: "7 400 000 kr" / "SEK 7,400,000"', () => {
    expect(plain(sv.money(7_400_000, 'SEK'))).to.equal('7 400 000 kr');
    expect(plain(en.money(7_400_000, 'SEK'))).to.equal('SEK 7,400,000');
    expect(plain(sv.money(6_805_550, 'SEK'))).to.equal('6 805 550 kr');
  });

  it('says days of a period', () => {
    expect(plain(sv.days(366, 1096))).to.equal('dag 366 av 1 096, 33 %');
    expect(en.days(1096, 1096)).to.equal('day 1,096 of 1,096, 100%');
  });

  it('is made once per locale and language, and shared by every meter', () => {
    const shared = PhaseFormat.for('sv', phaseMeterStrings.sv);
    expect(PhaseFormat.for('sv', phaseMeterStrings.sv)).to.equal(shared);
    expect(PhaseFormat.for('sv-FI', phaseMeterStrings.sv)).to.not.equal(shared);
    expect(PhaseFormat.for('sv', phaseMeterStrings.en).strings).to.equal(phaseMeterStrings.en);
    // A date asked for again is the same words.
    expect(shared.range('2016-01-01', '2016-12-31')).to.equal(shared.range('2016-01-01', '2016-12-31'));
  });
});
