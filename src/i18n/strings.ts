/**
 * The words widgets show, in Swedish and English. Both languages implement one typed
 * interface, so a string missing in either is a type error rather than a blank on a page.
 */
export interface UiStrings {
  /** Announced while a feed loads; the placeholder itself is silent. */
  loading: string;
  /** The polite note visitors see when a feed cannot be shown at all. */
  unavailable: string;
  /** Shown under a widget when some items of its feed were dropped. */
  partial: string;
  /** Shown when a refresh failed and older data is on screen. */
  staleSince: (time: string) => string;

  contacts: {
    listLabel: string;
    empty: string;
    notFound: string;
    email: string;
    phone: string;
    saveContact: string;
    /** The accessible name of the save button: starts with its visible text (WCAG 2.5.3). */
    saveContactOf: (name: string) => string;
  };
}

export const sv: UiStrings = {
  loading: 'Laddar …',
  unavailable: 'Informationen kan inte visas just nu. Försök igen senare.',
  partial: 'En del uppgifter kunde inte visas.',
  staleSince: (time) => `Kunde inte uppdatera – visar uppgifterna från ${time}.`,
  contacts: {
    listLabel: 'Kontaktpersoner',
    empty: 'Det finns inga kontaktpersoner att visa.',
    notFound: 'Kontaktpersonen finns inte längre med i uppgifterna.',
    email: 'E-post',
    phone: 'Telefon',
    saveContact: 'Spara kontakt',
    saveContactOf: (name) => `Spara kontakt: ${name}`,
  },
};

export const en: UiStrings = {
  loading: 'Loading …',
  unavailable: 'This information cannot be shown right now. Please try again later.',
  partial: 'Some details could not be shown.',
  staleSince: (time) => `Could not refresh – showing the information from ${time}.`,
  contacts: {
    listLabel: 'Contacts',
    empty: 'There are no contacts to show.',
    notFound: 'This contact is no longer listed.',
    email: 'Email',
    phone: 'Phone',
    saveContact: 'Save contact',
    saveContactOf: (name) => `Save contact: ${name}`,
  },
};

export type UiLanguage = 'sv' | 'en';
export const uiStrings: Record<UiLanguage, UiStrings> = { sv, en };
