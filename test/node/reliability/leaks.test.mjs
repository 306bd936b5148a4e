// Leaks: attach/detach cycles of every widget, with its feed already loaded so that it
// renders each time, leave no listeners, nodes, documents, timers or requests behind.
// Measured through the Chrome DevTools Protocol after a forced garbage collection, after a
// warm-up, after half the cycles and at the end: the end may not exceed the warm-up by more
// than a small constant, nor the midpoint by more than a smaller one (no growth
// proportional to cycles). In CI (to stay within its time): 1,000 cycles per widget from a
// loaded src and 300 with `.data`; under `npm run stress`: 10,000 of each.
// Needs `npm run build:cdn` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, page as partnerPage, registeredWidgets, requireCdnBuild, ROOT, serve, STRESS_SCALE } from './support.mjs';

const STRESS = STRESS_SCALE > 1;
const CYCLES = STRESS ? 10_000 : 1_000;
const DATA_CYCLES = STRESS ? 10_000 : 300;
const WARM_UP = 100;
/** Elements attached together before a frame is given (observers and frames run per batch). */
const BATCH = 20;
/** What the end may exceed the warm-up by, whatever the number of cycles. */
const SLACK = { Nodes: 150, JSEventListeners: 30, Documents: 0, timers: 0, requests: 0 };
/** What the end may exceed the midpoint (half the cycles) by. */
const GROWTH = { Nodes: 60, JSEventListeners: 10 };

const FEED = readFileSync(join(ROOT, 'samples/feeds/creative-nodes-fusion.json'), 'utf8');
const MEMBERS = JSON.stringify({ version: 1, memberTarget: { value: 20 }, members: Array.from({ length: 12 }, (_, index) => ({ id: `m${index}`, name: `Medlem ${index}`, sectors: ['digital'], city: 'Luleå' })) });

/** Counts pending timers: wraps the timer functions before any library code runs. */
const TIMER_PROBE = `<script>
  window.__pendingTimers = new Set();
  const [originalSetTimeout, originalClearTimeout, originalSetInterval, originalClearInterval] = [setTimeout, clearTimeout, setInterval, clearInterval];
  window.setTimeout = function (callback, delay, ...rest) {
    const id = originalSetTimeout.call(window, (...args) => {
      window.__pendingTimers.delete(id);
      if (typeof callback === 'function') callback(...args);
    }, delay, ...rest);
    window.__pendingTimers.add(id);
    return id;
  };
  window.clearTimeout = (id) => (window.__pendingTimers.delete(id), originalClearTimeout.call(window, id));
  window.setInterval = function (...args) {
    const id = originalSetInterval.apply(window, args);
    window.__pendingTimers.add(id);
    return id;
  };
  window.clearInterval = (id) => (window.__pendingTimers.delete(id), originalClearInterval.call(window, id));
</script>`;

const ATTRIBUTES = {
  'cn-contact-card': {},
  'cn-event-calendar': { today: '2016-01-01', 'refresh-interval': '60' },
  'cn-funder-strip': { 'show-amounts': '' },
  'cn-phase-meter': { today: '2017-06-15' },
  'cn-member-roster': { 'show-target': '' },
};

let server;
let browser;
let widgets;
before(async () => {
  requireCdnBuild();
  server = await serve({
    routes: {
      '/leaks.html': partnerPage({ head: TIMER_PROBE, body: '<main id="stage"></main>' }),
      '/feeds/fusion.json': FEED,
      '/feeds/members.json': MEMBERS,
      // A feed host that never answers: widgets leave while their request is open.
      '/feeds/stalled.json': () => undefined,
      '/favicon.ico': '',
    },
  });
  browser = await launch();
  const probe = await browser.newPage();
  await probe.goto(`${server.origin}/leaks.html`);
  widgets = await registeredWidgets(probe);
  await probe.close();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page with the CDP session that measures it. */
async function openPage() {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.origin}/leaks.html`);
  await tab.waitForFunction(() => customElements.get('cn-contact-card'));
  const cdp = await tab.target().createCDPSession();
  await cdp.send('Performance.enable');
  return { tab, cdp, errors };
}

/** Collects garbage, then reads listeners, nodes, documents, heap, timers and open requests. */
async function measure(tab, cdp) {
  // Let aborted requests settle and frames run before counting.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value;
  return {
    Nodes: value('Nodes'),
    JSEventListeners: value('JSEventListeners'),
    Documents: value('Documents'),
    heapMB: Math.round(value('JSHeapUsedSize') / 1e5) / 10,
    timers: await tab.evaluate(() => window.__pendingTimers.size),
    requests: server.inFlight(),
  };
}

/** `count` cycles of creating `tag`, attaching it, waiting for its render, and removing it. */
function cycles(tab, tag, attributes, source, count) {
  return tab.evaluate(
    async (tag, attributes, source, count, batch) => {
      const stage = document.getElementById('stage');
      const data = source.data ? JSON.parse(source.data) : undefined;
      for (let done = 0; done < count; done += batch) {
        const elements = [];
        for (let index = 0; index < Math.min(batch, count - done); index++) {
          const element = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          if (source.src) element.setAttribute('src', source.src);
          if (data) element.data = data;
          stage.append(element);
          elements.push(element);
        }
        // A src feed held by the shared registry still arrives a few microtasks later.
        await Promise.all(
          elements.map(async (element) => {
            for (let round = 0; round < 10 && (await element.updateComplete, element.feedState.status === 'loading' && source.expectReady); round++);
          }),
        );
        if (source.leak) {
          // A deliberate leak, to show that the measurements see one.
          (window.__kept ??= []).push(...elements);
          for (const element of elements) window.addEventListener('resize', () => element.localName);
        }
        if (source.expectReady && elements.some((element) => element.feedState.status !== 'ready' || !element.shadowRoot.textContent.trim())) {
          throw new Error(`<${tag}> did not render its feed: ${elements[0].feedState.status}`);
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (const element of elements) element.remove();
      }
    },
    tag,
    attributes,
    source,
    count,
    BATCH,
  );
}

/** Runs the cycles and checks the three measurements (the middle one after `total / 2`). */
async function checkCycles(tag, source, total) {
  const { tab, cdp, errors } = await openPage();
  const attributes = ATTRIBUTES[tag] ?? {};
  const midpoint = Math.round(total / 2);
  if (source.src && !source.stalled) {
    // The feed is loaded before the cycles: one element fetches it, the cycles reuse the copy.
    await tab.evaluate(async (tag, src) => {
      const element = Object.assign(document.createElement(tag), { src });
      document.body.append(element);
      while (element.feedState.status === 'loading') await new Promise((resolve) => setTimeout(resolve, 10));
      element.remove();
    }, tag, source.src);
  }
  await cycles(tab, tag, attributes, source, WARM_UP);
  const start = await measure(tab, cdp);
  const startedAt = Date.now();
  await cycles(tab, tag, attributes, source, midpoint - WARM_UP);
  const middle = await measure(tab, cdp);
  await cycles(tab, tag, attributes, source, total - midpoint);
  const end = await measure(tab, cdp);
  const seconds = (Date.now() - startedAt) / 1000;
  const report = JSON.stringify({ start, middle, end, seconds });
  for (const [name, slack] of Object.entries(SLACK)) assert.ok(end[name] - start[name] <= slack, `${name} grew by ${end[name] - start[name]} (> ${slack}): ${report}`);
  for (const [name, growth] of Object.entries(GROWTH)) assert.ok(end[name] - middle[name] <= growth, `${name} grew by ${end[name] - middle[name]} between ${midpoint} and ${total} cycles: ${report}`);
  assert.ok(end.heapMB - middle.heapMB < 8, `the heap grew by ${end.heapMB - middle.heapMB} MB: ${report}`);
  assert.deepEqual(errors, []);
  await tab.close();
  return report;
}

for (const tag of ['cn-contact-card', 'cn-event-calendar', 'cn-funder-strip', 'cn-phase-meter', 'cn-member-roster']) {
  const feed = tag === 'cn-member-roster' ? '/feeds/members.json' : '/feeds/fusion.json';

  test(`<${tag}>: ${CYCLES} attach/detach cycles from a loaded src leave nothing behind`, async (context) => {
    if (!widgets.includes(tag)) return context.skip(`<${tag}> is not in the CDN build yet`);
    server.counts.clear();
    const report = await checkCycles(tag, { src: feed, expectReady: true }, CYCLES);
    // The feed was fetched once for all cycles: the shared copy serves the others.
    assert.equal(server.counts.get(feed), 1);
    context.diagnostic(report);
  });

  test(`<${tag}>: ${DATA_CYCLES} attach/detach cycles with .data leave nothing behind`, async (context) => {
    if (!widgets.includes(tag)) return context.skip(`<${tag}> is not in the CDN build yet`);
    const data = tag === 'cn-member-roster' ? MEMBERS : FEED;
    context.diagnostic(await checkCycles(tag, { data, expectReady: true }, DATA_CYCLES));
  });
}

test(`widgets that leave while their feed is still loading abort it: no request or timer left`, async (context) => {
  server.counts.clear();
  const report = await checkCycles('cn-contact-card', { src: '/feeds/stalled.json', stalled: true }, 1_000);
  assert.ok(server.counts.get('/feeds/stalled.json') > 1, 'each batch asked again (the previous request was aborted)');
  context.diagnostic(report);
});

test('the measurements see a leak (elements kept and a listener per element)', async () => {
  await assert.rejects(checkCycles('cn-contact-card', { data: FEED, expectReady: true, leak: true }, 400), /grew by/);
});
