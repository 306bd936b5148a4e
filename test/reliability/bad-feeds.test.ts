/**
 * Bad feeds, generated: valid, nearly valid (one field of one item wrong), random JSON and
 * truncated JSON, given to every widget through `.data` both as an object and as JSON text.
 * Whatever comes in: no uncaught error or unhandled rejection, the widget ends in a
 * documented state (`ready` or `error`), and every valid item that came in is drawn.
 *
 * CI runs a small, seeded number of cases; `npm run stress` runs many more from a new seed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { createWidget, quietConsole, runs, STRESS, trapUncaught, validItem, visibleText, WIDGETS, type ListSectionName, type WidgetUnderTest } from './support.js';

type Json = Record<string, unknown>;

/**
 * Found by these tests: an empty object `{}` passed the schema as a text by language and
 * `resolveText()` threw while rendering ("Cannot read properties of undefined (reading '1')"),
 * failing the whole widget. Fixed in src/feed/schema.ts (a text by language needs at least one
 * language). Set to true only to silence a regression while it is being fixed: generated items
 * then get no `{}` values and the regression test below is skipped.
 */
const KNOWN_DEFECT_EMPTY_TEXT = false;

/** Replaces every `{}` inside `value` by `null` while the defect above is silenced. */
function withoutEmptyObjects<T>(value: T): T {
  if (!KNOWN_DEFECT_EMPTY_TEXT || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withoutEmptyObjects) as T;
  const entries = Object.entries(value);
  if (entries.length === 0) return null as T;
  return Object.fromEntries(entries.map(([key, field]) => [key, withoutEmptyObjects(field)])) as T;
}

/** A generated feed and the markers of the items that must be drawn from it. */
interface Case {
  input: unknown;
  /** Markers of valid items that must appear; empty when nothing is promised. */
  expected: string[];
  /** The state it must end in, when the generator knows. */
  status?: 'ready' | 'error';
  /** The JSON text of `input`, when `JSON.stringify` cannot make it (too deep). */
  text?: string;
}

/** Only these fields of a section hold links (the hostile-URL mutation targets them). */
const URL_FIELDS: Record<ListSectionName, string[]> = {
  contacts: ['photo'],
  events: ['url', 'onlineUrl', 'registrationUrl'],
  funders: ['url', 'logo'],
  phases: [],
  members: ['url', 'logo'],
};

/** The text field that names the item (the huge-string mutation targets it). */
const NAME_FIELD: Record<ListSectionName, string> = { contacts: 'name', events: 'title', funders: 'name', phases: 'name', members: 'name' };

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/relative/logo.png',
  'https://ok.example/"><img src=x onerror=alert(1)>',
  'http://[::1',
  'https://',
  'file:///etc/passwd',
  'blob:https://evil.example/123',
  'https://exa mple.org/',
];

/** Any JSON value of the wrong kind for a text, number or list field. */
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  fc.string({ maxLength: 12 }),
).map(withoutEmptyObjects);

/** Free text as editors type it (and worse): any unicode, blanks, RTL marks, emoji. */
const freeText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', ' ', '\u202e', '💥', '\u0000', '<b>'));

/** A valid feed for `widget`: 0–8 items, each named with its marker and some free text. */
function validFeed(widget: WidgetUnderTest): fc.Arbitrary<{ feed: Json; markers: string[] }> {
  return fc
    .record({
      language: fc.constantFrom('sv', 'en', 'de', 'se'),
      suffixes: fc.array(freeText, { maxLength: 8 }),
      localized: fc.boolean(),
    })
    .map(({ language, suffixes, localized }) => {
      const markers = suffixes.map((_, index) => `zq${index}zq`);
      const items = suffixes.map((suffix, index) => {
        const item = validItem(widget.section, `item-${index}`, markers[index], index);
        const field = NAME_FIELD[widget.section];
        const name = `${item[field] as string} ${suffix}`;
        // Texts for people may be an object by language (names of people and members may not).
        item[field] = localized && ['events', 'funders', 'phases'].includes(widget.section) ? { sv: name, en: name } : name;
        return item;
      });
      return { feed: { version: 1, language, [widget.section]: items }, markers };
    });
}

/** A valid feed with one field of one item broken: wrong type, missing, hostile link, huge text. */
function nearlyValidFeed(widget: WidgetUnderTest): fc.Arbitrary<Case> {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('wrong-type' as const), value: wrongValue, pick: fc.nat() }),
    fc.record({ kind: fc.constant('missing' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('hostile-url' as const), url: fc.constantFrom(...HOSTILE_URLS), pick: fc.nat() }),
    fc.record({ kind: fc.constant('huge-string' as const), length: fc.constantFrom(10_000, 100_000, 1_000_000) }),
  );
  return fc.tuple(validFeed(widget), fc.nat(), mutation).map(([generated, which, change]) => {
    // fast-check reuses generated values while shrinking: mutate a copy, never the original.
    const { feed, markers } = structuredClone(generated);
    const items = feed[widget.section] as Json[];
    if (items.length === 0) return { input: feed, expected: [], status: 'ready' as const };
    const index = which % items.length;
    const item = items[index];
    const keys = Object.keys(item);
    switch (change.kind) {
      case 'wrong-type':
        item[keys[change.pick % keys.length]] = change.value;
        break;
      case 'missing':
        delete item[keys[change.pick % keys.length]];
        break;
      case 'hostile-url': {
        const fields = URL_FIELDS[widget.section];
        if (fields.length) item[fields[change.pick % fields.length]] = change.url;
        else feed.programme = { id: 'p', name: 'Programme', url: change.url };
        break;
      }
      case 'huge-string':
        item[NAME_FIELD[widget.section]] = `${markers[index]} ${'x'.repeat(change.length)}`;
        break;
    }
    // The broken item may be dropped or kept without its bad field; the others must all show.
    return { input: feed, expected: markers.filter((_, other) => other !== index), status: 'ready' as const };
  });
}

/** Random JSON documents, and documents of the right shape with random items. */
function randomFeed(widget: WidgetUnderTest): fc.Arbitrary<Case> {
  const itemKeys = Object.keys(validItem(widget.section, 'x', 'x'));
  const randomItem = fc.dictionary(fc.constantFrom(...itemKeys, 'id', 'kind', 'summary', 'url', 'logo', 'start', 'end', 'amount'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }).map(withoutEmptyObjects);
  return fc.oneof(
    fc.jsonValue().map((input) => ({ input, expected: [] })),
    fc.json().map((input) => ({ input, expected: [] })),
    fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })).map((document) => ({ input: { version: 1, ...document }, expected: [] })),
    fc.array(randomItem, { maxLength: 10 }).map((items) => ({ input: { version: 1, [widget.section]: items }, expected: [], status: 'ready' as const })),
    fc.jsonValue({ maxDepth: 2 }).map((section) => ({ input: { version: 1, [widget.section]: section }, expected: [], status: 'ready' as const })),
    fc.constantFrom(0, 2, '1', null, true, [1], 1.5).map((version) => ({ input: { version, [widget.section]: [validItem(widget.section, 'a', 'zq0zq')] }, expected: [], status: 'error' as const })),
  );
}

/** The JSON text of a valid feed cut anywhere: never a whole document, so always an error. */
function truncatedFeed(widget: WidgetUnderTest): fc.Arbitrary<Case> {
  return fc.tuple(validFeed(widget), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })).map(([{ feed }, where]) => {
    const text = JSON.stringify(feed, null, where > 0.5 ? 2 : undefined);
    return { input: text.slice(0, Math.floor(text.length * where)), expected: [], status: 'error' as const };
  });
}

let container: HTMLElement;
let restoreConsole: () => void;

/** Gives `input` to a fresh widget and checks the promise of this file. */
async function check(widget: WidgetUnderTest, { input, expected, status, text }: Case): Promise<void> {
  const forms = typeof input === 'string' ? [input] : [input, text ?? JSON.stringify(input)];
  for (const form of forms) {
    const trap = trapUncaught();
    const element = createWidget(widget, container);
    try {
      element.data = form;
      await element.updateComplete;
      // A large feed is validated in slices (the page stays responsive): wait for the end.
      for (const start = Date.now(); element.feedState.status === 'loading' && Date.now() - start < 60_000; ) await new Promise((resolve) => setTimeout(resolve, 5));
      await element.updateComplete;
      const state = element.feedState.status;
      expect(['ready', 'error'], `<${widget.tag}> state`).to.include(state);
      if (status) expect(state, `<${widget.tag}> state`).to.equal(status);
      if (state === 'error') expect(element.shadowRoot!.querySelector('[part~="message"]'), 'the polite message').to.exist;
      const text = visibleText(element);
      for (const marker of expected) expect(text.includes(marker), `<${widget.tag}> shows the valid item ${marker}`).to.equal(true);
      expect(trap.errors, 'uncaught errors').to.deep.equal([]);
    } finally {
      trap.stop();
      element.remove();
    }
  }
}

/** Runs one generator against one widget, seeded; stress runs scale it up. */
async function property(widget: WidgetUnderTest, arbitrary: fc.Arbitrary<Case>, ciRuns: number): Promise<void> {
  const trap = trapUncaught();
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, (generated) => check(widget, generated)),
      { numRuns: runs(ciRuns), seed: STRESS.seed, includeErrorInReport: true },
    );
    // Anything thrown later than the render (a timer, an observer) shows up here.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(trap.errors).to.deep.equal([]);
  } finally {
    trap.stop();
  }
}

describe('bad feeds (property-based)', function () {
  this.timeout(Math.max(60_000, 60_000 * STRESS.scale));

  beforeEach(async () => {
    container = await fixture<HTMLElement>(html`<div style="width: 60rem"></div>`);
    restoreConsole = quietConsole();
  });
  afterEach(() => restoreConsole());

  it('covers every registered widget', () => {
    const tags = WIDGETS.map((widget) => widget.tag);
    expect(tags).to.include.members(['cn-contact-card', 'cn-event-calendar', 'cn-funder-strip', 'cn-phase-meter']);
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      it('draws every item of a valid feed', () =>
        property(widget, validFeed(widget).map(({ feed, markers }) => ({ input: feed, expected: markers, status: 'ready' as const })), 40));

      it('drops only the broken item of a nearly valid feed', () => property(widget, nearlyValidFeed(widget), 60));

      it('ends in a documented state on random JSON', () => property(widget, randomFeed(widget), 60));

      it('shows the error state for truncated JSON', () => property(widget, truncatedFeed(widget), 30));
    });
  }

  (KNOWN_DEFECT_EMPTY_TEXT ? it.skip : it)('an empty text by language {} is ignored, not a crash (a defect these tests found)', async () => {
    for (const widget of WIDGETS) {
      const item = validItem(widget.section, 'a', 'zq0zq');
      const field = { contacts: 'role', events: 'summary', funders: 'fund', phases: 'summary', members: 'city' }[widget.section];
      await check(widget, { input: { version: 1, [widget.section]: [{ ...item, [field]: {} }] }, expected: ['zq0zq'], status: 'ready' });
    }
  });

  describe('once, not per run', () => {
    /** `[[[[…]]]]`, `depth` deep, as JSON text (a value this deep cannot be built by recursion safely). */
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> survives deeply nested junk`, async () => {
        const valid = validItem(widget.section, 'ok', 'zq0zq');
        const depth = 100_000;
        const nested = JSON.parse(deep(depth)) as unknown;
        const validText = JSON.stringify(valid);
        const name = NAME_FIELD[widget.section];
        await check(widget, { input: deep(depth), expected: [], status: 'error' });
        await check(widget, {
          input: { version: 1, junk: nested, [widget.section]: [valid, { ...valid, id: 'deep', [name]: nested }, nested] },
          text: `{"version":1,"junk":${deep(depth)},"${widget.section}":[${validText},${validText.replace('"id":"ok"', `"id":"deep","${name}":${deep(depth)},"x":0`)},${deep(depth)}]}`,
          expected: ['zq0zq'],
          status: 'ready',
        });
        await check(widget, { input: { version: 1, [widget.section]: nested }, text: `{"version":1,"${widget.section}":${deep(depth)}}`, expected: [], status: 'ready' });
      });
    }

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> takes 100,000 items in one list: the valid ones drawn, the rest dropped`, async function () {
        this.timeout(120_000);
        // Every 1,000th item is valid; the others are broken in turn in the ways editors break them.
        const items: unknown[] = [];
        const markers: string[] = [];
        for (let index = 0; index < 100_000; index++) {
          if (index % 1_000 === 0) {
            const marker = `zq${index}zq`;
            markers.push(marker);
            items.push(validItem(widget.section, `v${index}`, marker, index));
          } else {
            const junk = [null, 42, 'text', [], { id: `x${index}` }, { ...validItem(widget.section, `b${index}`, 'b', index), [NAME_FIELD[widget.section]]: 7 }];
            items.push(junk[index % junk.length]);
          }
        }
        await check(widget, { input: { version: 1, [widget.section]: items }, expected: markers, status: 'ready' });
      });
    }
  });
});
