import { expect } from '@open-wc/testing';
import type { Member } from '../../src/feed/schema.js';
import { TONES, toneOf } from '../../src/base/initials.js';
import * as filtering from '../../src/member-roster/filtering.js';
import { parseSectors, RosterModel, type RosterFilters } from '../../src/member-roster/roster-view.js';
import { memberRosterStrings } from '../../src/member-roster/strings.js';
import { filteringStrings } from '../../src/member-roster/filtering-strings.js';
import { targetStrings } from '../../src/member-roster/target-strings.js';
import { expectCompleteTranslations } from '../support/translations.js';

const member = (id: string, name: string, extra: Partial<Member> = {}): Member => ({ id, name, ...extra });

const MEMBERS: Member[] = [
  member('zeta', 'Zeta Design', { sectors: ['design'], city: 'Luleå', joined: '2020-01-01' }),
  member('angstrom', 'Ångström Studio', { sectors: ['Digital'], city: 'Piteå', joined: '2024-05-01' }),
  member('alfa', 'Alfa Film', { sectors: ['film', 'digital'], city: { sv: 'Luleå', en: 'Lulea' } }),
  member('orebro', 'Örnen Kommunikation', { sectors: ['communication'], city: 'PITEÅ', joined: '2022-02-02' }),
  member('studio-10', 'Studio 10', { city: 'Umeå' }),
  member('studio-2', 'Studio 2', { city: 'Umeå' }),
];

const SV = { language: 'sv', locale: 'sv', cityOf: (m: Member) => (typeof m.city === 'object' ? m.city.sv : m.city) };
const EN = { language: 'en', locale: 'en', cityOf: (m: Member) => (typeof m.city === 'object' ? m.city.en : m.city) };
const all: RosterFilters = { query: '', sectors: new Set(), city: '', sort: 'name' };
const names = (entries: readonly { member: Member }[]) => entries.map((entry) => entry.member.name);

describe('member roster view', () => {
  it('sorts names with the collation of the page: Å and Ö after Z in Swedish, digits as numbers', () => {
    expect(names(new RosterModel().view(MEMBERS, SV, all).shown)).to.deep.equal([
      'Alfa Film',
      'Studio 2',
      'Studio 10',
      'Zeta Design',
      'Ångström Studio',
      'Örnen Kommunikation',
    ]);
    expect(names(new RosterModel().view(MEMBERS, EN, all).shown)).to.deep.equal([
      'Alfa Film',
      'Ångström Studio',
      'Örnen Kommunikation',
      'Studio 2',
      'Studio 10',
      'Zeta Design',
    ]);
  });

  it('sorts by joining date, newest first, members without a date last by name', () => {
    const view = new RosterModel().view(MEMBERS, SV, { ...all, sort: 'joined' }, filtering);
    expect(names(view.shown)).to.deep.equal(['Ångström Studio', 'Örnen Kommunikation', 'Zeta Design', 'Alfa Film', 'Studio 2', 'Studio 10']);
    expect(view.hasJoined).to.equal(true);
    // Without any date, "joined" means nothing: name order.
    const undated = MEMBERS.map(({ joined: _joined, ...rest }) => rest);
    const plain = new RosterModel().view(undated, SV, { ...all, sort: 'joined' }, filtering);
    expect(plain.hasJoined).to.equal(false);
    expect(names(plain.shown)[0]).to.equal('Alfa Film');
  });

  it('filters by name (any case), by sectors (any of them) and by city (any case), together', () => {
    const model = new RosterModel();
    expect(names(model.view(MEMBERS, SV, { ...all, query: '  STUDIO ' }, filtering).shown)).to.deep.equal(['Studio 2', 'Studio 10', 'Ångström Studio']);
    expect(names(model.view(MEMBERS, SV, { ...all, sectors: new Set(['digital']) }, filtering).shown)).to.deep.equal(['Alfa Film', 'Ångström Studio']);
    expect(names(model.view(MEMBERS, SV, { ...all, sectors: new Set(['design', 'film']) }, filtering).shown)).to.deep.equal(['Alfa Film', 'Zeta Design']);
    expect(names(model.view(MEMBERS, SV, { ...all, city: 'piteå' }, filtering).shown)).to.deep.equal(['Ångström Studio', 'Örnen Kommunikation']);
    expect(names(model.view(MEMBERS, SV, { ...all, city: 'Luleå', sectors: new Set(['film']), query: 'alf' }, filtering).shown)).to.deep.equal(['Alfa Film']);
    expect(model.view(MEMBERS, SV, { ...all, query: 'nobody' }, filtering).shown).to.deep.equal([]);
  });

  it('shows every member in name order until filtering has arrived (loaded on demand)', () => {
    const model = new RosterModel();
    const waiting = model.view(MEMBERS, SV, { ...all, query: 'studio', sort: 'joined' });
    expect(names(waiting.shown)).to.deep.equal(names(model.view(MEMBERS, SV, all).shown));
    expect(names(model.view(MEMBERS, SV, { ...all, query: 'studio', sort: 'joined' }, filtering).shown)).to.deep.equal(['Ångström Studio', 'Studio 2', 'Studio 10']);
  });

  it('lists sectors and cities (one spelling per city, in the page language, sorted)', () => {
    const view = new RosterModel().view(MEMBERS, SV, all);
    expect(view.sectors).to.deep.equal(['design', 'digital', 'film', 'communication']);
    expect(view.cities).to.deep.equal(['Luleå', 'Piteå', 'Umeå']);
    expect(new RosterModel().view(MEMBERS, EN, all).cities).to.deep.equal(['Lulea', 'Luleå', 'Piteå', 'Umeå']);
  });

  it('gives back the same array for the same feed and filters, and computes again when they change', () => {
    const model = new RosterModel();
    const first = model.view(MEMBERS, SV, { ...all, query: 'studio' }, filtering).shown;
    expect(model.view(MEMBERS, SV, { ...all, query: 'studio', sectors: new Set() }, filtering).shown).to.equal(first);
    expect(model.view(MEMBERS, SV, { ...all, query: 'stud' }, filtering).shown).not.to.equal(first);
    const unfiltered = model.view(MEMBERS, SV, all).shown;
    expect(model.view(MEMBERS, SV, all).shown).to.equal(unfiltered);
    expect(model.view([...MEMBERS], SV, all).shown).not.to.equal(unfiltered);
    expect(model.view(MEMBERS, EN, all).shown).not.to.equal(unfiltered);
  });

  it('reads sector attributes separated by spaces or commas, in any case', () => {
    expect([...parseSectors('Design, film  pr')]).to.deep.equal(['design', 'film', 'pr']);
    expect(parseSectors(undefined).size).to.equal(0);
    expect(parseSectors(' ').size).to.equal(0);
  });

  it('derives a stable tone from the name, spread over every tone', () => {
    expect(toneOf('Oh my')).to.equal(toneOf('Oh my'));
    const tones = new Set(Array.from({ length: 200 }, (_, index) => toneOf(`Företag ${index}`)));
    expect(tones.size).to.equal(TONES);
    for (const tone of tones) expect(tone).to.be.within(0, TONES - 1);
  });

  it('has every string in Swedish and English', () => {
    expectCompleteTranslations(memberRosterStrings);
    expectCompleteTranslations(targetStrings);
    expectCompleteTranslations(filteringStrings);
    expect(memberRosterStrings.sv.countOf(12, 18)).to.equal('12 av 18 företag');
    expect(memberRosterStrings.en.countOf(12, 18)).to.equal('12 of 18 companies');
    expect(memberRosterStrings.sv.count(12)).to.equal('12 företag');
    expect(memberRosterStrings.en.count(1)).to.equal('1 company');
    expect(memberRosterStrings.sv.count(1000)).to.equal('1\u00a0000 företag');
  });
});
