/**
 * Times <cn-member-roster> with many members: first render, typing in the search, a sector
 * chip, a sort change, clearing, and layout shifts while logos arrive. Each step ends when Lit
 * has committed the DOM and the browser has painted a frame (two rAFs), so layout is included.
 */
import '../../src/member-roster/define.js';
import type { MemberRoster } from '../../src/member-roster/member-roster.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Member } from '../../src/feed/schema.js';
import { RosterModel } from '../../src/member-roster/roster-view.js';
import { manyMembers } from '../../stories/support/members.js';

/** Milliseconds: until Lit has committed the DOM (`script`), and until the frame after it is painted (`paint`). */
interface Timing {
  script: number;
  paint: number;
}

interface BenchResult {
  layout: string;
  pageSize: number;
  members: number;
  drawn: number;
  /** Parts of the first render, measured apart: the feed's validation, and the roster's preparation. */
  validate: number;
  prepare: number;
  firstRender: Timing;
  keystrokes: Timing[];
  chip: Timing;
  sort: Timing;
  clear: Timing;
  longTasks: number;
  /** Cumulative layout shift while the logos arrive (no input, nothing else changing). */
  logoLayoutShift: number;
}

declare global {
  interface Window {
    benchResult?: BenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const layout = params.get('layout') ?? 'cards';
const pageSize = Number(params.get('page-size') ?? 48);
const count = Number(params.get('members') ?? 1000);

/** Resolves after the next frame has been painted (a task queued from rAF runs after paint). */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function timed(element: MemberRoster, change: () => void): Promise<Timing> {
  const start = performance.now();
  change();
  await element.updateComplete;
  const script = performance.now() - start;
  await painted();
  return { script, paint: performance.now() - start };
}

async function run(): Promise<BenchResult> {
  let longTasks = 0;
  let layoutShift = 0;
  let countShifts = false;
  new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask', buffered: false });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (countShifts && !entry.hadRecentInput) layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: false });

  const feed = { version: 1, memberTarget: { value: count + 200 }, members: manyMembers(count) };
  // On a copy: the widget caches validation per object, and must do its own below.
  let start = performance.now();
  const validated = validateFeed(structuredClone(feed)).feed;
  const validate = performance.now() - start;
  start = performance.now();
  new RosterModel().view(validated.members as Member[], { language: 'sv', locale: 'sv', cityOf: (member) => member.city as string }, { query: '', sectors: new Set(), city: '', sort: 'name' });
  const prepare = performance.now() - start;
  const element = document.createElement('cn-member-roster');
  element.layout = layout as MemberRoster['layout'];
  element.pageSize = pageSize;
  element.showTarget = true;
  document.getElementById('stage')!.append(element);
  await painted();

  const firstRender = await timed(element, () => (element.data = feed));
  const root = element.shadowRoot!;
  const drawn = root.querySelectorAll('[part~="member"]').length;
  // Logos arrive lazily: the only thing changing now, so every shift would be theirs.
  countShifts = true;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await painted();
  countShifts = false;

  const search = root.querySelector<HTMLInputElement>('[part~="search"]')!;
  const keystrokes: number[] = [];
  for (const value of ['n', 'no', 'nor', 'norr']) {
    keystrokes.push(
      await timed(element, () => {
        search.value = value;
        search.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    );
  }
  const chip = await timed(element, () => root.querySelector<HTMLButtonElement>('[part~="chip"]')!.click());
  const clear = await timed(element, () => element.clearFilters());
  const sort = await timed(element, () => (element.sort = 'joined'));
  return { layout, pageSize, members: count, drawn, validate, prepare, firstRender, keystrokes, chip, sort, clear, longTasks, logoLayoutShift: layoutShift };
}

run().then(
  (result) => {
    window.benchResult = result;
    document.getElementById('result')!.textContent = JSON.stringify(result, (key, value) => (typeof value === 'number' && key !== 'members' ? Math.round(value * 10) / 10 : value), 2);
  },
  (error: unknown) => {
    window.benchResult = { error: String(error) };
    document.getElementById('result')!.textContent = String(error);
  },
);
