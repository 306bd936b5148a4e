/**
 * Member data for the roster's tests, stories and bench. The real Creative North companies
 * come from samples/feeds/creative-north.json; the companies here are made up ("Exempel…",
 * "Påhittat …") so that no real company gets a website, a logo or a joining date it does not
 * have. Logos are local placeholder images, or addresses on 127.0.0.1 that fail on purpose.
 */

/** A placeholder logo served with the repository (never a third-party host). */
export function placeholderLogo(name: 'circles' | 'bars' | 'square'): string {
  return new URL(`/stories/support/logos/logo-${name}.svg`, document.baseURI).href;
}

/** A logo address that cannot load: nothing listens on port 9 of this machine. */
export function brokenLogo(name: string): string {
  return `http://127.0.0.1:9/logos/${encodeURIComponent(name)}.png`;
}

export const FICTIONAL_MEMBERS = [
  {
    id: 'exempelbyran-nord',
    name: 'Exempelbyrån Nord',
    url: 'https://exempelbyran.example.org/',
    sectors: ['communication', 'design'],
    city: 'Luleå',
    summary: { sv: 'Påhittad kommunikationsbyrå, för exemplens skull', en: 'A made-up communication agency, for the examples' },
    joined: '2025-03-12',
  },
  {
    id: 'pahittat-film',
    name: 'Påhittat Film',
    url: 'https://www.pahittat-film.example.org/om-oss',
    sectors: ['film'],
    city: 'Piteå',
    summary: { sv: 'Påhittat produktionsbolag för film och rörlig bild', en: 'A made-up film and video production company' },
    joined: '2025-09-01',
  },
  {
    id: 'testdesign',
    name: 'Testdesign',
    sectors: ['design'],
    city: 'Umeå',
    summary: { sv: 'Påhittad designbyrå utan egen webbplats', en: 'A made-up design studio without a website' },
    joined: '2024-11-20',
  },
  {
    id: 'latsasstudion',
    name: 'Låtsasstudion',
    url: 'https://latsasstudion.example.org/',
    sectors: ['digital', 'games'],
    city: 'Skellefteå',
    summary: { sv: 'Påhittad spelstudio', en: 'A made-up game studio' },
    joined: '2026-01-15',
  },
  {
    id: 'provljud',
    name: 'Provljud',
    sectors: ['music'],
    city: 'Kiruna',
    summary: { sv: 'Påhittad ljudstudio utan webbplats', en: 'A made-up sound studio without a website' },
  },
  {
    id: 'angstrom-exempel',
    name: 'Ångström Exempel',
    url: 'https://angstrom.example.org/',
    sectors: ['architecture'],
    city: 'Luleå',
    summary: { sv: 'Påhittad arkitektbyrå', en: 'A made-up architecture practice' },
    joined: '2023-05-04',
  },
];

const FIRST = ['Norr', 'Älv', 'Fjäll', 'Polar', 'Myr', 'Tjäle', 'Skare', 'Is', 'Midnatt', 'Björk', 'Ö', 'Ren'];
const SECOND = ['ljus', 'form', 'ton', 'bild', 'kod', 'studio', 'verket', 'byrån', 'labbet', 'ateljén'];
const CITIES = ['Luleå', 'Piteå', 'Umeå', 'Skellefteå', 'Kiruna', 'Boden', 'Gällivare', 'Haparanda', 'Kalix', 'Älvsbyn', 'Östersund', 'Sundsvall'];
const LOGOS = ['circles', 'bars', 'square'] as const;
const SECTORS = ['digital', 'film', 'communication', 'design', 'pr', 'education', 'music', 'games', 'architecture', 'photography'];

/**
 * `count` made-up members with varied names, sectors, cities and joining dates; every third
 * has a placeholder logo, every 25th a logo that fails, every fourth no website.
 */
export function manyMembers(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${FIRST[index % FIRST.length]}${SECOND[Math.floor(index / FIRST.length) % SECOND.length]} ${Math.floor(index / (FIRST.length * SECOND.length)) + 1}`;
    const year = 2016 + (index % 11);
    const month = String((index % 12) + 1).padStart(2, '0');
    const day = String((index % 28) + 1).padStart(2, '0');
    return {
      id: `member-${index + 1}`,
      name,
      ...(index % 4 === 3 ? {} : { url: `https://member-${index + 1}.example.org/` }),
      ...(index % 25 === 24 ? { logo: brokenLogo(`member-${index + 1}`) } : index % 3 === 0 ? { logo: placeholderLogo(LOGOS[(index / 3) % LOGOS.length]) } : {}),
      sectors: [SECTORS[index % SECTORS.length], ...(index % 5 === 0 ? [SECTORS[(index + 3) % SECTORS.length]] : [])],
      city: CITIES[(index * 7) % CITIES.length],
      summary: { sv: `Påhittat medlemsföretag nummer ${index + 1}`, en: `Made-up member company number ${index + 1}` },
      joined: `${year}-${month}-${day}`,
    };
  });
}
