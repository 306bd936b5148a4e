import type { Translations } from '../i18n/strings.js';

/** The words only a filtered roster shows, loaded with it (filtering.ts). */
export interface FilteringStrings {
  clearFilters: string;
  noMatches: string;
}

export const filteringStrings: Translations<FilteringStrings> = {
  sv: {
    clearFilters: 'Rensa filter',
    noMatches: 'Inga företag matchar filtren.',
  },
  en: {
    clearFilters: 'Clear filters',
    noMatches: 'No companies match the filters.',
  },
};
