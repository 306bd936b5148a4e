import { expect } from '@open-wc/testing';
import type { Funder } from '../../src/feed/schema.js';
import { euFundingOf, fundingPeriodOf, groupByKind, summarizeAmounts } from '../../src/funder-strip/funders.js';

const funder = (id: string, kind: Funder['kind'], extra: Partial<Funder> = {}): Funder => ({ id, name: id, kind, ...extra });
const programme = (start?: string) => ({ id: 'p', name: 'P', ...(start ? { period: { start } } : {}) });

describe('funders: periods, groups and amounts', () => {
  it("takes the funder's own funding period first", () => {
    expect(fundingPeriodOf(funder('a', 'eu', { fundingPeriod: '2021-2027' }), programme('2016-01-01'))).to.deep.equal({ period: '2021-2027', source: 'funder' });
    expect(fundingPeriodOf(funder('a', 'eu', { fundingPeriod: '2014-2020' }), programme('2024-01-01'))).to.deep.equal({ period: '2014-2020', source: 'funder' });
  });

  it("else the programme's start: before 2021-01-01 is 2014–2020", () => {
    expect(fundingPeriodOf(funder('a', 'eu'), programme('2020-03-01')).period).to.equal('2014-2020');
    expect(fundingPeriodOf(funder('a', 'eu'), programme('2020-12-31')).period).to.equal('2014-2020');
    expect(fundingPeriodOf(funder('a', 'eu'), programme('2021-01-01'))).to.deep.equal({ period: '2021-2027', source: 'programme' });
  });

  it('else the rules in force now (2021–2027), marked as a default', () => {
    expect(fundingPeriodOf(funder('a', 'eu'), programme())).to.deep.equal({ period: '2021-2027', source: 'default' });
    expect(fundingPeriodOf(funder('a', 'eu'))).to.deep.equal({ period: '2021-2027', source: 'default' });
  });

  it('sums up the EU funders for one emblem: their periods and which are guesses', () => {
    expect(euFundingOf([funder('r', 'regional')])).to.equal(undefined);
    const eu = euFundingOf([funder('erdf', 'eu'), funder('r', 'regional'), funder('esf', 'eu', { fundingPeriod: '2014-2020' })])!;
    expect(eu.funders.map((item) => item.id)).to.deep.equal(['erdf', 'esf']);
    expect(eu.periods).to.deep.equal(['2014-2020', '2021-2027']);
    expect(eu.guessed.map((item) => item.id)).to.deep.equal(['erdf']);
    expect(euFundingOf([funder('erdf', 'eu')], programme('2016-01-01'))!.periods).to.deep.equal(['2014-2020']);
  });

  it('groups by kind in a fixed order (EU first), skipping empty kinds, feed order inside', () => {
    const groups = groupByKind([funder('p1', 'private'), funder('m1', 'municipal'), funder('eu', 'eu'), funder('m2', 'municipal'), funder('a', 'academic')]);
    expect(groups.map((group) => group.kind)).to.deep.equal(['eu', 'municipal', 'private', 'academic']);
    expect(groups[1].funders.map((item) => item.id)).to.deep.equal(['m1', 'm2']);
  });

  it('adds amounts up to a total with shares when every funder has one in one currency', () => {
    const loket = [
      funder('region', 'regional', { amount: { value: 3402775, currency: 'SEK' } }),
      funder('eruf', 'eu', { amount: { value: 3402775, currency: 'SEK' } }),
    ];
    const summary = summarizeAmounts(loket);
    expect(summary.total).to.deep.equal({ value: 6805550, currency: 'SEK' });
    expect(summary.shareOf(loket[0])).to.equal(0.5);
  });

  it('gives no total and no shares when an amount is missing or currencies differ', () => {
    const missing = [funder('a', 'regional', { amount: { value: 100, currency: 'SEK' } }), funder('b', 'eu')];
    expect(summarizeAmounts(missing).total).to.equal(undefined);
    expect(summarizeAmounts(missing).shareOf(missing[0])).to.equal(undefined);
    const mixed = [funder('a', 'regional', { amount: { value: 100, currency: 'SEK' } }), funder('b', 'eu', { amount: { value: 10, currency: 'EUR' } })];
    expect(summarizeAmounts(mixed).total).to.equal(undefined);
    expect(summarizeAmounts([]).total).to.equal(undefined);
    const zero = [funder('a', 'regional', { amount: { value: 0, currency: 'SEK' } })];
    expect(summarizeAmounts(zero).total).to.deep.equal({ value: 0, currency: 'SEK' });
    expect(summarizeAmounts(zero).shareOf(zero[0])).to.equal(undefined);
  });
});
