import type { Translations } from '../i18n/strings.js';

export interface ContactCardStrings {
  listLabel: string;
  empty: string;
  notFound: string;
  email: string;
  phone: string;
  saveContact: string;
  /** The accessible name of the save button: starts with its visible text (WCAG 2.5.3). */
  saveContactOf: (name: string) => string;
}

export const contactCardStrings: Translations<ContactCardStrings> = {
  sv: {
    listLabel: 'Kontaktpersoner',
    empty: 'Det finns inga kontaktpersoner att visa.',
    notFound: 'Kontaktpersonen finns inte längre med i uppgifterna.',
    email: 'E-post',
    phone: 'Telefon',
    saveContact: 'Spara kontakt',
    saveContactOf: (name) => `Spara kontakt: ${name}`,
  },
  en: {
    listLabel: 'Contacts',
    empty: 'There are no contacts to show.',
    notFound: 'This contact is no longer listed.',
    email: 'Email',
    phone: 'Phone',
    saveContact: 'Save contact',
    saveContactOf: (name) => `Save contact: ${name}`,
  },
};
