/**
 * Every word the command-line tool says, in Swedish and English: one interface that both
 * languages implement, so a missing string is a type error. The people who run it are
 * programme coordinators, so the words explain what to do, not how the code works.
 */
import type { CliLanguage } from './issue-messages.js';

export interface CliStrings {
  // Usage
  unknownCommand: (name: string) => string;
  badOption: (detail: string) => string;
  missingInput: (command: string) => string;
  badLanguage: (value: string) => string;
  badDate: (option: string, value: string) => string;
  badNumber: (option: string, value: string) => string;
  seeHelp: (command?: string) => string;
  // Reading files and addresses
  fileNotFound: (file: string) => string;
  fileUnreadable: (file: string, reason: string) => string;
  timedOut: (url: string, seconds: number) => string;
  networkFailed: (url: string, reason: string) => string;
  httpFailed: (url: string, status: number, statusText: string) => string;
  // validate
  severity: { error: string; warning: string };
  position: (line: number, column: number) => string;
  noPosition: string;
  fileOk: (input: string, contents: string) => string;
  fileProblems: (input: string, errors: number, warnings: number) => string;
  fileUnusable: (input: string) => string;
  leftOut: (items: string[]) => string;
  summary: (files: number, invalid: number, errors: number, warnings: number) => string;
  progress: (done: number, total: number, input: string) => string;
  noCors: string;
  narrowCors: (origin: string) => string;
  contentType: (type: string) => string;
  sections: (counts: Record<string, number>) => string;
  // from-ics
  notCalendar: string;
  icsEventSkipped: (line: number, reason: string) => string;
  icsLine: (line: number, text: string) => string;
  icsNoStart: string;
  icsNoTitle: string;
  icsBadDate: (value: string) => string;
  icsPrivate: (line: number) => string;
  icsUnknownZone: (line: number, zone: string, fallback: string) => string;
  icsFloating: (line: number, zone: string) => string;
  icsRuleUnsupported: (line: number, part: string) => string;
  icsNoOccurrences: (line: number, title: string, from: string, to: string) => string;
  icsTooMany: (line: number, title: string, count: number) => string;
  icsHtml: (line: number) => string;
  icsBadUrl: (line: number, value: string) => string;
  icsNoUid: (line: number) => string;
  icsDuplicateId: (line: number, id: string) => string;
  icsSummary: (events: number, entries: number, from: string, to: string) => string;
  // from-csv
  csvEmpty: string;
  csvNoNameColumn: (known: string) => string;
  csvUnusedColumns: (columns: string[]) => string;
  csvRowSkipped: (row: number, reason: string) => string;
  csvRowField: (row: number, column: string, reason: string) => string;
  csvNoName: string;
  csvUrlFixed: (row: number, value: string) => string;
  csvBadDate: (row: number, column: string, value: string) => string;
  csvDuplicateId: (row: number, id: string, otherRow: number) => string;
  csvWindows1252: string;
  csvSummary: (items: string, rows: number) => string;
  // to-ics
  toIcsSummary: (events: number, dropped: number) => string;
  // Help
  help: Record<'main' | 'validate' | 'schema' | 'from-ics' | 'from-csv' | 'to-ics', string>;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const SECTION_WORDS = {
  sv: { events: ['evenemang', 'evenemang'], members: ['medlem', 'medlemmar'], contacts: ['kontakt', 'kontakter'], phases: ['fas', 'faser'], funders: ['finansiär', 'finansiärer'] },
  en: { events: ['event', 'events'], members: ['member', 'members'], contacts: ['contact', 'contacts'], phases: ['phase', 'phases'], funders: ['funder', 'funders'] },
} as const;

function sectionList(language: CliLanguage, counts: Record<string, number>): string {
  const words = SECTION_WORDS[language] as Record<string, readonly [string, string]>;
  return Object.entries(counts)
    .filter(([section]) => section in words)
    .map(([section, count]) => plural(count, words[section][0], words[section][1]))
    .join(', ');
}

const sv: CliStrings = {
  unknownCommand: (name) => `Okänt kommando: ${name}`,
  badOption: (detail) => `Fel i flaggorna: ${detail}`,
  missingInput: (command) => `Ange vilken fil ${command} ska läsa.`,
  badLanguage: (value) => `--lang ska vara sv eller en, inte ${value}`,
  badDate: (option, value) => `${option} ska vara ett datum som 2026-03-14, inte ${value}`,
  badNumber: (option, value) => `${option} ska vara ett tal, inte ${value}`,
  seeHelp: (command) => `Skriv cn-feed ${command ? `${command} ` : ''}--help för hjälp.`,
  fileNotFound: (file) => `Filen finns inte: ${file}`,
  fileUnreadable: (file, reason) => `Kunde inte läsa ${file}: ${reason}`,
  timedOut: (url, seconds) => `Inget svar från ${url} inom ${seconds} sekunder`,
  networkFailed: (url, reason) => `Kunde inte hämta ${url}: ${reason}`,
  httpFailed: (url, status, statusText) => `Servern svarade ${status}${statusText ? ` ${statusText}` : ''} för ${url}`,
  severity: { error: 'fel', warning: 'varning' },
  position: (line, column) => `rad ${line}, kolumn ${column}`,
  noPosition: '',
  fileOk: (input, contents) => `✓ ${input}: inga problem${contents ? ` (${contents})` : ''}`,
  fileProblems: (input, errors, warnings) => `${input}: ${plural(errors, 'fel', 'fel')}, ${plural(warnings, 'varning', 'varningar')}`,
  fileUnusable: (input) => `${input}: kan inte användas alls`,
  leftOut: (items) => `  Utelämnas på webbsidorna: ${items.join(', ')}`,
  summary: (files, invalid, errors, warnings) =>
    `${plural(files, 'fil kontrollerad', 'filer kontrollerade')}: ${invalid === 0 ? 'alla går att använda' : `${invalid} med fel`}; ${plural(errors, 'fel', 'fel')}, ${plural(warnings, 'varning', 'varningar')}.`,
  progress: (done, total, input) => `Kontrollerar ${done} av ${total}: ${input}`,
  noCors:
    'servern skickar inte Access-Control-Allow-Origin: webbsidor på andra webbplatser kan inte läsa flödet (se docs/publishing.md)',
  narrowCors: (origin) => `Access-Control-Allow-Origin är ${origin}: bara den webbplatsen kan läsa flödet (för ett publikt flöde: *)`,
  contentType: (type) => `servern anger innehållstypen ${type || '(ingen)'}; använd application/json; charset=utf-8`,
  sections: (counts) => sectionList('sv', counts),
  notCalendar: 'Det här är ingen iCalendar-fil (BEGIN:VCALENDAR saknas). Exportera kalendern som .ics.',
  icsEventSkipped: (line, reason) => `Händelsen på rad ${line} hoppas över: ${reason}`,
  icsLine: (line, text) => `Rad ${line}: ${text}`,
  icsNoStart: 'starttid (DTSTART) saknas',
  icsNoTitle: 'rubrik (SUMMARY) saknas',
  icsBadDate: (value) => `${value} är inget datum som går att läsa`,
  icsPrivate: (line) => `En privat händelse (CLASS:PRIVATE/CONFIDENTIAL) på rad ${line} tas inte med.`,
  icsUnknownZone: (line, zone, fallback) => `Rad ${line}: tidszonen "${zone}" är okänd; tiden läses som ${fallback}.`,
  icsFloating: (line, zone) => `Rad ${line}: tiden saknar tidszon; den läses som ${zone}.`,
  icsRuleUnsupported: (line, part) => `Rad ${line}: upprepningsregeln ${part} stöds inte; bara de tillfällen som går att räkna ut tas med.`,
  icsNoOccurrences: (line, title, from, to) =>
    `Rad ${line}: den återkommande händelsen "${title}" har inga tillfällen mellan ${from} och ${to} (ändra med --from och --to).`,
  icsTooMany: (line, title, count) => `Rad ${line}: "${title}" upprepas mer än ${count} gånger; bara de ${count} första tas med.`,
  icsHtml: (line) => `Rad ${line}: beskrivningen var HTML; den har gjorts om till vanlig text.`,
  icsBadUrl: (line, value) => `Rad ${line}: URL ${value} är ingen https://-länk och tas inte med.`,
  icsNoUid: (line) => `Rad ${line}: händelsen saknar UID; dess id görs av rubrik och start och ändras om de ändras.`,
  icsDuplicateId: (line, id) => `Rad ${line}: id ${id} finns redan; den här händelsen får ett löpnummer.`,
  icsSummary: (events, entries, from, to) =>
    `${plural(events, 'evenemang', 'evenemang')} från ${plural(entries, 'kalenderpost', 'kalenderposter')} (återkommande händelser mellan ${from} och ${to}).`,
  csvEmpty: 'Filen har ingen rubrikrad och inga rader.',
  csvNoNameColumn: (known) => `Ingen kolumn för namnet hittades. Rubrikraden behöver en kolumn som heter ${known}.`,
  csvUnusedColumns: (columns) => `Kolumner som inte används: ${columns.join(', ')}`,
  csvRowSkipped: (row, reason) => `Rad ${row} hoppas över: ${reason}`,
  csvRowField: (row, column, reason) => `Rad ${row}, ${column}: ${reason}`,
  csvNoName: 'namnet saknas',
  csvUrlFixed: (row, value) => `Rad ${row}: ${value} saknade https://; det har lagts till.`,
  csvBadDate: (row, column, value) => `Rad ${row}, ${column}: ${value} är inget datum som 2026-03-14 (fältet hoppas över)`,
  csvDuplicateId: (row, id, otherRow) => `Rad ${row} hoppas över: id ${id} används redan på rad ${otherRow}`,
  csvWindows1252:
    'Filen var inte UTF-8; den lästes som Windows-1252 (Excels standard för "CSV"). Välj helst "CSV UTF-8" när du sparar.',
  csvSummary: (items, rows) => `${items} från ${plural(rows, 'rad', 'rader')}.`,
  toIcsSummary: (events, dropped) =>
    `${plural(events, 'evenemang', 'evenemang')} skrivna${dropped > 0 ? `; ${dropped} med fel utelämnades` : ''}.`,
  help: {
    main: `cn-feed – verktyg för programflödena (Creative Nodes widgets)

Användning: cn-feed <kommando> [flaggor]

Kommandon:
  validate FIL|URL …   kontrollera flöden: varje problem med rad och kolumn
  schema               skriv ut flödets JSON Schema
  from-ics FIL         gör om en kalenderexport (.ics) till flödets "events"
  from-csv FIL         gör om ett kalkylark (.csv) till "members" eller "contacts"
  to-ics FIL|URL       gör om flödets evenemang till en kalender att prenumerera på

Flaggor för alla kommandon:
  --lang sv|en         språk (standard: datorns språk, annars engelska)
  -h, --help           hjälp; cn-feed <kommando> --help för ett kommando
  -v, --version        versionen

Exempel:
  npx cn-feed validate flöden/creative-north.json
  npx cn-feed from-ics kalender.ics --from 2026-01-01 > evenemang.json`,
    validate: `cn-feed validate FIL|URL … [flaggor]

Kontrollerar ett eller flera flöden (filer eller https://-adresser) och visar varje problem
med sökväg (events[3].start), rad och kolumn. "fel" betyder att en post (eller hela flödet)
inte visas på webbsidorna; "varning" att ett fält hoppas över och resten av posten visas.

Flaggor:
  --json               resultatet som JSON (för skript)
  --strict             räkna varningar som fel
  --timeout SEKUNDER   hur länge en adress får ta (standard 10)
  --progress           visa förloppet även när utdata inte är en terminal
  --no-progress        visa aldrig förloppet

Slutstatus: 0 när inget fel finns (varningar skrivs ut men godkänns), 1 när något fel finns
(eller en varning med --strict), 2 vid felaktiga flaggor.
En fil som heter - läses från standard in.`,
    schema: `cn-feed schema

Skriver ut flödets JSON Schema (samma regler som widgetarna kontrollerar med).
Spara det och ange det i flödets "$schema" så kontrollerar VS Code flödet medan du skriver.`,
    'from-ics': `cn-feed from-ics FIL [flaggor]

Gör om en kalenderexport (iCalendar .ics från Outlook, Google Kalender m.fl.) till flödets
evenemang. Tider med tidszon får rätt tidsskillnad mot UTC (även vinter/sommartid),
heldagshändelser blir datum, återkommande händelser räknas ut mellan --from och --to.
Privata händelser tas inte med. Varningar skrivs till standard fel.

Flaggor:
  --from DATUM         första dagen för återkommande händelser (standard: i dag)
  --to DATUM           sista dagen (standard: om ett år)
  --time-zone ZON      tidszon för tider utan zon (standard: kalenderns, annars Europe/Stockholm)
  --array              skriv bara listan [...] i stället för {"version": 1, "events": [...]}

Slutstatus: 0 när allt gick att göra om, 1 när någon händelse inte gick att använda
eller filen inte är en kalender, 2 vid felaktiga flaggor.`,
    'from-csv': `cn-feed from-csv FIL [flaggor]

Gör om ett kalkylark sparat som CSV till flödets medlemmar (eller kontakter med --contacts).
Första raden är rubriker, på svenska eller engelska:
  medlemmar: namn, id, webbplats, logotyp, bransch (flera med ; eller ,), ort, beskrivning, medlem sedan
  kontakter: namn, id, roll, organisation, e-post, telefon, foto
En rubrik som "roll (en)" ger texten på engelska. Semikolon (svenska Excel) och komma
känns igen av sig själva. Rader som inte går att använda räknas upp med radnummer.

Flaggor:
  --contacts           gör kontakter i stället för medlemmar
  --array              skriv bara listan [...] i stället för ett helt flöde

Slutstatus: 0 när alla rader användes, 1 när någon rad hoppades över eller filen inte gick
att använda, 2 vid felaktiga flaggor.`,
    'to-ics': `cn-feed to-ics FIL|URL [flaggor]

Skriver flödets evenemang som en iCalendar-fil (.ics) som man kan prenumerera på i Outlook,
Google Kalender eller Apple Kalender. Publicera filen bredvid flödet.

Flaggor:
  --lang sv|en         språket för texter som finns på flera språk
  --output FIL         skriv till en fil i stället för standard ut

Slutstatus: 0 när allt skrevs, 1 när flödet inte gick att läsa eller evenemang utelämnades.`,
  },
};

const en: CliStrings = {
  unknownCommand: (name) => `Unknown command: ${name}`,
  badOption: (detail) => `Problem with the options: ${detail}`,
  missingInput: (command) => `Say which file ${command} should read.`,
  badLanguage: (value) => `--lang must be sv or en, not ${value}`,
  badDate: (option, value) => `${option} must be a date such as 2026-03-14, not ${value}`,
  badNumber: (option, value) => `${option} must be a number, not ${value}`,
  seeHelp: (command) => `Run cn-feed ${command ? `${command} ` : ''}--help for help.`,
  fileNotFound: (file) => `No such file: ${file}`,
  fileUnreadable: (file, reason) => `Could not read ${file}: ${reason}`,
  timedOut: (url, seconds) => `No answer from ${url} within ${seconds} seconds`,
  networkFailed: (url, reason) => `Could not fetch ${url}: ${reason}`,
  httpFailed: (url, status, statusText) => `The server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}`,
  severity: { error: 'error', warning: 'warning' },
  position: (line, column) => `line ${line}, column ${column}`,
  noPosition: '',
  fileOk: (input, contents) => `✓ ${input}: no problems${contents ? ` (${contents})` : ''}`,
  fileProblems: (input, errors, warnings) => `${input}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`,
  fileUnusable: (input) => `${input}: cannot be used at all`,
  leftOut: (items) => `  Left out on the web pages: ${items.join(', ')}`,
  summary: (files, invalid, errors, warnings) =>
    `${plural(files, 'file', 'files')} checked: ${invalid === 0 ? 'all can be used' : `${invalid} with errors`}; ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
  progress: (done, total, input) => `Checking ${done} of ${total}: ${input}`,
  noCors: 'the server sends no Access-Control-Allow-Origin: pages on other sites cannot read this feed (see docs/publishing.md)',
  narrowCors: (origin) => `Access-Control-Allow-Origin is ${origin}: only that site can read the feed (for a public feed: *)`,
  contentType: (type) => `the server says the content type is ${type || '(none)'}; use application/json; charset=utf-8`,
  sections: (counts) => sectionList('en', counts),
  notCalendar: 'This is not an iCalendar file (no BEGIN:VCALENDAR). Export the calendar as .ics.',
  icsEventSkipped: (line, reason) => `The event at line ${line} is skipped: ${reason}`,
  icsLine: (line, text) => `Line ${line}: ${text}`,
  icsNoStart: 'it has no start (DTSTART)',
  icsNoTitle: 'it has no title (SUMMARY)',
  icsBadDate: (value) => `${value} is not a date that can be read`,
  icsPrivate: (line) => `A private event (CLASS:PRIVATE/CONFIDENTIAL) at line ${line} is left out.`,
  icsUnknownZone: (line, zone, fallback) => `Line ${line}: the time zone "${zone}" is unknown; the time is read as ${fallback}.`,
  icsFloating: (line, zone) => `Line ${line}: the time has no time zone; it is read as ${zone}.`,
  icsRuleUnsupported: (line, part) => `Line ${line}: the repeat rule ${part} is not supported; only the dates that can be worked out are included.`,
  icsNoOccurrences: (line, title, from, to) =>
    `Line ${line}: the recurring event "${title}" has no dates between ${from} and ${to} (change them with --from and --to).`,
  icsTooMany: (line, title, count) => `Line ${line}: "${title}" repeats more than ${count} times; only the first ${count} are included.`,
  icsHtml: (line) => `Line ${line}: the description was HTML; it has been turned into plain text.`,
  icsBadUrl: (line, value) => `Line ${line}: URL ${value} is not an https:// link and is left out.`,
  icsNoUid: (line) => `Line ${line}: the event has no UID; its id is made from its title and start and changes when they change.`,
  icsDuplicateId: (line, id) => `Line ${line}: the id ${id} is taken; this event gets a serial number.`,
  icsSummary: (events, entries, from, to) =>
    `${plural(events, 'event', 'events')} from ${plural(entries, 'calendar entry', 'calendar entries')} (recurring events between ${from} and ${to}).`,
  csvEmpty: 'The file has no header row and no rows.',
  csvNoNameColumn: (known) => `No column for the name was found. The header row needs a column called ${known}.`,
  csvUnusedColumns: (columns) => `Columns not used: ${columns.join(', ')}`,
  csvRowSkipped: (row, reason) => `Row ${row} is skipped: ${reason}`,
  csvRowField: (row, column, reason) => `Row ${row}, ${column}: ${reason}`,
  csvNoName: 'the name is missing',
  csvUrlFixed: (row, value) => `Row ${row}: ${value} had no https://; it was added.`,
  csvBadDate: (row, column, value) => `Row ${row}, ${column}: ${value} is not a date such as 2026-03-14 (field ignored)`,
  csvDuplicateId: (row, id, otherRow) => `Row ${row} is skipped: the id ${id} is used already in row ${otherRow}`,
  csvWindows1252: 'The file was not UTF-8; it was read as Windows-1252 (what Excel saves as "CSV"). Prefer "CSV UTF-8" when saving.',
  csvSummary: (items, rows) => `${items} from ${plural(rows, 'row', 'rows')}.`,
  toIcsSummary: (events, dropped) => `${plural(events, 'event', 'events')} written${dropped > 0 ? `; ${dropped} with errors were left out` : ''}.`,
  help: {
    main: `cn-feed – tools for the programme feeds (Creative Nodes widgets)

Usage: cn-feed <command> [options]

Commands:
  validate FILE|URL …  check feeds: every problem with its line and column
  schema               print the feed's JSON Schema
  from-ics FILE        turn a calendar export (.ics) into the feed's "events"
  from-csv FILE        turn a spreadsheet (.csv) into "members" or "contacts"
  to-ics FILE|URL      turn the feed's events into a calendar people can subscribe to

Options for every command:
  --lang sv|en         language (default: the computer's, else English)
  -h, --help           help; cn-feed <command> --help for one command
  -v, --version        the version

Examples:
  npx cn-feed validate feeds/creative-north.json
  npx cn-feed from-ics calendar.ics --from 2026-01-01 > events.json`,
    validate: `cn-feed validate FILE|URL … [options]

Checks one or more feeds (files or https:// addresses) and shows every problem with its path
(events[3].start), line and column. An "error" means an item (or the whole feed) will not be
shown on the web pages; a "warning" means one field is ignored and the rest of its item shown.

Options:
  --json               the result as JSON (for scripts)
  --strict             count warnings as errors
  --timeout SECONDS    how long an address may take (default 10)
  --progress           show progress even when the output is not a terminal
  --no-progress        never show progress

Exit status: 0 when there is no error (warnings are printed but pass), 1 when there is an
error (or a warning with --strict), 2 for wrong options.
A file named - is read from standard input.`,
    schema: `cn-feed schema

Prints the feed's JSON Schema (the same rules the widgets check with).
Save it and name it in the feed's "$schema", and VS Code checks the feed as you type.`,
    'from-ics': `cn-feed from-ics FILE [options]

Turns a calendar export (iCalendar .ics from Outlook, Google Calendar and others) into the
feed's events. Times with a time zone get the right offset (winter and summer time), all-day
events become dates, recurring events are worked out between --from and --to.
Private events are left out. Warnings go to standard error.

Options:
  --from DATE          first day for recurring events (default: today)
  --to DATE            last day (default: a year from today)
  --time-zone ZONE     time zone for times without one (default: the calendar's, else Europe/Stockholm)
  --array              print only the list [...] instead of {"version": 1, "events": [...]}

Exit status: 0 when everything was converted, 1 when an event could not be used or the file
is not a calendar, 2 for wrong options.`,
    'from-csv': `cn-feed from-csv FILE [options]

Turns a spreadsheet saved as CSV into the feed's members (or contacts with --contacts).
The first row holds the headers, in Swedish or English:
  members:  name, id, url, logo, sectors (several with ; or ,), city, summary, joined
  contacts: name, id, role, organisation, email, phone, photo
A header such as "role (sv)" gives the text in Swedish. Semicolons (Swedish Excel) and
commas are recognised by themselves. Rows that cannot be used are listed by row number.

Options:
  --contacts           make contacts instead of members
  --array              print only the list [...] instead of a whole feed

Exit status: 0 when every row was used, 1 when a row was skipped or the file could not be
used, 2 for wrong options.`,
    'to-ics': `cn-feed to-ics FILE|URL [options]

Writes the feed's events as one iCalendar file (.ics) that people can subscribe to in
Outlook, Google Calendar or Apple Calendar. Publish it next to the feed.

Options:
  --lang sv|en         the language for texts given in several languages
  --output FILE        write to a file instead of standard output

Exit status: 0 when everything was written, 1 when the feed could not be read or events
were left out.`,
  },
};

export const cliStrings: Record<CliLanguage, CliStrings> = { sv, en };
