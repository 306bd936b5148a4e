/**
 * The calendar cases of bench/compare.ts alone, for quick before/after runs and CPU profiles
 * (run.mjs drives it). Query parameters: `counts` (100,1000,5000), `views` (list,month),
 * `runs` (5), `fullcalendar` (1 to time FullCalendar too), `profile` (1: mount once and stop,
 * so that run.mjs can record that one mount).
 */
import '../../src/event-calendar/define.js';
import { fullCalendar, measureInTurn, nextFrame, publishResults, stage, widget, type BenchResult } from '../measure.js';
import { generateFeed } from './generate-events.js';

const params = new URLSearchParams(location.search);
const counts = (params.get('counts') ?? '100,1000,5000').split(',').map(Number);
const views = (params.get('views') ?? 'list,month').split(',') as ('list' | 'month')[];

const attributesOf = (view: 'list' | 'month'): Record<string, string> => (view === 'list' ? { today: '2016-01-01' } : { today: '2016-01-01', view: 'month', month: '2016-03' });

async function run(): Promise<BenchResult[]> {
  if (params.get('profile')) {
    // One warm-up mount, then the mount run.mjs profiles (it waits for `window.profileReady`).
    const feed = generateFeed(counts[0]);
    const mount = widget('cn-event-calendar', attributesOf(views[0]), feed);
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
  const results: BenchResult[] = [];
  for (const count of counts) {
    const feed = generateFeed(count);
    for (const view of views) {
      const ours = [`calendar ${view}`, 'creative-nodes', count, widget('cn-event-calendar', attributesOf(view), feed)] as const;
      const theirs = [`calendar ${view}`, 'fullcalendar', count, fullCalendar(feed, view === 'list' ? 'listYear' : 'dayGridMonth')] as const;
      results.push(...(await (params.get('fullcalendar') ? measureInTurn(ours, theirs) : measureInTurn(ours))));
    }
  }
  return results;
}

publishResults(run());
