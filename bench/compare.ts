/**
 * The benchmark page (`npm run bench` drives it): our widgets and FullCalendar render the same
 * generated events, one after the other, in the same page. For each case: the median time from
 * mounting to the first painted frame after a warm-up run, the DOM nodes it made (shadow roots
 * included), and the longest main-thread task seen while it rendered.
 */
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import '../src/index.js';
import type { FeedElement } from '../src/base/feed-element.js';
import { manyMembers } from '../stories/support/members.js';
import { generateFeed } from './event-calendar/generate-events.js';

export interface BenchResult {
  case: string;
  library: 'creative-nodes' | 'fullcalendar';
  items: number;
  medianMs: number;
  domNodes: number;
  longestTaskMs: number;
}

const RUNS = Number(new URLSearchParams(location.search).get('runs') ?? 5);
const stage = document.querySelector<HTMLElement>('#stage')!;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

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

type Mount = (container: HTMLElement) => Promise<void> | void;

/** `prepare` runs untimed before each run (a fresh copy of the data); the mount it returns is timed. */
async function measure(name: string, library: BenchResult['library'], items: number, prepare: () => Mount): Promise<BenchResult> {
  const times: number[] = [];
  let nodes = 0;
  // Long tasks are counted only when they start inside a timed window: the untimed copy of
  // the feed in `prepare` is the bench's own work, not the widget's.
  const windows: [number, number][] = [];
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  for (let run = 0; run <= RUNS; run++) {
    const container = stage.appendChild(document.createElement('div'));
    const mount = prepare();
    await nextFrame();
    if (run === 1) observer.observe({ type: 'longtask' });
    const started = performance.now();
    await mount(container);
    await nextFrame();
    // Run 0 warms up caches and compiles code; it is not counted.
    if (run > 0) {
      times.push(performance.now() - started);
      windows.push([started, performance.now()]);
    }
    nodes = countNodes(container);
    container.remove();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  // Long-task entries arrive after the task: let them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const longest = Math.max(0, ...tasks.filter((task) => windows.some(([from, to]) => task.startTime >= from && task.startTime < to)).map((task) => task.duration));
  times.sort((a, b) => a - b);
  return { case: name, library, items, medianMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10, domNodes: nodes, longestTaskMs: Math.round(longest) };
}

/**
 * A widget with its feed as data (a fresh copy each run: validation is cached per object),
 * mounted and awaited until it shows the data.
 */
function widget(tag: string, attributes: Record<string, string>, feed: unknown): () => Mount {
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

function fullCalendarEvents(feed: ReturnType<typeof generateFeed>) {
  return (feed.events as { id: string; title: { sv: string }; start: string; end?: string }[]).map((event) => ({
    id: event.id,
    title: event.title.sv,
    start: event.start,
    end: event.end,
    allDay: !event.start.includes('T'),
  }));
}

function fullCalendar(feed: ReturnType<typeof generateFeed>, view: 'listYear' | 'dayGridMonth'): () => Mount {
  return () => {
    const events = fullCalendarEvents(feed);
    return (container) => mountFullCalendar(container, events, view);
  };
}

function mountFullCalendar(container: HTMLElement, events: ReturnType<typeof fullCalendarEvents>, view: 'listYear' | 'dayGridMonth'): void {
  new Calendar(container, {
    plugins: [dayGridPlugin, listPlugin],
    initialView: view,
    initialDate: '2016-03-01',
    timeZone: 'Europe/Stockholm',
    locale: 'sv',
    dayMaxEvents: 3,
    events,
  }).render();
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const count of [100, 1000, 5000]) {
    const feed = generateFeed(count);
    results.push(await measure('calendar list', 'creative-nodes', count, widget('cn-event-calendar', { today: '2016-01-01' }, feed)));
    results.push(await measure('calendar list', 'fullcalendar', count, fullCalendar(feed, 'listYear')));
    results.push(await measure('calendar month', 'creative-nodes', count, widget('cn-event-calendar', { today: '2016-01-01', view: 'month', month: '2016-03' }, feed)));
    results.push(await measure('calendar month', 'fullcalendar', count, fullCalendar(feed, 'dayGridMonth')));
  }
  const roster = { version: 1, memberTarget: { value: 1200, unit: 'companies' }, members: manyMembers(1000) };
  results.push(await measure('roster cards', 'creative-nodes', 1000, widget('cn-member-roster', { 'show-target': '' }, roster)));
  results.push(await measure('roster cards, all drawn', 'creative-nodes', 1000, widget('cn-member-roster', { 'page-size': '0' }, roster)));
  const phases = Array.from({ length: 200 }, (_, index) => ({
    id: `phase-${index}`,
    name: `Fas ${index + 1}`,
    start: `${2016 + (index % 8)}-01-01`,
    end: `${2016 + (index % 8)}-12-31`,
    target: { value: 100 + index, unit: 'companies', deadline: `${2016 + (index % 8)}-12-31` },
    actual: { value: 50 + index, asOf: `${2016 + (index % 8)}-06-30` },
  }));
  results.push(await measure('phase meter', 'creative-nodes', 200, widget('cn-phase-meter', { today: '2019-06-15' }, { version: 1, programme: { id: 'p', name: 'P', period: { start: '2016-01-01', end: '2023-12-31' } }, phases })));
  const kinds = ['eu', 'national', 'regional', 'municipal', 'private', 'academic'];
  const funders = Array.from({ length: 200 }, (_, index) => ({ id: `funder-${index}`, name: `Finansiär ${index + 1}`, kind: kinds[index % kinds.length], amount: { value: 10_000 * (index + 1) }, fundingPeriod: '2014-2020' }));
  results.push(await measure('funder strip', 'creative-nodes', 200, widget('cn-funder-strip', { 'show-amounts': '', group: '' }, { version: 1, funders })));
  return results;
}

declare global {
  interface Window {
    benchResults?: BenchResult[];
    benchError?: string;
  }
}

run().then(
  (results) => (window.benchResults = results),
  (error: unknown) => (window.benchError = String(error)),
);
