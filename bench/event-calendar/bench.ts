/**
 * Benchmark page: renders <cn-event-calendar> with 100, 1,000 and 5,000 events in the list
 * and the month view, and measures time to first render, DOM nodes and the longest task.
 * Results go to `window.__benchResults` (and the page), for run-bench.mjs to collect.
 */
import '../../src/event-calendar/define.js';
import type { EventCalendar } from '../../src/event-calendar/event-calendar.js';
import { generateFeed } from './generate-events.js';

interface Result {
  events: number;
  view: 'list' | 'month';
  renderMs: number;
  domNodes: number;
  longestTaskMs: number;
  showMoreMs?: number;
}

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: false });

function countNodes(root: Node): number {
  let count = 1;
  for (const child of root.childNodes) count += countNodes(child);
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  return count;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function run(events: number, view: 'list' | 'month'): Promise<Result> {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const feed = generateFeed(events);
  await nextFrame();
  longest = 0;
  const start = performance.now();
  const element = document.createElement('cn-event-calendar') as EventCalendar;
  element.today = '2016-01-04';
  element.view = view;
  element.data = feed;
  stage.append(element);
  await element.updateComplete;
  await nextFrame();
  const renderMs = performance.now() - start;
  const result: Result = { events, view, renderMs: Math.round(renderMs * 10) / 10, domNodes: countNodes(element), longestTaskMs: 0 };
  if (view === 'list') {
    const more = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]');
    if (more) {
      const clicked = performance.now();
      more.click();
      await element.updateComplete;
      await nextFrame();
      result.showMoreMs = Math.round((performance.now() - clicked) * 10) / 10;
    }
  }
  await nextFrame();
  result.longestTaskMs = Math.round(longest);
  return result;
}

const results: Result[] = [];
for (const events of [100, 1000, 5000]) {
  for (const view of ['list', 'month'] as const) results.push(await run(events, view));
}
(window as { __benchResults?: Result[] }).__benchResults = results;
const table = document.createElement('pre');
table.textContent = JSON.stringify(results, null, 2);
document.body.append(table);
