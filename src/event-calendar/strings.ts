import type { Translations } from '../i18n/strings.js';

export interface EventCalendarStrings {
  listLabel: string;
  /** The feeds have no events at all. */
  empty: string;
  noUpcoming: string;
  noPast: string;
  noMatch: string;
  /** Announced politely when filters change. */
  count: (count: number) => string;
  filters: string;
  search: string;
  when: string;
  upcoming: string;
  past: string;
  attendance: string;
  allAttendance: string;
  onsite: string;
  online: string;
  hybrid: string;
  categories: string;
  phases: string;
  view: string;
  listView: string;
  monthView: string;
  cancelled: string;
  postponed: string;
  allDay: string;
  details: string;
  /** Accessible name of the disclosure button: starts with its visible text (WCAG 2.5.3). */
  detailsOf: (title: string) => string;
  place: string;
  /** A hybrid event's place line. */
  placeAndOnline: (place: string) => string;
  showOnMap: string;
  showOnMapOf: (place: string) => string;
  joinOnline: string;
  registration: string;
  register: string;
  registerBy: (date: string) => string;
  organiser: string;
  programme: string;
  phase: string;
  moreInfo: string;
  addToCalendar: string;
  addToCalendarOf: (title: string) => string;
  googleCalendar: string;
  googleCalendarOf: (title: string) => string;
  showMore: (remaining: number) => string;
  fullCalendar: string;
  previousMonth: string;
  nextMonth: string;
  today: string;
  /** "+2 more" in a full day of the month grid. */
  moreInDay: (count: number) => string;
  /** Announced when the month changes. */
  monthStatus: (month: string, count: number) => string;
  dayEvents: (day: string) => string;
  dayCount: (count: number) => string;
  noEventsOnDay: string;
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
    filters: 'Filtrera evenemang',
    search: 'Sök',
    when: 'Visa',
    upcoming: 'Kommande',
    past: 'Tidigare',
    attendance: 'Deltagande',
    allAttendance: 'Alla',
    onsite: 'På plats',
    online: 'Online',
    hybrid: 'På plats och online',
    categories: 'Kategori',
    phases: 'Fas',
    view: 'Visning',
    listView: 'Lista',
    monthView: 'Månad',
    cancelled: 'Inställt',
    postponed: 'Uppskjutet',
    allDay: 'Heldag',
    details: 'Detaljer',
    detailsOf: (title) => `Detaljer: ${title}`,
    place: 'Plats',
    placeAndOnline: (place) => `${place} och online`,
    showOnMap: 'Visa på karta',
    showOnMapOf: (place) => `Visa på karta: ${place}`,
    joinOnline: 'Delta online',
    registration: 'Anmälan',
    register: 'Anmäl dig',
    registerBy: (date) => `senast ${date}`,
    organiser: 'Arrangör',
    programme: 'Program',
    phase: 'Fas',
    moreInfo: 'Mer information',
    addToCalendar: 'Lägg till i kalendern',
    addToCalendarOf: (title) => `Lägg till i kalendern: ${title}`,
    googleCalendar: 'Google Kalender',
    googleCalendarOf: (title) => `Google Kalender: ${title}`,
    showMore: (remaining) => `Visa fler (${remaining} till)`,
    fullCalendar: 'Hela kalendern',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    today: 'I dag',
    moreInDay: (count) => `+${count} till`,
    monthStatus: (month, count) => `${month}: ${count === 1 ? '1 evenemang' : `${count} evenemang`}`,
    dayEvents: (day) => `Evenemang ${day}`,
    dayCount: (count) => (count === 0 ? 'inga evenemang' : count === 1 ? '1 evenemang' : `${count} evenemang`),
    noEventsOnDay: 'Inga evenemang den här dagen.',
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
    filters: 'Filter events',
    search: 'Search',
    when: 'Show',
    upcoming: 'Upcoming',
    past: 'Past',
    attendance: 'Attendance',
    allAttendance: 'All',
    onsite: 'On site',
    online: 'Online',
    hybrid: 'On site and online',
    categories: 'Category',
    phases: 'Phase',
    view: 'View',
    listView: 'List',
    monthView: 'Month',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    allDay: 'All day',
    details: 'Details',
    detailsOf: (title) => `Details: ${title}`,
    place: 'Place',
    placeAndOnline: (place) => `${place} and online`,
    showOnMap: 'Show on map',
    showOnMapOf: (place) => `Show on map: ${place}`,
    joinOnline: 'Join online',
    registration: 'Registration',
    register: 'Register',
    registerBy: (date) => `by ${date}`,
    organiser: 'Organiser',
    programme: 'Programme',
    phase: 'Phase',
    moreInfo: 'More information',
    addToCalendar: 'Add to calendar',
    addToCalendarOf: (title) => `Add to calendar: ${title}`,
    googleCalendar: 'Google Calendar',
    googleCalendarOf: (title) => `Google Calendar: ${title}`,
    showMore: (remaining) => `Show more (${remaining} more)`,
    fullCalendar: 'Full calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    moreInDay: (count) => `+${count} more`,
    monthStatus: (month, count) => `${month}: ${count === 1 ? '1 event' : `${count} events`}`,
    dayEvents: (day) => `Events on ${day}`,
    dayCount: (count) => (count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`),
    noEventsOnDay: 'No events on this day.',
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
