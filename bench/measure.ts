/**
 * How the bench pages time a case (bench/compare.ts for `npm run bench`, and
 * bench/event-calendar/bench.ts for the calendar alone): the median and the fastest time from
 * mounting to the first painted frame after a warm-up run, the DOM nodes it made (shadow
 * roots included), and the longest main-thread task while it rendered.
 */
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import type { FeedElement } from '../src/base/feed-element.js';
import type { generateFeed } from './event-calendar/generate-events.js';

export interface BenchResult {
  case: string;
  library: 'creative-nodes' | 'fullcalendar';
  items: number;
  medianMs: number;
  minMs: number;
  domNodes: number;
  longestTaskMs: number;
}

/**
 * Mounts a case into its container; the part that is timed. It may return how to take the case
 * down again (untimed), so that nothing of it (timers, listeners) runs into the next case's runs.
 */
export type Mount = (container: HTMLElement) => Promise<void> | void | (() => void);

const RUNS = Number(new URLSearchParams(location.search).get('runs') ?? 5);

export const stage = document.querySelector<HTMLElement>('#stage')!;

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Every node under `root`, shadow roots included. */
function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count - 1;
}

/** One case being measured: `run()` mounts it once (timed unless it is the warm-up), `result()` sums up. */
interface CaseRunner {
  run(counted: boolean): Promise<void>;
  result(): BenchResult;
}

/** `prepare` runs untimed before each run (a fresh copy of the data); the mount it returns is timed. */
function caseRunner(name: string, library: BenchResult['library'], items: number, prepare: () => Mount): CaseRunner {
  const times: number[] = [];
  let nodes = 0;
  // Long tasks are counted only when they overlap a timed window (the first one began just
  // before it, in the same task as the mount: a synchronous render is all in that one): the
  // untimed copy of the feed in `prepare` is the bench's own work, in a task before the frame.
  const windows: [number, number][] = [];
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    async run(counted) {
      const container = stage.appendChild(document.createElement('div'));
      const mount = prepare();
      // Garbage left by the case before (another library's, in turn) is collected outside the
      // timed window, where the page driving the bench allows it (`--js-flags=--expose-gc`).
      (globalThis as { gc?: () => void }).gc?.();
      await nextFrame();
      const started = performance.now();
      const takeDown = await mount(container);
      await nextFrame();
      if (counted) {
        times.push(performance.now() - started);
        windows.push([started, performance.now()]);
      }
      // Counted in a task of its own, after the timed window: the walk is the bench's work.
      await new Promise((resolve) => setTimeout(resolve));
      nodes = countNodes(container);
      takeDown?.();
      container.remove();
      await new Promise((resolve) => setTimeout(resolve, 30));
    },
    result() {
      observer.disconnect();
      const longest = Math.max(0, ...tasks.filter((task) => windows.some(([from, to]) => task.startTime < to && task.startTime + task.duration > from)).map((task) => task.duration));
      const sorted = [...times].sort((a, b) => a - b);
      const round = (value: number) => Math.round(value * 10) / 10;
      return { case: name, library, items, medianMs: round(sorted[Math.floor(sorted.length / 2)]), minMs: round(sorted[0]), domNodes: nodes, longestTaskMs: Math.round(longest) };
    },
  };
}

/** A case as `measureInTurn` takes it: name, library, items, and what prepares each run's mount. */
export type BenchCase = Readonly<Parameters<typeof caseRunner>>;

/**
 * Measures cases run by run, in turn (a, b, a, b … with the order swapped every other run), so
 * that a machine getting busier or quieter weighs on every case alike: the ratios between them
 * hold up better than with one case's runs after the other's. Run 0 of each warms up caches and
 * compiles code; it is not counted.
 */
export async function measureInTurn(...cases: BenchCase[]): Promise<BenchResult[]> {
  const runners = cases.map((args) => caseRunner(...args));
  for (let run = 0; run <= RUNS; run++) {
    for (const runner of run % 2 ? [...runners].reverse() : runners) await runner.run(run > 0);
  }
  // Long-task entries arrive after the task: let them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return runners.map((runner) => runner.result());
}

/** One case on its own. */
export async function measure(name: string, library: BenchResult['library'], items: number, prepare: () => Mount): Promise<BenchResult> {
  const [result] = await measureInTurn([name, library, items, prepare]);
  return result;
}

/**
 * A widget with its feed as data (a fresh copy each run: validation is cached per object),
 * mounted and awaited until it shows the data.
 */
export function widget(tag: string, attributes: Record<string, string>, feed: unknown): () => Mount {
  return () => {
    const data = structuredClone(feed);
    return async (container) => {
      const element = document.createElement(tag) as FeedElement;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.data = data;
      container.append(element);
      while (element.feedState.status === 'loading') await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
    };
  };
}

/** FullCalendar 6 with the same generated events, in its list or month view. */
export function fullCalendar(feed: ReturnType<typeof generateFeed>, view: 'listYear' | 'dayGridMonth'): () => Mount {
  return () => {
    const events = (feed.events as { id: string; title: { sv: string }; start: string; end?: string }[]).map((event) => ({
      id: event.id,
      title: event.title.sv,
      start: event.start,
      end: event.end,
      allDay: !event.start.includes('T'),
    }));
    return (container) => {
      const calendar = new Calendar(container, { plugins: [dayGridPlugin, listPlugin], initialView: view, initialDate: '2016-03-01', timeZone: 'Europe/Stockholm', locale: 'sv', dayMaxEvents: 3, events });
      calendar.render();
      return () => calendar.destroy();
    };
  };
}

declare global {
  interface Window {
    benchResults?: BenchResult[];
    benchError?: string;
  }
}

/** Hands a bench page's results (or its error) to the script driving it, which polls `window`. */
export function publishResults(results: Promise<BenchResult[]>): void {
  results.then(
    (done) => (window.benchResults = done),
    (error: unknown) => (window.benchError = String(error)),
  );
}
