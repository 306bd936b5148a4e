/**
 * The phase meter's numbers and dates in words, for one locale: "87 av 120 företag, 73 %",
 * "1 januari–31 december 2016". Pure (Intl only), so it is tested without rendering.
 *
 * Every `Intl` formatter is made once per locale and kept: making one costs far more than
 * using it, and a meter with many phases formats thousands of numbers and dates.
 */
import { formatMoney } from '../base/localize.js';
import { dayNumber } from './phase-status.js';
import type { PhaseMeterStrings, Unit } from './strings.js';

/** Calendar dates are shown as written: formatted in UTC so no time zone can move them a day. */
function utcDate(isoDate: string): number {
  return dayNumber(isoDate) * 86_400_000;
}

/** Formats by strings (one object per UI language), then by locale. */
const cache = new WeakMap<PhaseMeterStrings, Map<string, PhaseFormat>>();

export class PhaseFormat {
  private readonly plurals: Intl.PluralRules;
  private readonly dates: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;
  /** Whole percents, for shares. */
  private readonly percents: Intl.NumberFormat;
  /** Percents with decimals, for targets counted in percent. */
  private readonly finePercents: Intl.NumberFormat;
  /** Dates and date ranges in words: feeds repeat the same few, and formatting one is slow. */
  private readonly dateWords = new Map<string, string>();

  /** The format for a locale and its strings, made once and shared by every render. */
  static for(locale: string, strings: PhaseMeterStrings): PhaseFormat {
    let byLocale = cache.get(strings);
    if (!byLocale) cache.set(strings, (byLocale = new Map()));
    let format = byLocale.get(locale);
    if (!format) byLocale.set(locale, (format = new PhaseFormat(locale, strings)));
    return format;
  }

  constructor(
    readonly locale: string,
    readonly strings: PhaseMeterStrings,
  ) {
    this.plurals = new Intl.PluralRules(locale);
    this.dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    this.percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    this.finePercents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /**
   * A share as a percentage. Below 1 it is rounded down, so that 119.5 of 120 never reads
   * "100 %" while the target is not reached; above, to the nearest ("104 %").
   */
  percent(share: number): string {
    return this.percents.format(share < 1 ? Math.floor(share * 100) / 100 : share);
  }

  /** "120 företag", "1 member", "40 %", "12" (unit `other` or none). */
  quantity(value: number, unit: Unit | undefined): string {
    if (unit === 'percent') return this.finePercents.format(value / 100);
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
    return this.range(isoDate, isoDate);
  }

  /** "1 januari–31 december 2016"; a single date when both are the same day. */
  range(start: string, end: string): string {
    const key = `${start}/${end}`;
    let words = this.dateWords.get(key);
    if (words === undefined) {
      words = start === end ? this.dates.format(utcDate(start)) : this.dates.formatRange(utcDate(start), utcDate(end));
      this.dateWords.set(key, words);
    }
    return words;
  }

  money(value: number, currency: string): string {
    return formatMoney(this.locale, value, currency);
  }
}
