/**
 * Funders for the funder strip's stories and tests: the real funders of the seeds' programmes
 * with neutral placeholder logos (not their real marks), resolved by Vite and the test runner.
 */
export const WIDE_LOGO = new URL('./logos/wide-logo.svg', import.meta.url).href;
export const SQUARE_LOGO = new URL('./logos/square-logo.svg', import.meta.url).href;

export const ERUF = {
  id: 'eruf',
  name: { sv: 'Europeiska regionala utvecklingsfonden', en: 'European Regional Development Fund' },
  kind: 'eu',
  fund: { sv: 'Europeiska regionala utvecklingsfonden', en: 'European Regional Development Fund' },
};

/** Creative Nodes Fusion's programme, for a 2014–2020 statement. */
export const FUSION_PROGRAMME = { id: 'fusion', name: 'Creative Nodes Fusion', period: { start: '2016-01-01', end: '2018-12-31' } };

/** Creative Nodes Fusion's funders with placeholder logos: wide, square. */
export const FUNDERS_WITH_LOGOS = [
  ERUF,
  { id: 'lansstyrelsen-norrbotten', name: 'Länsstyrelsen i Norrbotten', kind: 'national', logo: WIDE_LOGO },
  { id: 'norrbottens-lans-landsting', name: 'Norrbottens läns landsting', kind: 'regional', logo: SQUARE_LOGO, url: 'https://www.norrbotten.se' },
];
