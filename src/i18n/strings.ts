/**
 * The words every widget shares, in Swedish and English. Each widget keeps its own words
 * beside it (`src/<widget>/strings.ts`) in the same shape: one typed interface that both
 * languages implement, so a string missing in either is a type error, not a blank on a page.
 */
export type UiLanguage = 'sv' | 'en';

/** One set of words per UI language. */
export type Translations<T> = Record<UiLanguage, T>;

export interface BaseStrings {
  /** Read by screen readers while a feed loads; the placeholder itself is silent. */
  loading: string;
  /** The polite note visitors see when a feed cannot be shown at all. */
  unavailable: string;
  /** Shown under a widget when some items of its feed were dropped. */
  partial: string;
  /** Shown when a refresh failed and older data is on screen. */
  staleSince: (time: string) => string;
  /** Shown when some of several feeds could not be loaded. */
  sourcesMissing: (missing: number, total: number) => string;
}

export const baseStrings: Translations<BaseStrings> = {
  sv: {
    loading: 'Laddar …',
    unavailable: 'Informationen kan inte visas just nu. Försök igen senare.',
    partial: 'En del uppgifter kunde inte visas.',
    staleSince: (time) => `Kunde inte uppdatera – visar uppgifterna från ${time}.`,
    sourcesMissing: (missing, total) => `Uppgifter från ${missing} av ${total} källor kunde inte hämtas just nu.`,
  },
  en: {
    loading: 'Loading …',
    unavailable: 'This information cannot be shown right now. Please try again later.',
    partial: 'Some details could not be shown.',
    staleSince: (time) => `Could not refresh – showing the information from ${time}.`,
    sourcesMissing: (missing, total) => `Information from ${missing} of ${total} sources could not be loaded right now.`,
  },
};
