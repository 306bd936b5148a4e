/**
 * Recurrence rules (RFC 5545 RRULE): the occurrences of a repeating event, in wall-clock
 * time, so that "every Tuesday at 18:00" stays at 18:00 across summer time.
 * Supported: FREQ=DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (with
 * ordinals for monthly and yearly), BYMONTHDAY, BYMONTH, BYSETPOS and WKST. Other parts are
 * reported as unsupported and ignored.
 */
import { DAY, daysInMonth, fieldsOf, localMs, nthWeekday, WEEKDAYS } from './ical-time.js';

export interface RecurrenceRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  count?: number;
  /** The raw UNTIL value (a date, a UTC time or a local time): the caller knows the zone. */
  until?: string;
  byDay: { ordinal?: number; weekday: number }[];
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  weekStart: number;
  /** Rule parts that were ignored, as written: `BYHOUR=9,15`. */
  unsupported: string[];
}

const SUPPORTED_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/** Parses an RRULE value; `undefined` when its frequency is not one of the four supported. */
export function parseRule(value: string): RecurrenceRule | undefined {
  const rule: RecurrenceRule = { freq: 'DAILY', interval: 1, byDay: [], byMonthDay: [], byMonth: [], bySetPos: [], weekStart: 0, unsupported: [] };
  let freq: string | undefined;
  for (const part of value.split(';')) {
    if (!part.trim()) continue;
    const [rawName, rawValue = ''] = part.split('=');
    const name = rawName.trim().toUpperCase();
    const list = rawValue.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean);
    const numbers = list.map(Number).filter((number) => Number.isInteger(number) && number !== 0);
    switch (name) {
      case 'FREQ':
        freq = list[0];
        break;
      case 'INTERVAL':
        rule.interval = Math.max(1, Number(list[0]) || 1);
        break;
      case 'COUNT':
        rule.count = Math.max(0, Number(list[0]) || 0);
        break;
      case 'UNTIL':
        rule.until = rawValue.trim();
        break;
      case 'BYDAY':
        for (const item of list) {
          const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          if (match) rule.byDay.push({ ordinal: match[1] ? Number(match[1]) : undefined, weekday: WEEKDAYS.indexOf(match[2]) });
          else rule.unsupported.push(`BYDAY=${item}`);
        }
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = numbers;
        break;
      case 'BYMONTH':
        rule.byMonth = numbers.filter((month) => month >= 1 && month <= 12);
        break;
      case 'BYSETPOS':
        rule.bySetPos = numbers;
        break;
      case 'WKST':
        rule.weekStart = Math.max(0, WEEKDAYS.indexOf(list[0]));
        break;
      default:
        rule.unsupported.push(part.trim());
    }
  }
  if (!SUPPORTED_FREQUENCIES.includes(freq as (typeof SUPPORTED_FREQUENCIES)[number])) return undefined;
  rule.freq = freq as RecurrenceRule['freq'];
  return rule;
}

/** The days (local midnight) in one month that the rule's BYMONTHDAY/BYDAY pick; `fallbackDay` when it picks by neither. */
function daysInMonthByRule(rule: RecurrenceRule, year: number, month: number, fallbackDay: number): number[] {
  const length = daysInMonth(year, month);
  let days: number[];
  if (rule.byMonthDay.length > 0) {
    days = rule.byMonthDay.map((day) => (day > 0 ? day : length + day + 1)).filter((day) => day >= 1 && day <= length);
  } else if (rule.byDay.length > 0) {
    days = [];
    for (const { ordinal, weekday } of rule.byDay) {
      if (ordinal !== undefined) {
        const day = nthWeekday(year, month, ordinal, weekday);
        if (day !== undefined) days.push(day);
      } else {
        for (let day = 1; day <= length; day++) if (fieldsOf(localMs(year, month, day)).weekday === weekday) days.push(day);
      }
    }
  } else {
    days = fallbackDay <= length ? [fallbackDay] : []; // the 31st skips shorter months
  }
  // BYMONTHDAY and BYDAY together: a day must match both.
  if (rule.byMonthDay.length > 0 && rule.byDay.length > 0) {
    days = days.filter((day) => rule.byDay.some(({ weekday }) => fieldsOf(localMs(year, month, day)).weekday === weekday));
  }
  return [...new Set(days)].sort((a, b) => a - b).map((day) => localMs(year, month, day));
}

/** The candidate days (local midnight) of the `period`th period after the start. */
function periodDays(rule: RecurrenceRule, start: number, period: number): number[] {
  const first = fieldsOf(start);
  const startDay = localMs(first.year, first.month, first.day);
  switch (rule.freq) {
    case 'DAILY': {
      const day = startDay + period * rule.interval * DAY;
      const { month, weekday } = fieldsOf(day);
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(month)) return [];
      if (rule.byDay.length > 0 && !rule.byDay.some((entry) => entry.weekday === weekday)) return [];
      return [day];
    }
    case 'WEEKLY': {
      const weekStart = startDay - ((first.weekday - rule.weekStart + 7) % 7) * DAY + period * rule.interval * 7 * DAY;
      const weekdays = rule.byDay.length > 0 ? rule.byDay.map((entry) => entry.weekday) : [first.weekday];
      return [...new Set(weekdays)]
        .map((weekday) => weekStart + ((weekday - rule.weekStart + 7) % 7) * DAY)
        .filter((day) => rule.byMonth.length === 0 || rule.byMonth.includes(fieldsOf(day).month))
        .sort((a, b) => a - b);
    }
    case 'MONTHLY': {
      const monthIndex = first.year * 12 + (first.month - 1) + period * rule.interval;
      const year = Math.floor(monthIndex / 12);
      const month = (monthIndex % 12) + 1;
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(month)) return [];
      return daysInMonthByRule(rule, year, month, first.day);
    }
    case 'YEARLY': {
      const year = first.year + period * rule.interval;
      const months = rule.byMonth.length > 0 ? rule.byMonth : [first.month];
      return months.flatMap((month) => daysInMonthByRule(rule, year, month, first.day)).sort((a, b) => a - b);
    }
  }
}

export interface ExpandLimits {
  /** Stop once an occurrence is later than this (local milliseconds). */
  notAfter: number;
  /** True when an occurrence (local milliseconds) is past the rule's UNTIL. */
  pastUntil: (local: number) => boolean;
  /** At most this many occurrences. */
  maxOccurrences: number;
}

/**
 * Every occurrence's start in local milliseconds, in order, the event's own start first.
 * `truncated` is true when `maxOccurrences` cut the series short.
 */
export function expandRule(rule: RecurrenceRule, start: number, limits: ExpandLimits): { occurrences: number[]; truncated: boolean } {
  const timeOfDay = start - localMs(fieldsOf(start).year, fieldsOf(start).month, fieldsOf(start).day);
  const occurrences: number[] = [start];
  let generated = 1; // DTSTART counts as the first occurrence for COUNT.
  // Periods without any day (a rule for the 31st in February) still count towards the guard.
  for (let period = 0; period < 50_000; period++) {
    let days = periodDays(rule, start, period);
    if (rule.bySetPos.length > 0) {
      const picked = rule.bySetPos.map((position) => days[position > 0 ? position - 1 : days.length + position]);
      days = [...new Set(picked.filter((day) => day !== undefined))].sort((a, b) => a - b);
    }
    for (const day of days) {
      const occurrence = day + timeOfDay;
      if (occurrence <= start) continue;
      if (rule.count !== undefined && generated >= rule.count) return { occurrences, truncated: false };
      if (limits.pastUntil(occurrence) || occurrence > limits.notAfter) return { occurrences, truncated: false };
      if (occurrences.length >= limits.maxOccurrences) return { occurrences, truncated: true };
      occurrences.push(occurrence);
      generated++;
    }
    if (days.length > 0 && days[0] + timeOfDay > limits.notAfter) break;
  }
  return { occurrences, truncated: false };
}
