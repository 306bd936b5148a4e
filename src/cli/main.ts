/// <reference types="node" />
// Node's types by name: tsconfig.build.json (declarations for the library) lists no types,
// and this file needs them wherever it is compiled.
/**
 * The command line of cn-feed: which command, which options, which language; exit statuses
 * 0 (fine), 1 (something in the input is wrong), 2 (the command line is wrong).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { feedJsonSchema } from '../feed/json-schema.js';
import { FeedError, validateFeed } from '../feed/validate.js';
import { csvToSection } from './csv-to-feed.js';
import { feedToICalendar } from './ical-write.js';
import { icsToEvents, type ConversionMessage } from './ics-to-events.js';
import { ianaZone } from './ical-time.js';
import { decodeText, InputError, readInput, writeError, writeOut } from './io.js';
import { issueMessage, type CliLanguage } from './issue-messages.js';
import { cliStrings, type CliStrings } from './strings.js';
import { formatReport, checkFeedText, runValidate } from './validate-command.js';

export const VERSION = '0.1.0';

const COMMANDS = ['validate', 'schema', 'from-ics', 'from-csv', 'to-ics'] as const;
type Command = (typeof COMMANDS)[number];

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const COMMON: OptionSpec = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } };
const OPTIONS: Record<Command, OptionSpec> = {
  validate: { json: { type: 'boolean' }, strict: { type: 'boolean' }, timeout: { type: 'string' }, progress: { type: 'boolean' }, 'no-progress': { type: 'boolean' } },
  schema: {},
  'from-ics': { from: { type: 'string' }, to: { type: 'string' }, 'time-zone': { type: 'string' }, array: { type: 'boolean' } },
  'from-csv': { contacts: { type: 'boolean' }, members: { type: 'boolean' }, array: { type: 'boolean' } },
  'to-ics': { output: { type: 'string' }, timeout: { type: 'string' } },
};

class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Swedish when asked, or when the computer's language is Swedish; English otherwise. */
function languageFrom(value: string | undefined, environment: NodeJS.ProcessEnv): CliLanguage {
  if (value !== undefined) {
    const wanted = value.toLowerCase().split(/[-_]/)[0];
    if (wanted === 'sv' || wanted === 'en') return wanted;
    throw new UsageError(cliStrings.en.badLanguage(value));
  }
  const system = environment.CN_FEED_LANG ?? environment.LC_ALL ?? environment.LC_MESSAGES ?? environment.LANG ?? '';
  return /^sv/i.test(system) ? 'sv' : 'en';
}

/** Today in Stockholm, `2026-03-14`, and the same day a year later. */
function defaultWindow(now = Date.now()): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = today.split('-').map(Number);
  const later = new Date(Date.UTC(year + 1, month - 1, day));
  return { from: today, to: later.toISOString().slice(0, 10) };
}

function checkDate(option: string, value: string, strings: CliStrings): string {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(strings.badDate(option, value));
  return value;
}

function printMessages(messages: ConversionMessage[], strings: CliStrings): void {
  for (const message of messages) writeError(`${strings.severity[message.severity]}: ${message.text}`);
}

async function readOne(input: string, strings: CliStrings, timeout?: number) {
  try {
    return await readInput(input, strings, timeout);
  } catch (error) {
    if (error instanceof InputError) {
      writeError(`${strings.severity.error}: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}

function timeoutOption(value: unknown, strings: CliStrings): number {
  if (value === undefined) return 10;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(strings.badNumber('--timeout', String(value)));
  return seconds;
}

/** Runs cn-feed with `argv` (without node and the script); resolves to the exit status. */
export async function main(argv: string[], environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The language first, so that even a usage error is said in the right language.
  const langAt = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langValue = langAt < 0 ? undefined : argv[langAt].includes('=') ? argv[langAt].slice('--lang='.length) : argv[langAt + 1];
  let language: CliLanguage;
  try {
    language = languageFrom(langValue, environment);
  } catch (error) {
    writeError((error as Error).message);
    return 2;
  }
  const strings = cliStrings[language];

  // Without --lang, which may stand anywhere (also before the command).
  const args = argv.filter((_arg, index) => !(index === langAt || (index === langAt + 1 && argv[langAt] === '--lang')));
  const [first, ...rest] = args;
  const command = COMMANDS.find((name) => name === first);
  try {
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = COMMANDS.find((name) => name === rest[0]);
      await writeOut(`${strings.help[topic ?? 'main']}\n`);
      return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-v') {
      await writeOut(`${VERSION}\n`);
      return 0;
    }
    if (!command) throw new UsageError(strings.unknownCommand(first));

    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: { ...COMMON, ...OPTIONS[command] }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(strings.badOption((error as Error).message.split('\n')[0]), command);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      await writeOut(`${strings.help[command]}\n`);
      return 0;
    }
    if (values.version) {
      await writeOut(`${VERSION}\n`);
      return 0;
    }

    switch (command) {
      case 'schema':
        await writeOut(`${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
        return 0;

      case 'validate': {
        if (positionals.length === 0) throw new UsageError(strings.missingInput('validate'), command);
        return await runValidate(positionals, {
          language,
          json: Boolean(values.json),
          strict: Boolean(values.strict),
          timeoutSeconds: timeoutOption(values.timeout, strings),
          progress: values['no-progress'] ? false : values.progress ? true : undefined,
        });
      }

      case 'from-ics': {
        if (positionals.length !== 1) throw new UsageError(strings.missingInput('from-ics'), command);
        const window = defaultWindow();
        const from = values.from === undefined ? window.from : checkDate('--from', String(values.from), strings);
        const to = values.to === undefined ? (values.from === undefined ? window.to : `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`) : checkDate('--to', String(values.to), strings);
        const timeZone = values['time-zone'] === undefined ? undefined : String(values['time-zone']);
        if (timeZone !== undefined && !ianaZone(timeZone)) throw new UsageError(strings.badOption(`--time-zone ${timeZone}`), command);
        const input = await readOne(positionals[0], strings);
        if (!input) return 1;
        const result = icsToEvents(input.bytes, { language, from, to, timeZone });
        printMessages(result.messages, strings);
        if (!result.isCalendar) return 1;
        await writeOut(`${JSON.stringify(values.array ? result.events : { version: 1, events: result.events }, null, 2)}\n`);
        writeError(strings.icsSummary(result.events.length, result.entries, from, to));
        return result.messages.some((message) => message.severity === 'error') ? 1 : 0;
      }

      case 'from-csv': {
        if (positionals.length !== 1) throw new UsageError(strings.missingInput('from-csv'), command);
        const input = await readOne(positionals[0], strings);
        if (!input) return 1;
        const section = values.contacts ? 'contacts' : 'members';
        const result = csvToSection(input.bytes, { section, language });
        printMessages(result.messages, strings);
        if (!result.usable) return 1;
        await writeOut(`${JSON.stringify(values.array ? result.items : { version: 1, [section]: result.items }, null, 2)}\n`);
        writeError(strings.csvSummary(strings.sections({ [section]: result.items.length }), result.rows));
        return result.messages.some((message) => message.severity === 'error') ? 1 : 0;
      }

      case 'to-ics': {
        if (positionals.length !== 1) throw new UsageError(strings.missingInput('to-ics'), command);
        const input = await readOne(positionals[0], strings, timeoutOption(values.timeout, strings));
        if (!input) return 1;
        const text = decodeText(input.bytes);
        const report = checkFeedText(input.name, text, language);
        if (report.fatal) {
          writeError(formatReport([report], language).trimEnd());
          return 1;
        }
        let feed;
        try {
          feed = validateFeed(JSON.parse(text.replace(/^\uFEFF/, ''))).feed;
        } catch (error) {
          if (error instanceof FeedError) {
            writeError(`${strings.severity.error}: ${issueMessage(error.message, '', language)}`);
            return 1;
          }
          throw error;
        }
        if (report.problems.length > 0) writeError(formatReport([report], language).trimEnd());
        const calendar = feedToICalendar(feed, { language });
        if (values.output) await writeFile(String(values.output), calendar);
        else await writeOut(calendar);
        const dropped = report.leftOut.filter((item) => item.startsWith('events[')).length;
        writeError(strings.toIcsSummary(feed.events?.length ?? 0, dropped));
        return dropped > 0 ? 1 : 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      writeError(error.message);
      writeError(strings.seeHelp(error.command));
      return 2;
    }
    throw error;
  }
}
