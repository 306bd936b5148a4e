/**
 * The calendar cases of bench/compare.ts alone, for quick before/after runs and CPU profiles
 * (run.mjs drives it). Query parameters: `counts` (100,1000,5000), `views` (list,month),
 * `runs` (5), `fullcalendar` (1 to time FullCalendar too), `profile` (1: mount once and stop,
 * so that run.mjs can record that one mount).
 */
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import '../../src/event-calendar/define.js';
import type { FeedElement } from '../../src/base/feed-element.js';
import { generateFeed } from './generate-events.js';

interface Result {
  case: string;
  library: 'creative-nodes' | 'fullcalendar';
  items: number;
  medianMs: number;
  minMs: number;
  domNodes: number;
  longestTaskMs: number;
}

const params = new URLSearchParams(location.search);
const RUNS = Number(params.get('runs') ?? 5);
const counts = (params.get('counts') ?? '100,1000,5000').split(',').map(Number);
const views = (params.get('views') ?? 'list,month').split(',') as ('list' | 'month')[];
const stage = document.querySelector<HTMLElement>('#stage')!;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

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

async function measure(name: string, library: Result['library'], items: number, prepare: () => Mount): Promise<Result> {
  const times: number[] = [];
  let nodes = 0;
  // Long tasks inside the timed mounts only (not the untimed copy of the feed before each).
  const timed: [number, number][] = [];
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  for (let run = 0; run <= RUNS; run++) {
    const container = stage.appendChild(document.createElement('div'));
    const mount = prepare();
    await nextFrame();
    const started = performance.now();
    await mount(container);
    await nextFrame();
    if (run > 0) {
      times.push(performance.now() - started);
      timed.push([started, performance.now()]);
    }
    nodes = countNodes(container);
    container.remove();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const longest = Math.max(0, ...tasks.filter((task) => timed.some(([from, to]) => task.startTime >= from && task.startTime < to)).map((task) => task.duration));
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { case: name, library, items, medianMs: round(times[Math.floor(times.length / 2)]), minMs: round(times[0]), domNodes: nodes, longestTaskMs: Math.round(longest) };
}

function widget(attributes: Record<string, string>, feed: unknown): () => Mount {
  return () => {
    const data = structuredClone(feed);
    return async (container) => {
      const element = document.createElement('cn-event-calendar') as FeedElement;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.data = data;
      container.append(element);
      while (element.feedState.status === 'loading') await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
    };
  };
}

function fullCalendar(feed: ReturnType<typeof generateFeed>, view: 'listYear' | 'dayGridMonth'): () => Mount {
  return () => {
    const events = (feed.events as { id: string; title: { sv: string }; start: string; end?: string }[]).map((event) => ({
      id: event.id,
      title: event.title.sv,
      start: event.start,
      end: event.end,
      allDay: !event.start.includes('T'),
    }));
    return (container) => {
      new Calendar(container, { plugins: [dayGridPlugin, listPlugin], initialView: view, initialDate: '2016-03-01', timeZone: 'Europe/Stockholm', locale: 'sv', dayMaxEvents: 3, events }).render();
    };
  };
}

const attributesOf = (view: 'list' | 'month') => (view === 'list' ? { today: '2016-01-01' } : { today: '2016-01-01', view: 'month', month: '2016-03' });

async function run(): Promise<Result[]> {
  if (params.get('profile')) {
    // One warm-up mount, then the mount run.mjs profiles (it waits for `window.profileReady`).
    const feed = generateFeed(counts[0]);
    const mount = widget(attributesOf(views[0]), feed);
    await mount()(stage.appendChild(document.createElement('div')));
    stage.replaceChildren();
    const next = mount();
    await nextFrame();
    await new Promise<void>((resolve) => {
      (window as { startProfiled?: () => void }).startProfiled = resolve;
      (window as { profileReady?: boolean }).profileReady = true;
    });
    await next(stage.appendChild(document.createElement('div')));
    await nextFrame();
    return [];
  }
  const results: Result[] = [];
  for (const count of counts) {
    const feed = generateFeed(count);
    for (const view of views) {
      results.push(await measure(`calendar ${view}`, 'creative-nodes', count, widget(attributesOf(view), feed)));
      if (params.get('fullcalendar')) results.push(await measure(`calendar ${view}`, 'fullcalendar', count, fullCalendar(feed, view === 'list' ? 'listYear' : 'dayGridMonth')));
    }
  }
  return results;
}

declare global {
  interface Window {
    benchResults?: Result[];
    benchError?: string;
  }
}

run().then(
  (results) => (window.benchResults = results),
  (error: unknown) => (window.benchError = String(error)),
);
