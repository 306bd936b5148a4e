/**
 * The benchmark page (`npm run bench` drives it): our widgets and FullCalendar render the same
 * generated events in the same page, run by run in turn (`measureInTurn`), each run timed alike.
 */
import '../src/index.js';
import { manyMembers } from '../stories/support/members.js';
import { generateFeed } from './event-calendar/generate-events.js';
import { fullCalendar, measure as measureCase, measureInTurn, publishResults, widget, type BenchResult } from './measure.js';

/** `?only=roster` runs just the cases whose name contains it: a quicker loop while working on one widget. */
const only = new URLSearchParams(location.search).get('only') ?? '';

async function run(): Promise<BenchResult[]> {
  const results: (BenchResult | undefined)[] = [];
  const measure = (...args: Parameters<typeof measureCase>) => (args[0].includes(only) ? measureCase(...args) : undefined);
  for (const count of [100, 1000, 5000]) {
    const feed = generateFeed(count);
    // Ours and FullCalendar run by run in turn, so that the ratio compares like with like.
    const views = [
      ['calendar list', { today: '2016-01-01' }, 'listYear'],
      ['calendar month', { today: '2016-01-01', view: 'month', month: '2016-03' }, 'dayGridMonth'],
    ] as const;
    for (const [name, attributes, theirs] of views) {
      if (!name.includes(only)) continue;
      results.push(...(await measureInTurn([name, 'creative-nodes', count, widget('cn-event-calendar', attributes, feed)], [name, 'fullcalendar', count, fullCalendar(feed, theirs)])));
    }
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
  return results.filter((result) => result !== undefined);
}

publishResults(run());
