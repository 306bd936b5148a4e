import type { Translations } from '../i18n/strings.js';

/** The words of a long list's paging (loaded with it). */
export interface LongListStrings {
  showMore: (remaining: number) => string;
}

export const longListStrings: Translations<LongListStrings> = {
  sv: { showMore: (remaining) => `Visa fler (${remaining} till)` },
  en: { showMore: (remaining) => `Show more (${remaining} more)` },
};
