/**
 * Checking one feed's text: the widgets' own validator, each problem placed at its line and
 * column and said in Swedish or English. Pure (no Node, no DOM): `cn-feed validate` and the
 * playground page (demo/playground/) both use it.
 */
import { FeedError, validateFeed, type FeedIssue } from '../feed/validate.js';
import { duplicateKeyMessage, issueMessage, syntaxMessage, type CliLanguage } from './issue-messages.js';
import { JsonSyntaxError, locate, mapJson, type JsonMap } from './json-positions.js';
import { cliStrings } from './strings.js';

/** What an address answered with, for advice about how the feed is served. */
export interface HttpResponseInfo {
  url: string;
  headers: Headers;
}

/** One problem, ready to print or to hand to a script. */
export interface Problem {
  /** `events[3].start`; `''` for the document (or the file) itself. */
  path: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  /** In the language asked for. */
  message: string;
  /** What kind of problem: the file could not be read, is not JSON, breaks the feed's rules, or is served badly. */
  kind: 'read' | 'syntax' | 'feed' | 'http';
  /** The validator's own (English) message, for `kind: 'feed'`. */
  issue?: string;
}

export interface FileReport {
  input: string;
  /** True when nothing is wrong that drops anything (warnings allowed, unless strict). */
  ok: boolean;
  /** True when the feed cannot be used at all. */
  fatal: boolean;
  errors: number;
  warnings: number;
  /** The items the widgets leave out: `events[3]`, `programme`. */
  leftOut: string[];
  /** How many items of each list section are shown. */
  counts: Record<string, number>;
  problems: Problem[];
}

/** The item an error drops: `events[3].start` → `events[3]`; `programme.url` → `programme`. */
function droppedItem(path: string): string {
  return /^[^.[]+(\[\d+\])?/.exec(path)?.[0] ?? path;
}

function located(map: JsonMap | undefined, path: string): { line?: number; column?: number } {
  const position = map && locate(map, path);
  return position ? { line: position.line, column: position.column } : {};
}

function feedProblem(issue: FeedIssue, map: JsonMap | undefined, language: CliLanguage): Problem {
  return {
    path: issue.path,
    ...located(map, issue.path),
    severity: issue.severity,
    message: issueMessage(issue.message, issue.path, language),
    kind: 'feed',
    issue: issue.message,
  };
}

/** Advice about how an address serves the feed: partner pages need CORS and JSON. */
function httpProblems(http: HttpResponseInfo, language: CliLanguage): Problem[] {
  const strings = cliStrings[language];
  const problems: Problem[] = [];
  const origin = http.headers.get('access-control-allow-origin');
  if (!origin) problems.push({ path: '', severity: 'warning', message: strings.noCors, kind: 'http' });
  else if (origin.trim() !== '*') problems.push({ path: '', severity: 'warning', message: strings.narrowCors(origin), kind: 'http' });
  const type = http.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    problems.push({ path: '', severity: 'warning', message: strings.contentType(type), kind: 'http' });
  }
  return problems;
}

export function summarise(input: string, unsorted: Problem[], fatal: boolean, counts: Record<string, number>, strict: boolean): FileReport {
  // In the order of the file, as people read it; problems without a place first.
  const problems = [...unsorted].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const leftOut = fatal
    ? []
    : [...new Set(problems.filter((problem) => problem.severity === 'error' && problem.kind === 'feed').map((problem) => droppedItem(problem.path)))];
  return { input, ok: errors === 0 && !(strict && warnings > 0), fatal, errors, warnings, leftOut, counts, problems };
}

/** Checks one feed's text. Pure: no reading, no printing. */
export function checkFeedText(
  input: string,
  text: string,
  language: CliLanguage,
  options: { strict?: boolean; http?: HttpResponseInfo } = {},
): FileReport {
  const problems: Problem[] = options.http ? httpProblems(options.http, language) : [];
  let map: JsonMap;
  try {
    map = mapJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = error.position;
    problems.unshift({ path: '', line, column, severity: 'error', message: syntaxMessage(error.code, error.found, language), kind: 'syntax' });
    return summarise(input, problems, true, {}, Boolean(options.strict));
  }
  for (const duplicate of map.duplicateKeys) {
    problems.push({ path: duplicate.path, line: duplicate.position.line, column: duplicate.position.column, severity: 'warning', message: duplicateKeyMessage(language), kind: 'syntax' });
  }
  try {
    // Our tokenizer accepted it, so JSON.parse does too (a BOM aside, which browsers drop).
    const { feed, issues } = validateFeed(JSON.parse(text.replace(/^\uFEFF/, '')));
    problems.push(...issues.map((issue) => feedProblem(issue, map, language)));
    const counts: Record<string, number> = {};
    for (const section of ['events', 'members', 'contacts', 'phases', 'funders'] as const) {
      const list = feed[section];
      if (list) counts[section] = list.length;
    }
    return summarise(input, problems, false, counts, Boolean(options.strict));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const issues = error.details.issues ?? [{ path: '', message: error.message, severity: 'error' as const }];
    problems.push(...issues.map((issue) => feedProblem(issue, map, language)));
    return summarise(input, problems, true, {}, Boolean(options.strict));
  }
}
