/**
 * What the roster shows, computed without the DOM: the members prepared once per feed and
 * language (search text, city in the page's language, name order; date order when first asked
 * for), then filtered per keystroke. Filtering keeps the prepared order, so typing never
 * re-sorts 1,000 members, and the same inputs give back the same array (the roster starts
 * again from one page only when the result changes). Filtering and the date order come from
 * filtering.ts, loaded when a roster is first filtered or sorted: until then, every member in
 * name order.
 */
import type { Member } from '../feed/schema.js';

export type RosterSort = 'name' | 'joined';

export interface RosterEntry {
  readonly member: Member;
  /** The name, lower-cased in the page's locale, for searching. */
  readonly searchName: string;
  /** The city in the page's language, lower-cased: "Luleå" and "LULEÅ" are one city. */
  readonly cityKey?: string;
  /** Sector codes, lower-cased. */
  readonly sectors: readonly string[];
}

export interface RosterFilters {
  query: string;
  /** Sector codes (lower case); a member in any of them matches. Empty: every sector. */
  sectors: ReadonlySet<string>;
  /** A city as shown (in any case); empty: every city. */
  city: string;
  sort: RosterSort;
}

export interface RosterView {
  /** The members that match the filters, in the chosen order. */
  readonly shown: readonly RosterEntry[];
  /** How many members the feed has. */
  readonly total: number;
  /** Every sector code in the feed, in order of first appearance. */
  readonly sectors: readonly string[];
  /** Every city in the feed, sorted in the page's locale. */
  readonly cities: readonly string[];
  /** Whether any member has a joining date (sorting by it means something). */
  readonly hasJoined: boolean;
}

export interface RosterContext {
  /** The page's language tag: the city names and the search text depend on it. */
  language: string;
  /** The locale for `Intl` (Swedish collation puts Å, Ä, Ö after Z). */
  locale: string;
  /** A member's city in the page's language. */
  cityOf: (member: Member) => string | undefined;
}

interface Catalogue {
  members: readonly Member[];
  language: string;
  locale: string;
  byName: readonly RosterEntry[];
  /** Sorted when first asked for: most rosters are never sorted by date. */
  byJoined?: readonly RosterEntry[];
  sectors: readonly string[];
  cities: readonly string[];
  hasJoined: boolean;
}

/** Splits `sector="design film"` or `"design,film"` into lower-case codes. */
export function parseSectors(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(/[\s,]+/).filter(Boolean).map((code) => code.toLowerCase()));
}

function prepare(members: readonly Member[], context: RosterContext): Catalogue {
  const nameCollator = new Intl.Collator(context.locale, { numeric: true });
  const sectors = new Set<string>();
  const cities = new Map<string, string>();
  const entries = members.map((member): RosterEntry => {
    const memberSectors = (member.sectors ?? []).map((code) => code.toLowerCase());
    memberSectors.forEach((code) => sectors.add(code));
    const city = context.cityOf(member);
    const cityKey = city?.toLocaleLowerCase(context.locale);
    // The first spelling of a city is the one the select shows.
    if (city && cityKey && !cities.has(cityKey)) cities.set(cityKey, city);
    return {
      member,
      searchName: member.name.toLocaleLowerCase(context.locale),
      cityKey,
      sectors: memberSectors,
    };
  });
  // Ids are unique (validation drops a repeated one): the order is the same on every load.
  const byNameThenId = ({ member: a }: RosterEntry, { member: b }: RosterEntry) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byName = [...entries].sort(byNameThenId);
  return {
    members,
    language: context.language,
    locale: context.locale,
    byName,
    sectors: [...sectors],
    cities: [...cities.values()].sort(nameCollator.compare),
    hasJoined: members.some((member) => member.joined !== undefined),
  };
}

/** Filtering and the date order (filtering.ts, loaded on demand). */
export interface Narrowing {
  /** The entries that match, in the given order. */
  narrow(entries: readonly RosterEntry[], query: string, sectors: ReadonlySet<string>, city: string): readonly RosterEntry[];
  newestFirst(entries: readonly RosterEntry[]): readonly RosterEntry[];
}

/** Remembers the last feed and the last filters, so an unchanged render costs nothing. */
export class RosterModel {
  private catalogue?: Catalogue;
  private lastFilters?: { catalogue: Catalogue; key: string; shown: readonly RosterEntry[] };

  /** The roster for `filters`; without `narrowing` (not loaded yet), every member in name order. */
  view(members: readonly Member[], context: RosterContext, filters: RosterFilters, narrowing?: Narrowing): RosterView {
    let catalogue = this.catalogue;
    if (!catalogue || catalogue.members !== members || catalogue.language !== context.language || catalogue.locale !== context.locale) {
      catalogue = this.catalogue = prepare(members, context);
    }
    const query = filters.query.trim().toLocaleLowerCase(context.locale);
    const city = filters.city.trim().toLocaleLowerCase(context.locale);
    const joined = filters.sort === 'joined' && catalogue.hasJoined;
    const key = JSON.stringify([query, city, joined, [...filters.sectors].sort()]);
    const last = this.lastFilters;
    let shown = catalogue.byName;
    if (narrowing && last?.catalogue === catalogue && last.key === key) {
      shown = last.shown;
    } else if (narrowing) {
      const ordered = joined ? (catalogue.byJoined ??= narrowing.newestFirst(shown)) : shown;
      shown = query || city || filters.sectors.size > 0 ? narrowing.narrow(ordered, query, filters.sectors, city) : ordered;
      this.lastFilters = { catalogue, key, shown };
    }
    return {
      shown,
      total: members.length,
      sectors: catalogue.sectors,
      cities: catalogue.cities,
      hasJoined: catalogue.hasJoined,
    };
  }
}
