import type { Translations } from '../i18n/strings.js';

/** The words of an event's details (loaded with them). */
export interface DetailsStrings {
  place: string;
  showOnMap: string;
  showOnMapOf: (place: string) => string;
  registration: string;
  register: string;
  registerBy: (date: string) => string;
  organiser: string;
  programme: string;
  phase: string;
  moreInfo: string;
  /** The online link's text, and the label of its address in a calendar file's description. */
  joinOnline: string;
  addToCalendar: string;
  addToCalendarOf: (title: string) => string;
  googleCalendar: string;
  googleCalendarOf: (title: string) => string;
}

export const detailsStrings: Translations<DetailsStrings> = {
  sv: {
    place: 'Plats',
    showOnMap: 'Visa på karta',
    showOnMapOf: (place) => `Visa på karta: ${place}`,
    registration: 'Anmälan',
    register: 'Anmäl dig',
    registerBy: (date) => `senast ${date}`,
    organiser: 'Arrangör',
    programme: 'Program',
    phase: 'Fas',
    moreInfo: 'Mer information',
    joinOnline: 'Delta online',
    addToCalendar: 'Lägg till i kalendern',
    addToCalendarOf: (title) => `Lägg till i kalendern: ${title}`,
    googleCalendar: 'Google Kalender',
    googleCalendarOf: (title) => `Google Kalender: ${title}`,
  },
  en: {
    place: 'Place',
    showOnMap: 'Show on map',
    showOnMapOf: (place) => `Show on map: ${place}`,
    registration: 'Registration',
    register: 'Register',
    registerBy: (date) => `by ${date}`,
    organiser: 'Organiser',
    programme: 'Programme',
    phase: 'Phase',
    moreInfo: 'More information',
    joinOnline: 'Join online',
    addToCalendar: 'Add to calendar',
    addToCalendarOf: (title) => `Add to calendar: ${title}`,
    googleCalendar: 'Google Calendar',
    googleCalendarOf: (title) => `Google Calendar: ${title}`,
  },
};
