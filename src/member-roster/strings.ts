import { numberFormat } from '../base/localize.js';
import type { Translations } from '../i18n/strings.js';

export interface MemberRosterStrings {
  listLabel: string;
  controlsLabel: string;
  search: string;
  /** Also said before a member's sectors, for screen readers ("Bransch: Film"). */
  sector: string;
  /** Also said before a member's city ("Ort: Luleå"). */
  city: string;
  allCities: string;
  sort: string;
  sortByName: string;
  sortByJoined: string;
  /** "12 företag": how many companies are shown, when there is nothing to compare with. */
  count: (shown: number) => string;
  /** "12 av 18 företag": shown of all (when filtered), or members of the target (also in the target meter). */
  countOf: (shown: number, of: number) => string;
  empty: string;
  website: string;
  memberSince: (date: string) => string;
  /** The "show more" button under a long roster. */
  showMore: (remaining: number) => string;
  /**
   * The name of a sector code. A code without a name of its own is shown as the feed wrote
   * it, capitalised, so a new sector never shows up blank.
   */
  sectorName: (code: string) => string;
}

// Formats from the page's cache, made when first needed: the first Intl object of a page loads
// locale data (about 20 ms on a modest machine), which must not happen while the module loads.
const swedishNumber = (value: number) => numberFormat('sv').format(value);
const englishNumber = (value: number) => numberFormat('en').format(value);

/** Counts are whole numbers: in English, only 1 is singular. */
function companies(count: number): string {
  return count === 1 ? 'company' : 'companies';
}

/** Sector names by code; a code whose name is the code capitalised (`film` → Film) needs no entry. */
function sectorNames(names: Record<string, string>, locale: string): (code: string) => string {
  return (code) => (Object.hasOwn(names, code) ? names[code] : code.charAt(0).toLocaleUpperCase(locale) + code.slice(1));
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
    count: (shown) => `${swedishNumber(shown)} företag`,
    countOf: (shown, of) => `${swedishNumber(shown)} av ${swedishNumber(of)} företag`,
    empty: 'Det finns inga medlemsföretag att visa.',
    website: 'Webbplats',
    memberSince: (date) => `Medlem sedan ${date}`,
    showMore: (remaining) => `Visa fler (${swedishNumber(remaining)} till)`,
    sectorName: sectorNames(
      {
        digital: 'Digitalt',
        communication: 'Kommunikation',
        pr: 'PR',
        education: 'Utbildning',
        advertising: 'Reklam',
        architecture: 'Arkitektur',
        art: 'Konst',
        crafts: 'Konsthantverk',
        fashion: 'Mode',
        games: 'Spel',
        literature: 'Litteratur',
        music: 'Musik',
        'performing-arts': 'Scenkonst',
        photography: 'Foto',
      },
      'sv',
    ),
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
    count: (shown) => `${englishNumber(shown)} ${companies(shown)}`,
    countOf: (shown, of) => `${englishNumber(shown)} of ${englishNumber(of)} ${companies(of)}`,
    empty: 'There are no member companies to show.',
    website: 'Website',
    memberSince: (date) => `Member since ${date}`,
    showMore: (remaining) => `Show more (${englishNumber(remaining)} more)`,
    sectorName: sectorNames({ pr: 'PR', 'performing-arts': 'Performing arts' }, 'en'),
  },
};
