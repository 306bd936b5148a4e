import type { Translations } from '../i18n/strings.js';

/** The filter bar's own words. */
export interface FilterStrings {
  filters: string;
  search: string;
  when: string;
  upcoming: string;
  past: string;
  attendance: string;
  allAttendance: string;
  categories: string;
  phases: string;
  view: string;
  listView: string;
  monthView: string;
}

export const filterStrings: Translations<FilterStrings> = {
  sv: {
    filters: 'Filtrera evenemang',
    search: 'Sök',
    when: 'Visa',
    upcoming: 'Kommande',
    past: 'Tidigare',
    attendance: 'Deltagande',
    allAttendance: 'Alla',
    categories: 'Kategori',
    phases: 'Fas',
    view: 'Visning',
    listView: 'Lista',
    monthView: 'Månad',
  },
  en: {
    filters: 'Filter events',
    search: 'Search',
    when: 'Show',
    upcoming: 'Upcoming',
    past: 'Past',
    attendance: 'Attendance',
    allAttendance: 'All',
    categories: 'Category',
    phases: 'Phase',
    view: 'View',
    listView: 'List',
    monthView: 'Month',
  },
};
