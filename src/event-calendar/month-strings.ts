import type { Translations } from '../i18n/strings.js';

/** The month grid's own words (loaded with it). */
export interface MonthStrings {
  previousMonth: string;
  nextMonth: string;
  today: string;
  /** "+2 more" in a full day of the month grid. */
  moreInDay: (count: number) => string;
  dayEvents: (day: string) => string;
  dayCount: (count: number) => string;
  noEventsOnDay: string;
  /** Announced when the month changes. */
  monthStatus: (month: string, count: number) => string;
}

export const monthStrings: Translations<MonthStrings> = {
  sv: {
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    today: 'I dag',
    moreInDay: (count) => `+${count} till`,
    dayEvents: (day) => `Evenemang ${day}`,
    dayCount: (count) => (count === 0 ? 'inga evenemang' : count === 1 ? '1 evenemang' : `${count} evenemang`),
    noEventsOnDay: 'Inga evenemang den här dagen.',
    monthStatus: (month, count) => `${month}: ${count === 1 ? '1 evenemang' : `${count} evenemang`}`,
  },
  en: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    moreInDay: (count) => `+${count} more`,
    dayEvents: (day) => `Events on ${day}`,
    dayCount: (count) => (count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`),
    noEventsOnDay: 'No events on this day.',
    monthStatus: (month, count) => `${month}: ${count === 1 ? '1 event' : `${count} events`}`,
  },
};
