/**
 * Times <cn-member-roster> with many members: first render, typing in the search, a sector
 * chip, a sort change, clearing, and layout shifts while logos arrive. Each step ends when the
 * roster has drawn every member due (`updateComplete`) and the browser has painted a frame, so
 * layout is included; the longest main-thread task of each step is recorded too.
 */
import '../../src/member-roster/define.js';
import type { MemberRoster } from '../../src/member-roster/member-roster.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Member } from '../../src/feed/schema.js';
import { RosterModel } from '../../src/member-roster/roster-view.js';
import { manyMembers } from '../../stories/support/members.js';

/**
 * Milliseconds: until the roster has drawn every member due (`script`), until the frame after
 * it is painted (`paint`), and the longest main-thread task in between (0: none over 50 ms).
 */
interface Timing {
  script: number;
  paint: number;
  longestTask: number;
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
  /** Long tasks (> 50 ms) during the steps above (not the bench's own validation and preparation). */
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

const longTasks: PerformanceEntry[] = [];

async function timed(element: MemberRoster, change: () => void): Promise<Timing> {
  const start = performance.now();
  change();
  await element.updateComplete;
  // A large feed is validated in slices first: the placeholder shows meanwhile.
  while (element.feedState.status === 'loading') await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  const script = performance.now() - start;
  await painted();
  const end = performance.now();
  // Long-task entries arrive after their task: let them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const during = longTasks.filter((task) => task.startTime >= start && task.startTime < end);
  return { script, paint: end - start, longestTask: Math.max(0, ...during.map((task) => task.duration)) };
}

async function run(): Promise<BenchResult> {
  let layoutShift = 0;
  let countShifts = false;
  const feed = { version: 1, memberTarget: { value: count + 200 }, members: manyMembers(count) };
  // Timed apart, on a copy (the widget caches validation per object, and must do its own),
  // before the long-task observer starts: these run all at once here, by design.
  let start = performance.now();
  const validated = validateFeed(structuredClone(feed)).feed;
  const validate = performance.now() - start;
  start = performance.now();
  new RosterModel().view(validated.members as Member[], { language: 'sv', locale: 'sv', cityOf: (member) => member.city as string }, { query: '', sectors: new Set(), city: '', sort: 'name' });
  const prepare = performance.now() - start;
  await painted();

  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (countShifts && !entry.hadRecentInput) layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: false });
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
  // A visitor's keystrokes follow focus in the field, which also starts loading the roster's
  // filtering (loaded on demand): as on a page, it is there by the first keystroke.
  search.focus();
  await element.updateComplete;
  const keystrokes: Timing[] = [];
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
  return { layout, pageSize, members: count, drawn, validate, prepare, firstRender, keystrokes, chip, sort, clear, longTasks: longTasks.length, logoLayoutShift: layoutShift };
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
