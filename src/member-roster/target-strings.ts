import type { Translations } from '../i18n/strings.js';

/** The words of the target meter (`show-target`), loaded with it (target.ts). */
export interface TargetStrings {
  targetLabel: string;
  targetReached: string;
  targetDeadline: (date: string) => string;
}

export const targetStrings: Translations<TargetStrings> = {
  sv: {
    targetLabel: 'Mot målet',
    targetReached: 'Målet är nått',
    targetDeadline: (date) => `Målet ska nås senast ${date}.`,
  },
  en: {
    targetLabel: 'Progress toward the target',
    targetReached: 'Target reached',
    targetDeadline: (date) => `Target date: ${date}.`,
  },
};
