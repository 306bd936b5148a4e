import type { Translations } from '../i18n/strings.js';

export interface MemberRosterStrings {
  listLabel: string;
  controlsLabel: string;
  search: string;
  sector: string;
  city: string;
  allCities: string;
  sort: string;
  sortByName: string;
  sortByJoined: string;
  clearFilters: string;
  /** "12 företag": how many companies are shown, when there is nothing to compare with. */
  count: (shown: number) => string;
  /** "12 av 18 företag": shown of all (when filtered), or members of the target. */
  countOf: (shown: number, of: number) => string;
  targetLabel: string;
  targetReached: string;
  targetDeadline: (date: string) => string;
  empty: string;
  noMatches: string;
  /** Before the sectors and the city of a member, for screen readers only. */
  sectorsPrefix: string;
  cityPrefix: string;
  website: string;
  memberSince: (date: string) => string;
  /** The "show more" button under a long roster. */
  showMore: (remaining: number) => string;
  /**
   * Names for the sector codes feeds use today. A code not listed here is shown as the feed
   * wrote it (capitalised), so a new sector never shows up blank.
   */
  sectorNames: Record<string, string>;
}

const swedishNumber = new Intl.NumberFormat('sv');
const englishNumber = new Intl.NumberFormat('en');
const englishPlural = new Intl.PluralRules('en');

function companies(count: number): string {
  return englishPlural.select(count) === 'one' ? 'company' : 'companies';
}

export const memberRosterStrings: Translations<MemberRosterStrings> = {
  sv: {
    listLabel: 'Medlemsföretag',
    controlsLabel: 'Sök och filtrera företag',
    search: 'Sök på namn',
    sector: 'Bransch',
    city: 'Ort',
    allCities: 'Alla orter',
    sort: 'Sortera',
    sortByName: 'Namn (A–Ö)',
    sortByJoined: 'Senast anslutna först',
    clearFilters: 'Rensa filter',
    count: (shown) => `${swedishNumber.format(shown)} företag`,
    countOf: (shown, of) => `${swedishNumber.format(shown)} av ${swedishNumber.format(of)} företag`,
    targetLabel: 'Mot målet',
    targetReached: 'Målet är nått',
    targetDeadline: (date) => `Målet ska nås senast ${date}.`,
    empty: 'Det finns inga medlemsföretag att visa.',
    noMatches: 'Inga företag matchar filtren.',
    sectorsPrefix: 'Bransch:',
    cityPrefix: 'Ort:',
    website: 'Webbplats',
    memberSince: (date) => `Medlem sedan ${date}`,
    showMore: (remaining) => `Visa fler (${swedishNumber.format(remaining)} till)`,
    sectorNames: {
      digital: 'Digitalt',
      film: 'Film',
      communication: 'Kommunikation',
      design: 'Design',
      pr: 'PR',
      education: 'Utbildning',
      advertising: 'Reklam',
      architecture: 'Arkitektur',
      art: 'Konst',
      crafts: 'Konsthantverk',
      fashion: 'Mode',
      games: 'Spel',
      literature: 'Litteratur',
      media: 'Media',
      music: 'Musik',
      'performing-arts': 'Scenkonst',
      photography: 'Foto',
    },
  },
  en: {
    listLabel: 'Member companies',
    controlsLabel: 'Search and filter companies',
    search: 'Search by name',
    sector: 'Sector',
    city: 'Town',
    allCities: 'All towns',
    sort: 'Sort',
    sortByName: 'Name (A–Z)',
    sortByJoined: 'Newest members first',
    clearFilters: 'Clear filters',
    count: (shown) => `${englishNumber.format(shown)} ${companies(shown)}`,
    countOf: (shown, of) => `${englishNumber.format(shown)} of ${englishNumber.format(of)} ${companies(of)}`,
    targetLabel: 'Progress toward the target',
    targetReached: 'Target reached',
    targetDeadline: (date) => `Target date: ${date}.`,
    empty: 'There are no member companies to show.',
    noMatches: 'No companies match the filters.',
    sectorsPrefix: 'Sector:',
    cityPrefix: 'Town:',
    website: 'Website',
    memberSince: (date) => `Member since ${date}`,
    showMore: (remaining) => `Show more (${englishNumber.format(remaining)} more)`,
    sectorNames: {
      digital: 'Digital',
      film: 'Film',
      communication: 'Communication',
      design: 'Design',
      pr: 'PR',
      education: 'Education',
      advertising: 'Advertising',
      architecture: 'Architecture',
      art: 'Art',
      crafts: 'Crafts',
      fashion: 'Fashion',
      games: 'Games',
      literature: 'Literature',
      media: 'Media',
      music: 'Music',
      'performing-arts': 'Performing arts',
      photography: 'Photography',
    },
  },
};
