import type { Translations } from '../i18n/strings.js';

/** The funnel's own words (loaded with it). */
export interface FunnelStrings {
  /** The name of the funnel's list, for screen readers. */
  funnelLabel: string;
  funnelEmpty: string;
  /** Where a step's number comes from. */
  fromActual: string;
  fromTarget: string;
  /** "37 % gick vidare från INSPIRE". */
  wentOn: (percent: string, previous: string) => string;
  /** "37 % av första steget". */
  ofFirstStep: (percent: string) => string;
}

export const funnelStrings: Translations<FunnelStrings> = {
  sv: {
    funnelLabel: 'Från fas till fas',
    funnelEmpty: 'Det finns inga mål eller utfall att visa.',
    fromActual: 'utfall',
    fromTarget: 'mål',
    wentOn: (percent, previous) => `${percent} gick vidare från ${previous}`,
    ofFirstStep: (percent) => `${percent} av första steget`,
  },
  en: {
    funnelLabel: 'From phase to phase',
    funnelEmpty: 'There are no targets or results to show.',
    fromActual: 'actual',
    fromTarget: 'target',
    wentOn: (percent, previous) => `${percent} went on from ${previous}`,
    ofFirstStep: (percent) => `${percent} of the first step`,
  },
};
