/**
 * Reads a feed leniently: a document that is not JSON, not an object or of another version
 * is rejected, but inside it every section and every list item is checked on its own, so
 * one mistake drops one item (or one optional field), never the whole feed.
 */
import * as z from 'zod/mini';
import { pause, SLICE_MS } from '../data/slices.js';
import {
  FEED_VERSION,
  listSections,
  objectSections,
  programmeFeed,
  type ListSection,
  type ProgrammeFeed,
} from './schema.js';

/** One problem found in a feed, located by its path (`events[3].start`). */
export interface FeedIssue {
  /** Where: `events[3].start`, `programme.url`, or `` for the document itself. */
  path: string;
  /** What, in plain words: `not a date: write it as 2026-03-14`. */
  message: string;
  /**
   * `error`: the item (or the whole feed) was dropped.
   * `warning`: an optional field was ignored and the rest of its item kept.
   */
  severity: 'error' | 'warning';
}

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'version' | 'no-source';

/** A feed that could not be used at all. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; issues?: FeedIssue[] } = {},
  ) {
    super(message);
  }
}

export interface ValidatedFeed {
  feed: ProgrammeFeed;
  issues: FeedIssue[];
}

/** Formats a path as people read it: `events[3].location.city`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

/** Turns one zod issue into the sentence a feed editor needs. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'is required'
        : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, not ${describeValue(input)}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, not ${describeValue(input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.message;
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ObjectSchema = z.ZodMiniType & { def: { shape: Record<string, z.ZodMiniType> } };

/** The object schema under a refinement wrapper (events carry an end-after-start check). */
function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  return (schema as ObjectSchema).def.shape;
}

/**
 * Fields whose default would misstate an item if a wrong value fell back to it: an event
 * written as "canceled" must not be shown as scheduled, so it is dropped and reported.
 */
const NO_FALLBACK_TO_DEFAULT = new Set(['status']);

/** Whether a wrong value of `key` can be left out, keeping the rest of its item. */
function isOptionalKey(schema: z.ZodMiniType, key: string): boolean {
  const field = shapeOf(schema)[key];
  if (field === undefined) return false;
  const { optin } = field._zod;
  return optin === 'optional' || (optin === 'defaulted' && !NO_FALLBACK_TO_DEFAULT.has(key));
}

/** The object schema inside an optional or defaulted field, if the field holds an object. */
function nestedObjectSchema(field: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
  let inner = field;
  while (inner && (inner._zod.def.type === 'optional' || inner._zod.def.type === 'default')) {
    inner = (inner._zod.def as unknown as { innerType: z.ZodMiniType }).innerType;
  }
  return inner?._zod.def.type === 'object' ? inner : undefined;
}

/**
 * Validates one item. Wrong optional fields are left out (each with a warning) and the item
 * kept; inside a nested object (a location, a budget) only the wrong field goes. When a
 * required field is wrong, the item is dropped with an error for each problem.
 */
function salvage<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  path: readonly PropertyKey[],
  issues: FeedIssue[],
): T | undefined {
  let candidate = value;
  // Each round removes or repairs at least one key, so this ends; two rounds cover nearly every case.
  for (let round = 0; round < 8; round++) {
    const result = z.safeParse(schema, candidate);
    if (result.success) return result.data;

    const problems = result.error.issues.map((issue) => ({
      key: issue.path[0],
      depth: issue.path.length,
      where: formatPath([...path, ...issue.path]),
      message: describeIssue(issue, valueAt(candidate, issue.path)),
    }));
    const report = (list: typeof problems, severity: FeedIssue['severity']) => {
      for (const { where, message } of list) issues.push({ path: where, message: severity === 'warning' ? `${message} (ignored)` : message, severity });
    };
    if (!isPlainObject(candidate) || problems.some(({ key }) => typeof key !== 'string')) {
      report(problems, 'error');
      return undefined;
    }

    const repaired: Record<string, unknown> = { ...candidate };
    for (const key of new Set(problems.map((problem) => problem.key as string))) {
      const ofKey = problems.filter((problem) => problem.key === key);
      const nested = nestedObjectSchema(shapeOf(schema)[key]);
      if (nested && isPlainObject(candidate[key]) && ofKey.every(({ depth }) => depth > 1)) {
        const innerIssues: FeedIssue[] = [];
        const inner = salvage(nested, candidate[key], [...path, key], innerIssues);
        if (inner !== undefined) {
          issues.push(...innerIssues);
          repaired[key] = inner;
          continue;
        }
        if (!isOptionalKey(schema, key)) {
          issues.push(...innerIssues);
          return undefined;
        }
        // The nested object goes, its item stays: what dropped it is a warning for the item.
        for (const issue of innerIssues) issues.push(issue.severity === 'error' ? { ...issue, message: `${issue.message} (ignored)`, severity: 'warning' } : issue);
        delete repaired[key];
      } else if (isOptionalKey(schema, key)) {
        report(ofKey, 'warning');
        delete repaired[key];
      } else {
        report(problems.filter(({ key: other }) => !isOptionalKey(schema, other as string)), 'error');
        return undefined;
      }
    }
    candidate = repaired;
  }
  return undefined;
}

/** Parses JSON text into a value, with the line and column of a syntax error where known. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const trimmed = text.trimStart();
    const hint = trimmed.startsWith('<')
      ? ' (it looks like an HTML page: check the address)'
      : trimmed === ''
        ? ' (the response was empty)'
        : '';
    throw new FeedError('not-json', `the feed is not valid JSON${hint}: ${(error as Error).message}`);
  }
}

/** List items validated between two pauses of `validateFeedInSlices`, at most (a few ms of work). */
const ITEMS_PER_SLICE = 250;

/**
 * The validation itself, as a generator that pauses (yields) every `ITEMS_PER_SLICE` list
 * items or `SLICE_MS`: `validateFeed` runs it straight through, `validateFeedInSlices` gives
 * the page a turn at each pause, so a feed of thousands of events never blocks it for long.
 */
function* validation(input: unknown): Generator<void, ValidatedFeed> {
  const document = typeof input === 'string' ? parseJson(input) : input;
  if (!isPlainObject(document)) {
    throw new FeedError('invalid', `the feed must be a JSON object, not ${describeValue(document)}`);
  }
  if (document.version !== FEED_VERSION) {
    const message =
      document.version === undefined
        ? `version: is required (this library reads "version": ${FEED_VERSION})`
        : `version: ${describeValue(document.version)} is not a version this library reads (it reads ${FEED_VERSION})`;
    throw new FeedError('version', message, { issues: [{ path: 'version', message, severity: 'error' }] });
  }

  const issues: FeedIssue[] = [];
  // The document's own fields (language, updated, …), without its sections.
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (!(key in listSections) && !(key in objectSections)) head[key] = value;
  }
  const headSchema = z.omit(programmeFeed, {
    programme: true,
    phases: true,
    events: true,
    memberTarget: true,
    members: true,
    funders: true,
    contacts: true,
  });
  const feed = salvage(headSchema, head, [], issues) as ProgrammeFeed | undefined;
  if (!feed) throw new FeedError('invalid', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), { issues });

  for (const [section, schema] of Object.entries(objectSections) as [keyof typeof objectSections, z.ZodMiniType][]) {
    if (document[section] === undefined) continue;
    const value = salvage(schema, document[section], [section], issues);
    if (value !== undefined) (feed as Record<string, unknown>)[section] = value;
  }

  let sinceLastPause = 0;
  let sliceStart = performance.now();
  for (const [section, schema] of Object.entries(listSections) as [ListSection, z.ZodMiniType][]) {
    const list = document[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ path: section, message: `must be a list, not ${describeValue(list)}`, severity: 'error' });
      continue;
    }
    const kept: { id: string }[] = [];
    const firstIndexOfId = new Map<string, number>();
    for (const [index, item] of list.entries()) {
      // The clock is read every 25 items: often enough for short slices, not for every item.
      if (++sinceLastPause === ITEMS_PER_SLICE || (sinceLastPause % 25 === 0 && performance.now() - sliceStart > SLICE_MS)) {
        sinceLastPause = 0;
        yield;
        sliceStart = performance.now();
      }
      const value = salvage(schema, item, [section, index], issues) as { id: string } | undefined;
      if (!value) continue;
      const earlier = firstIndexOfId.get(value.id);
      if (earlier !== undefined) {
        issues.push({
          path: `${section}[${index}].id`,
          message: `"${value.id}" is used already by ${section}[${earlier}] (this one is ignored)`,
          severity: 'error',
        });
        continue;
      }
      firstIndexOfId.set(value.id, index);
      kept.push(value);
    }
    (feed as Record<string, unknown>)[section] = kept;
  }

  return { feed, issues };
}

/**
 * Validates a feed document (already parsed JSON, or JSON text), all at once.
 * Throws `FeedError` when nothing can be used; otherwise returns the usable feed and every issue.
 */
export function validateFeed(input: unknown): ValidatedFeed {
  const steps = validation(input);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** As `validateFeed`, in slices with a pause between them, for feeds of any size. */
export async function validateFeedInSlices(input: unknown): Promise<ValidatedFeed> {
  const steps = validation(input);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/** How many list items a feed document holds (to choose between the two above). */
export function listItemCount(document: unknown): number {
  if (!isPlainObject(document)) return 0;
  return Object.keys(listSections).reduce((total, section) => total + (Array.isArray(document[section]) ? (document[section] as unknown[]).length : 0), 0);
}

/** The issues that concern the given sections (for a widget's "partial" note). */
export function issuesIn(issues: readonly FeedIssue[], sections: readonly string[]): FeedIssue[] {
  return issues.filter((issue) => sections.some((section) => issue.path === section || issue.path.startsWith(`${section}[`) || issue.path.startsWith(`${section}.`)));
}
