/**
 * The validator's messages (English, from src/feed/validate.ts and src/feed/schema.ts) in
 * Swedish, and JSON syntax mistakes in both languages. The validator stays English (it is
 * also read in browser consoles); the tools for the programme team speak either language.
 *
 * Matched by pattern rather than by a code because the validator's issues carry only text.
 * A message that matches no pattern is shown in English rather than not at all; the tests
 * feed every message the validator can produce through `translateIssueMessage`, so a new
 * message without a translation fails there.
 * Pure code without Node or DOM dependencies: the playground page uses it too.
 */
import type { JsonSyntaxCode } from './json-positions.js';

export type CliLanguage = 'sv' | 'en';

/** Fixed messages, word for word. */
const FIXED: Record<string, string> = {
  'is required': 'saknas (måste finnas)',
  'must not be empty': 'får inte vara tomt',
  'needs a text in at least one language': 'behöver en text på minst ett språk',
  'language keys are codes such as "sv" or "en"': 'språknycklarna ska vara koder som "sv" eller "en"',
  'must be text, or an object of texts by language such as {"sv": "…", "en": "…"}':
    'måste vara en text, eller ett objekt med en text per språk som {"sv": "…", "en": "…"}',
  'ids are letters, digits, "-", "_", "." or ":" (at most 128)':
    'id får bara innehålla bokstäver (a–z utan å, ä, ö), siffror, "-", "_", "." eller ":" (högst 128 tecken)',
  'must be a link starting with https:// or http://': 'måste vara en länk som börjar med https:// eller http://',
  'is not a valid link': 'är ingen giltig länk',
  'is not an e-mail address': 'är ingen e-postadress',
  'is not a phone number (digits, spaces and dashes, e.g. 070-174 06 05)':
    'är inget telefonnummer (siffror, mellanslag och bindestreck, t.ex. 070-174 06 05)',
  'not a date: write it as 2026-03-14': 'inte ett datum: skriv det som 2026-03-14',
  'not a date: no such day in the calendar': 'inte ett datum: den dagen finns inte i kalendern',
  'not a date: use 2026-03-14 for a whole day or 2026-03-14T18:00:00+01:00 for a time (with its offset)':
    'inte ett datum: skriv 2026-03-14 för en hel dag eller 2026-03-14T18:00:00+01:00 för en tidpunkt (med tidsskillnaden mot UTC)',
  'must be 0 or more': 'måste vara 0 eller mer',
  'a currency code such as SEK or EUR': 'måste vara en valutakod som SEK eller EUR',
  'ends before it starts': 'slutar innan det börjar',
  'a language code such as "sv" or "en"': 'måste vara en språkkod som "sv" eller "en"',
};

/** The validator's words for types (`TYPE_WORDS` in validate.ts) and values (`describeValue`). */
const TYPES: Record<string, string> = {
  text: 'text',
  'a number': 'ett tal',
  'an object': 'ett objekt',
  'a list': 'en lista',
  'true or false': 'true eller false',
};
const VALUES: Record<string, string> = { 'a list': 'en lista', 'an object': 'ett objekt', undefined: 'ingenting' };

const value = (described: string): string => VALUES[described] ?? described;

/** Patterns for messages with values in them, tried in order. */
const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^must be one of (.+), not (.+)$/s, (list, found) => `måste vara ett av ${list.replace(/, (?=[^,]*$)/, ' eller ')}, inte ${value(found)}`],
  [/^must be (".*"|-?\d[\d.e+-]*|true|false|null), not (.+)$/s, (wanted, found) => `måste vara ${wanted}, inte ${value(found)}`],
  [/^must be (text|a number|an object|a list|true or false|[a-z]+), not (.+)$/s, (type, found) => `måste vara ${TYPES[type] ?? type}, inte ${value(found)}`],
  [/^"(.*)" is used already by (.+) \(this one is ignored\)$/s, (id, other) => `"${id}" används redan av ${other} (den här hoppas över)`],
  [/^the feed must be a JSON object, not (.+)$/s, (found) => `flödet måste vara ett JSON-objekt, inte ${value(found)}`],
  [/^is required \(this library reads "version": (\d+)\)$/, (version) => `saknas (widgetarna läser "version": ${version})`],
  [/^(.+) is not a version this library reads \(it reads (\d+)\)$/s, (found, version) => `${value(found)} är inte en version som widgetarna läser (de läser ${version})`],
  [/^the feed is not valid JSON(.*)$/s, (rest) => `flödet är inte giltig JSON${rest}`],
];

const IGNORED = ' (ignored)';

/**
 * The Swedish for one of the validator's messages, or `undefined` when it is not known.
 * A message may end in " (ignored)" (an optional field that was left out).
 */
export function translateIssueMessage(message: string): string | undefined {
  if (message.endsWith(IGNORED)) {
    const inner = translateIssueMessage(message.slice(0, -IGNORED.length));
    return inner === undefined ? undefined : `${inner} (fältet hoppas över)`;
  }
  if (message in FIXED) return FIXED[message];
  for (const [pattern, translate] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return undefined;
}

/**
 * A validator message for people, in `language`. The validator repeats the path at the start
 * of some whole-feed messages (`version: is required …`); that is dropped, since the path is shown beside it.
 */
export function issueMessage(message: string, path: string, language: CliLanguage): string {
  const text = path !== '' && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  return language === 'sv' ? (translateIssueMessage(text) ?? text) : text;
}

const SYNTAX: Record<CliLanguage, Record<JsonSyntaxCode, (found: string) => string>> = {
  en: {
    empty: () => 'the file is empty',
    'unexpected-end': () => 'the text ends too early: a closing }, ] or " is missing',
    'unexpected-character': (found) => `${found} is not allowed here`,
    'trailing-comma': () => 'a comma before } or ] is not allowed in JSON: remove it',
    comment: () => 'JSON does not allow comments (// or /* */)',
    'single-quote': () => 'JSON needs double quotes "…", not single quotes \'…\'',
    'unquoted-key': () => 'a field name needs double quotes: "name": …',
    'missing-colon': (found) => `a colon ":" is missing after the field name (found ${found})`,
    'missing-comma': (found) => `a comma "," is missing before this (found ${found})`,
    'line-break-in-text': () => 'a text may not continue on the next line: write a line break as \\n',
    'control-character-in-text': () => 'a text contains an invisible control character (a tab? write it as \\t)',
    'bad-escape': (found) => `a backslash must be written \\\\ in JSON (found ${found}…)`,
    'bad-number': () => 'this is not a number as JSON writes them (e.g. 12, 12.5, no leading zeros or units)',
    'extra-text': (found) => `there is more after the end of the document (${found}…): is a { or [ missing at the start?`,
    'too-deep': () => 'the document is nested too deeply',
  },
  sv: {
    empty: () => 'filen är tom',
    'unexpected-end': () => 'texten tar slut för tidigt: en avslutande }, ] eller " saknas',
    'unexpected-character': (found) => `${found} får inte stå här`,
    'trailing-comma': () => 'JSON tillåter inget kommatecken före } eller ]: ta bort det',
    comment: () => 'JSON tillåter inga kommentarer (// eller /* */)',
    'single-quote': () => 'JSON kräver dubbla citattecken "…", inte enkla \'…\'',
    'unquoted-key': () => 'ett fältnamn ska stå inom dubbla citattecken: "name": …',
    'missing-colon': (found) => `ett kolon ":" saknas efter fältnamnet (här står ${found})`,
    'missing-comma': (found) => `ett kommatecken "," saknas före detta (här står ${found})`,
    'line-break-in-text': () => 'en text får inte fortsätta på nästa rad: skriv radbrytningar som \\n',
    'control-character-in-text': () => 'en text innehåller ett osynligt styrtecken (en tabb? skriv den som \\t)',
    'bad-escape': (found) => `ett omvänt snedstreck skrivs \\\\ i JSON (här står ${found}…)`,
    'bad-number': () => 'det här är inget tal som JSON skriver dem (t.ex. 12 eller 12.5, utan inledande nollor eller enheter)',
    'extra-text': (found) => `det står mer efter dokumentets slut (${found}…): saknas en { eller [ i början?`,
    'too-deep': () => 'dokumentet är för djupt nästlat',
  },
};

/** A JSON syntax mistake in plain words. */
export function syntaxMessage(code: JsonSyntaxCode, found: string | undefined, language: CliLanguage): string {
  const shown = found === undefined ? '' : JSON.stringify(found);
  return SYNTAX[language][code](shown);
}

/** A key written twice in one object. */
export function duplicateKeyMessage(language: CliLanguage): string {
  return language === 'sv'
    ? 'fältet finns två gånger i samma objekt: bara det sista räknas'
    : 'this field appears twice in the same object: only the last one counts';
}
