/**
 * From the feed's funders to what the strip shows: which EU period's statement applies,
 * which funds are named beside the emblem, the order and groups, and amounts, shares and
 * the total. Pure (no DOM), so every rule is testable without rendering.
 */
import type { Funder, Money, Programme } from '../feed/schema.js';

export type FundingPeriod = NonNullable<Funder['fundingPeriod']>;
export type FunderKind = Funder['kind'];

/** The order of groups (and of kinds) on the strip: the EU first, as the visibility rules ask. */
export const FUNDER_KINDS: readonly FunderKind[] = ['eu', 'national', 'regional', 'municipal', 'private', 'academic'];

/** The first day of the 2021–2027 programming period. */
const PERIOD_2021_START = '2021-01-01';

export interface ResolvedPeriod {
  period: FundingPeriod;
  /** Where it came from: the funder, the programme's start date, or a default when neither says. */
  source: 'funder' | 'programme' | 'default';
}

/**
 * The EU programming period of a funder's money: its own `fundingPeriod`, else the
 * programme's start date (before 2021 → 2014–2020), else 2021–2027, the rules in force now.
 */
export function fundingPeriodOf(funder: Funder, programme?: Programme): ResolvedPeriod {
  if (funder.fundingPeriod) return { period: funder.fundingPeriod, source: 'funder' };
  const start = programme?.period?.start;
  // ISO dates compare correctly as strings; no time zone is involved.
  if (start) return { period: start < PERIOD_2021_START ? '2014-2020' : '2021-2027', source: 'programme' };
  return { period: '2021-2027', source: 'default' };
}

export interface EuFunding {
  /** The EU funders, in feed order. */
  funders: Funder[];
  /** The periods among them, older first (usually one). */
  periods: FundingPeriod[];
  /** EU funders whose period is a guess: neither they nor the programme say. */
  guessed: Funder[];
}

/** What the single emblem block stands for; undefined when no funder is an EU fund. */
export function euFundingOf(funders: readonly Funder[], programme?: Programme): EuFunding | undefined {
  const eu = funders.filter((funder) => funder.kind === 'eu');
  if (eu.length === 0) return undefined;
  const resolved = eu.map((funder) => fundingPeriodOf(funder, programme));
  const periods = [...new Set(resolved.map((item) => item.period))].sort();
  return { funders: eu, periods, guessed: eu.filter((_, index) => resolved[index].source === 'default') };
}

/** The other funders in the order the strip shows them: feed order, or grouped by kind. */
export function groupByKind(funders: readonly Funder[]): { kind: FunderKind; funders: Funder[] }[] {
  return FUNDER_KINDS.map((kind) => ({ kind, funders: funders.filter((funder) => funder.kind === kind) })).filter(
    (group) => group.funders.length > 0,
  );
}

export interface AmountSummary {
  /** The sum, when every funder has an amount and all are in one currency. */
  total?: Money;
  /** Each funder's share of the total (0–1), only when there is a total. */
  shareOf(funder: Funder): number | undefined;
}

/**
 * Amounts add up to a total, and shares of it, only when every funder has an amount in the
 * same currency: a share of a sum with unknown or unconvertible parts would be wrong.
 */
export function summarizeAmounts(funders: readonly Funder[]): AmountSummary {
  const amounts = funders.map((funder) => funder.amount);
  const currencies = new Set(amounts.map((amount) => amount?.currency));
  const complete = funders.length > 0 && amounts.every((amount) => amount !== undefined) && currencies.size === 1;
  if (!complete) return { shareOf: () => undefined };
  const value = amounts.reduce((sum, amount) => sum + amount!.value, 0);
  const total = { value, currency: amounts[0]!.currency };
  return { total, shareOf: (funder) => (value > 0 && funder.amount ? funder.amount.value / value : undefined) };
}
