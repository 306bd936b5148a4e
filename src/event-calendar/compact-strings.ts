import type { Translations } from '../i18n/strings.js';

/** The compact embed's own words (loaded with it). */
export interface CompactStrings {
  /** The link from a compact embed to the full calendar. */
  fullCalendar: string;
}

export const compactStrings: Translations<CompactStrings> = {
  sv: { fullCalendar: 'Hela kalendern' },
  en: { fullCalendar: 'Full calendar' },
};
