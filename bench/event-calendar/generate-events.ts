/**
 * A deterministic programme feed with any number of events, for the benchmark, the "many
 * events" story and the scale tests. Real places and programme names from the seeds;
 * no people. The same `count` and `seed` always give the same feed.
 */
const CITIES = ['Luleå', 'Piteå', 'Boden', 'Kiruna', 'Gällivare', 'Älvsbyn', 'Kalix'];
const VENUES = ['Creative Park/Bergströmska gården', 'Kulturens hus', 'Piteå Science Park', 'Region Norrbotten', 'Studio Acusticum'];
const KINDS = [
  { sv: 'Creative Talks', en: 'Creative Talks', categories: ['talk', 'network'], phase: 'inspire' },
  { sv: 'FUSE-labb', en: 'FUSE lab', categories: ['lab', 'workshop'], phase: 'fuse' },
  { sv: 'CREATE-möte', en: 'CREATE meeting', categories: ['meeting', 'network'], phase: 'create' },
  { sv: 'Workshop: tjänstedesign', en: 'Workshop: service design', categories: ['workshop'], phase: 'fuse' },
  { sv: 'Klusterledarträff', en: "Cluster leaders' meeting", categories: ['meeting'], phase: 'create' },
];
const MODES = ['onsite', 'onsite', 'onsite', 'online', 'hybrid'] as const;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Offset of Europe/Stockholm on a day: summer time from the last Sunday of March to the last Sunday of October. */
function stockholmOffset(year: number, month: number, day: number): string {
  const lastSunday = (m: number) => {
    const last = new Date(Date.UTC(year, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer = (month > 3 && month < 10) || (month === 3 && day >= lastSunday(3)) || (month === 10 && day < lastSunday(10));
  return summer ? '+02:00' : '+01:00';
}

/** A feed of `count` events, one to three a day from `from` (an ISO date) onwards. */
export function generateFeed(count: number, options: { from?: string; seed?: number } = {}): Record<string, unknown> {
  const next = random(options.seed ?? 2016);
  const start = Date.parse(`${options.from ?? '2016-01-04'}T00:00:00Z`);
  const events = [];
  let dayOffset = 0;
  for (let index = 0; index < count; index++) {
    if (next() < 0.55) dayOffset += 1 + Math.floor(next() * 2);
    const date = new Date(start + dayOffset * 86_400_000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    const kind = KINDS[Math.floor(next() * KINDS.length)];
    const mode = MODES[Math.floor(next() * MODES.length)];
    const hour = 8 + Math.floor(next() * 10);
    const offset = stockholmOffset(year, month, day);
    const allDay = next() < 0.05;
    const roll = next();
    events.push({
      id: `event-${index}`,
      title: { sv: `${kind.sv} #${index + 1}`, en: `${kind.en} #${index + 1}` },
      summary: { sv: 'Ett tillfälle för de kulturella och kreativa näringarna i Norrbotten.', en: 'A meeting point for the cultural and creative industries in Norrbotten.' },
      start: allDay ? iso : `${iso}T${pad(hour)}:00:00${offset}`,
      end: allDay ? iso : `${iso}T${pad(hour + 2)}:30:00${offset}`,
      ...(mode === 'online' ? {} : { location: { name: VENUES[index % VENUES.length], city: CITIES[index % CITIES.length] } }),
      ...(mode === 'onsite' ? {} : { onlineUrl: 'https://meet.example.org/creative-nodes' }),
      attendanceMode: mode,
      organiser: 'Luleå Näringsliv AB',
      categories: kind.categories,
      phase: kind.phase,
      status: roll < 0.03 ? 'cancelled' : roll < 0.05 ? 'postponed' : 'scheduled',
    });
  }
  return {
    version: 1,
    language: 'sv',
    programme: { id: 'creative-nodes-fusion', name: 'Creative Nodes Fusion' },
    phases: [
      { id: 'inspire', name: 'INSPIRE' },
      { id: 'fuse', name: 'FUSE' },
      { id: 'create', name: 'CREATE' },
    ],
    events,
  };
}
