/**
 * The phase meter's numbers and dates in words, for one locale: "87 av 120 företag, 73 %",
 * "1 januari–31 december 2016". Pure (Intl only), so it is tested without rendering.
 */
import type { PhaseMeterStrings, Unit } from './strings.js';

/** Calendar dates are shown as written: formatted in UTC so no time zone can move them a day. */
function utcDate(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

export class PhaseFormat {
  private readonly plurals: Intl.PluralRules;
  private readonly dates: Intl.DateTimeFormat;

  constructor(
    readonly locale: string,
    readonly strings: PhaseMeterStrings,
  ) {
    this.plurals = new Intl.PluralRules(locale);
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
  }

  /**
   * A share as a percentage. Below 1 it is rounded down, so that 119.5 of 120 never reads
   * "100 %" while the target is not reached; above, to the nearest ("104 %").
   */
  percent(share: number): string {
    const shown = share < 1 ? Math.floor(share * 100) / 100 : share;
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(shown);
  }

  /** "120 företag", "1 member", "40 %", "12" (unit `other` or none). */
  quantity(value: number, unit: Unit | undefined): string {
    if (unit === 'percent') {
      return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
    }
    if (!unit || unit === 'other') return this.number(value);
    const noun = this.strings.units[unit];
    return `${this.number(value)} ${this.plurals.select(value) === 'one' ? noun.one : noun.other}`;
  }

  /**
   * The value of a target meter in words: "87 av 120 företag, 73 %", "124 of 120 companies, 103%";
   * for percentage targets "35 % mot målet 40 %, 87 %".
   */
  progress(actual: number, target: number, unit: Unit | undefined): string {
    const share = target > 0 ? `, ${this.percent(actual / target)}` : '';
    const words =
      unit === 'percent'
        ? this.strings.againstPercentTarget(this.quantity(actual, unit), this.quantity(target, unit))
        : this.strings.outOf(this.number(actual), this.quantity(target, unit));
    return `${words}${share}`;
  }

  /** "dag 120 av 366, 32 %". */
  days(day: number, total: number): string {
    return `${this.strings.dayOf(this.number(day), this.number(total))}, ${this.percent(total > 0 ? day / total : 0)}`;
  }

  date(isoDate: string): string {
    return this.dates.format(utcDate(isoDate));
  }

  /** "1 januari–31 december 2016"; a single date when both are the same day. */
  range(start: string, end: string): string {
    if (start === end) return this.date(start);
    return this.dates.formatRange(utcDate(start), utcDate(end));
  }

  money(value: number, currency: string): string {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
  }
}
