/**
 * The programme feed, version 1: the contract between the programme team and every widget.
 *
 * Defined once here in `zod/mini` (small enough for the browser); the JSON Schema that feed
 * editors use (`npm run schema`) is generated from these same definitions, so the two never
 * disagree. Field-level rules that JSON Schema can express (patterns, enums, minimums) are
 * written as checks that carry over; the rest (a URL that really parses, end after start)
 * are refinements that only the library enforces.
 */
import * as z from 'zod/mini';

// zod probes `new Function` once per page unless told not to, which a strict
// `script-src` reports as a CSP violation. Set before the first parse.
z.config({ jitless: true });

/** The only feed version this library reads. */
export const FEED_VERSION = 1;

// ---------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Text for people: a plain string (in the feed's `language`) or one string per language. */
export const localizedText = z.union(
  [
    z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
    z
      .record(
        z.string().check(z.regex(LANGUAGE_TAG, 'language keys are codes such as "sv" or "en"')),
        z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
      )
      .check(z.refine((texts) => Object.keys(texts).length > 0, 'needs a text in at least one language')),
  ],
  { error: 'must be text, or an object of texts by language such as {"sv": "…", "en": "…"}' },
);

const id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'ids are letters, digits, "-", "_", "." or ":" (at most 128)'),
);

/** Parses as a URL whose scheme is one of `schemes`; anything else (javascript:, data:, …) fails. */
function parsesWithScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * An absolute http(s) link. The pattern is checked before anything is parsed, so a
 * `javascript:` or `data:` value never reaches the `URL` constructor's normalisation
 * (which turns "java\tscript:" into "javascript:").
 */
export const httpUrl = z.string().check(
  z.regex(/^https?:\/\/[^\s<>"]+$/i, { error: 'must be a link starting with https:// or http://', abort: true }),
  z.refine((value) => parsesWithScheme(value, ['https:', 'http:']), 'is not a valid link'),
);

/** Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the mail server's job. */
export const emailAddress = z.string().check(
  z.trim(),
  z.regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/, 'is not an e-mail address'),
);

/** A phone number as people write it: digits with spaces, dashes, brackets and a leading +. */
export const phoneNumber = z.string().check(
  z.trim(),
  z.regex(/^\+?[0-9][0-9 ()-]{4,24}$/, 'is not a phone number (digits, spaces and dashes, e.g. 070-174 06 05)'),
);

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A date, optionally with a time and its offset (`2026-03-14` or `2026-03-14T18:00:00+01:00`). */
const DATE_OR_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d))?$/;

const THIRTY_DAY_MONTHS = [4, 6, 9, 11];

/**
 * True when a date-shaped string is also a real calendar date (no 30 February). Its pattern has
 * checked months 01–12 and days 01–31, so only the month's length is left: arithmetic, no `Date`,
 * as this runs for every date of every event. Years before 100 are typos, and `Date.UTC`, which
 * the widgets count days with, would read them as 1900–1999.
 */
function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leapYear ? 29 : 28) : THIRTY_DAY_MONTHS.includes(month) ? 30 : 31;
  return year >= 100 && day <= daysInMonth;
}

/** A calendar date, `2026-03-14`. */
export const isoDate = z.string().check(
  z.regex(DATE, { error: 'not a date: write it as 2026-03-14', abort: true }),
  z.refine(isRealDate, 'not a date: no such day in the calendar'),
);

/**
 * A moment (`2026-03-14T18:00:00+01:00`, offset required so that no partner site has to
 * guess the time zone) or a date for all-day events (`2026-03-14`).
 */
export const dateOrDateTime = z.string().check(
  // One pattern, not a union of two: a union fails its first branch for every moment.
  z.regex(DATE_OR_DATE_TIME, {
    error: 'not a date: use 2026-03-14 for a whole day or 2026-03-14T18:00:00+01:00 for a time (with its offset)',
    abort: true,
  }),
  z.refine(isRealDate, 'not a date: no such day in the calendar'),
);

const count = z.number().check(z.gte(0, 'must be 0 or more'));

/** An amount of money; currency as ISO 4217 (SEK unless given). */
export const money = z.object({
  value: count,
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/, 'a currency code such as SEK or EUR')), 'SEK'),
});

/** A goal: how many of what by when. */
export const target = z.object({
  value: count,
  unit: z.optional(z.enum(['companies', 'participants', 'events', 'members', 'percent', 'other'])),
  deadline: z.optional(isoDate),
});

const image = z.object({
  url: httpUrl,
  /** Omitted when the image is decorative. */
  alt: z.optional(localizedText),
});

// ---------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------

export const programme = z.object({
  id,
  name: localizedText,
  summary: z.optional(localizedText),
  owner: z.optional(localizedText),
  url: z.optional(httpUrl),
  period: z.optional(z.object({ start: isoDate, end: z.optional(isoDate) })),
  budget: z.optional(money),
});

export const phase = z.object({
  id,
  name: localizedText,
  summary: z.optional(localizedText),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  target: z.optional(target),
  actual: z.optional(z.object({ value: count, asOf: z.optional(isoDate) })),
});

/** Whether the end of an item comes before its start (compared as instants or dates). */
function endsBeforeStart(item: { start?: string; end?: string }): boolean {
  if (!item.start || !item.end) return false;
  const start = Date.parse(item.start);
  const end = Date.parse(item.end);
  return Number.isFinite(start) && Number.isFinite(end) && end < start;
}

export const event = z
  .object({
    id,
    title: localizedText,
    summary: z.optional(localizedText),
    description: z.optional(localizedText),
    start: dateOrDateTime,
    /** Inclusive for all-day events: a date-only end is the last day. */
    end: z.optional(dateOrDateTime),
    location: z.optional(
      z.object({
        name: z.optional(localizedText),
        address: z.optional(localizedText),
        city: z.optional(localizedText),
      }),
    ),
    onlineUrl: z.optional(httpUrl),
    attendanceMode: z.optional(z.enum(['onsite', 'online', 'hybrid'])),
    url: z.optional(httpUrl),
    registrationUrl: z.optional(httpUrl),
    registrationDeadline: z.optional(dateOrDateTime),
    organiser: z.optional(localizedText),
    categories: z.optional(z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty')))),
    phase: z.optional(id),
    status: z._default(z.enum(['scheduled', 'cancelled', 'postponed']), 'scheduled'),
    image: z.optional(image),
  })
  .check(
    z.refine((item) => !endsBeforeStart(item), { message: 'ends before it starts', path: ['end'] }),
  );

export const member = z.object({
  id,
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
  url: z.optional(httpUrl),
  logo: z.optional(httpUrl),
  sectors: z.optional(z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty')))),
  city: z.optional(localizedText),
  summary: z.optional(localizedText),
  joined: z.optional(isoDate),
});

export const funder = z.object({
  id,
  name: localizedText,
  kind: z.enum(['eu', 'national', 'regional', 'municipal', 'private', 'academic']),
  /** The fund, where the funder is an EU fund: e.g. "Europeiska regionala utvecklingsfonden". */
  fund: z.optional(localizedText),
  /**
   * The EU programming period the money comes from; it decides the EU emblem's statement.
   * When absent, the programme's period says which.
   */
  fundingPeriod: z.optional(z.enum(['2014-2020', '2021-2027'])),
  amount: z.optional(money),
  logo: z.optional(httpUrl),
  url: z.optional(httpUrl),
});

export const contact = z.object({
  id,
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
  role: z.optional(localizedText),
  organisation: z.optional(localizedText),
  email: z.optional(emailAddress),
  phone: z.optional(phoneNumber),
  photo: z.optional(httpUrl),
});

/** The object-valued sections, validated as a whole. */
export const objectSections = {
  programme,
  memberTarget: target,
} as const;

/** The list sections, validated item by item so that one bad item never hides the rest. */
export const listSections = {
  phases: phase,
  events: event,
  members: member,
  funders: funder,
  contacts: contact,
} as const;

/** The whole document, for the JSON Schema and for strict checks. */
export const programmeFeed = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(FEED_VERSION),
  /** The language of plain-string texts (Swedish unless given). */
  language: z._default(z.string().check(z.regex(LANGUAGE_TAG, 'a language code such as "sv" or "en"')), 'sv'),
  /** When the feed was last edited. */
  updated: z.optional(dateOrDateTime),
  programme: z.optional(programme),
  phases: z.optional(z.array(phase)),
  events: z.optional(z.array(event)),
  memberTarget: z.optional(target),
  members: z.optional(z.array(member)),
  funders: z.optional(z.array(funder)),
  contacts: z.optional(z.array(contact)),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Money = z.infer<typeof money>;
export type Target = z.infer<typeof target>;
export type Programme = z.infer<typeof programme>;
export type Phase = z.infer<typeof phase>;
export type ProgrammeEvent = z.infer<typeof event>;
export type Member = z.infer<typeof member>;
export type Funder = z.infer<typeof funder>;
export type Contact = z.infer<typeof contact>;
export type ProgrammeFeed = z.infer<typeof programmeFeed>;
/** What a feed may hold as written by hand (defaults not yet filled in). */
export type ProgrammeFeedInput = z.input<typeof programmeFeed>;

export type ListSection = keyof typeof listSections;
export type ObjectSection = keyof typeof objectSections;
export type FeedSection = ListSection | ObjectSection | 'feed';
