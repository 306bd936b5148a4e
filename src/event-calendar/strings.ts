import type { Translations } from '../i18n/strings.js';

// The words of the parts loaded on demand live beside them: filter-strings.ts (the filter bar),
// compact-strings.ts (the compact embed's link), long-list-strings.ts (a long list's paging),
// month-strings.ts (the month grid) and details-strings.ts (an event's details).

export interface EventCalendarStrings {
  listLabel: string;
  /** The feeds have no events at all. */
  empty: string;
  noUpcoming: string;
  noPast: string;
  noMatch: string;
  /** Announced politely when filters change. */
  count: (count: number) => string;
  onsite: string;
  online: string;
  hybrid: string;
  cancelled: string;
  postponed: string;
  allDay: string;
  details: string;
  /** Accessible name of the disclosure button: starts with its visible text (WCAG 2.5.3). */
  detailsOf: (title: string) => string;
  /** A hybrid event's place line. */
  placeAndOnline: (place: string) => string;
  /** Names for the usual categories; others are shown as written. */
  categoryNames: Record<string, string>;
}

export const eventCalendarStrings: Translations<EventCalendarStrings> = {
  sv: {
    listLabel: 'Evenemang',
    empty: 'Det finns inga evenemang att visa.',
    noUpcoming: 'Det finns inga kommande evenemang just nu.',
    noPast: 'Det finns inga tidigare evenemang.',
    noMatch: 'Inga evenemang matchar filtret.',
    count: (count) => (count === 1 ? '1 evenemang' : `${count} evenemang`),
    onsite: 'På plats',
    online: 'Online',
    hybrid: 'På plats och online',
    cancelled: 'Inställt',
    postponed: 'Uppskjutet',
    allDay: 'Heldag',
    details: 'Detaljer',
    detailsOf: (title) => `Detaljer: ${title}`,
    placeAndOnline: (place) => `${place} och online`,
    categoryNames: {
      talk: 'Föredrag',
      workshop: 'Workshop',
      network: 'Nätverkande',
      lab: 'Labb',
      meeting: 'Möte',
      conference: 'Konferens',
      'advisory-board': 'Advisory board',
    },
  },
  en: {
    listLabel: 'Events',
    empty: 'There are no events to show.',
    noUpcoming: 'There are no upcoming events at the moment.',
    noPast: 'There are no past events.',
    noMatch: 'No events match the filters.',
    count: (count) => (count === 1 ? '1 event' : `${count} events`),
    onsite: 'On site',
    online: 'Online',
    hybrid: 'On site and online',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    allDay: 'All day',
    details: 'Details',
    detailsOf: (title) => `Details: ${title}`,
    placeAndOnline: (place) => `${place} and online`,
    categoryNames: {
      talk: 'Talk',
      workshop: 'Workshop',
      network: 'Networking',
      lab: 'Lab',
      meeting: 'Meeting',
      conference: 'Conference',
      'advisory-board': 'Advisory board',
    },
  },
};
