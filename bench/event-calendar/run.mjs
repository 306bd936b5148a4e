// The calendar cases alone (bench.ts), or a CPU profile of one mount.
// Usage (from the repository root):
//   node bench/event-calendar/run.mjs [runs=5] [--fullcalendar] [--counts=5000] [--views=list]
//   node bench/event-calendar/run.mjs --profile --counts=5000 --views=month   (prints the heaviest functions, writes /tmp/event-calendar.cpuprofile)
//   node bench/event-calendar/run.mjs --trace --counts=5000 --views=list      (main-thread time by kind: script, style, layout, paint; the longest task)
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}`))?.split('=')[1] ?? (process.argv.includes(`--${name}`) ? '1' : undefined);
const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5);
const query = new URLSearchParams({ runs: String(runs) });
for (const name of ['counts', 'views', 'fullcalendar', 'profile']) if (flag(name)) query.set(name, flag(name));
if (flag('trace')) query.set('profile', '1');

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  server: { host: '127.0.0.1', port: 0 },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error(error));
  page.on('console', (message) => console.log('page:', message.text()));
  await page.goto(`http://127.0.0.1:${port}/bench/event-calendar/index.html?${query}`);
  if (flag('trace')) {
    // Where the main thread's time goes for one mount, by trace event (script, style, layout, paint …).
    await page.waitForFunction(() => window.profileReady, { timeout: 120_000 });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.evaluate(() => window.startProfiled());
    await page.waitForFunction(() => window.benchResults || window.benchError, { timeout: 120_000 });
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    // The page's main thread: of the renderers' main threads, the busiest.
    const mains = new Set(trace.traceEvents.filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain').map((event) => event.tid));
    const busy = new Map();
    for (const event of trace.traceEvents) if (event.name === 'RunTask' && mains.has(event.tid)) busy.set(event.tid, (busy.get(event.tid) ?? 0) + (event.dur ?? 0));
    const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
    const totals = new Map();
    let longest = 0;
    for (const event of trace.traceEvents) {
      if (event.ph !== 'X' || event.tid !== main || !event.dur) continue;
      if (event.name === 'RunTask') longest = Math.max(longest, event.dur);
      totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
    }
    console.log(`longest task ${(longest / 1000).toFixed(1)} ms`);
    // The longest tasks, with the time of each kind of work inside them.
    const tasks = trace.traceEvents.filter((event) => event.name === 'RunTask' && event.tid === main && event.dur > 20_000).sort((a, b) => b.dur - a.dur).slice(0, 4);
    for (const task of tasks) {
      const inside = new Map();
      for (const event of trace.traceEvents) {
        if (event.tid !== main || event.ph !== 'X' || event === task || event.ts < task.ts || event.ts + (event.dur ?? 0) > task.ts + task.dur) continue;
        if (['FunctionCall', 'RunMicrotasks', 'EvaluateScript', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'MinorGC', 'MajorGC', 'TimerFire', 'EventDispatch', 'HandlePostMessage', 'FireAnimationFrame', 'Commit', 'Layerize'].includes(event.name)) inside.set(event.name, (inside.get(event.name) ?? 0) + event.dur / 1000);
      }
      console.log(`  task ${(task.dur / 1000).toFixed(1)} ms: ${[...inside].map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
    }
    for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`${ms.toFixed(1).padStart(7)} ms  ${name}`);
  } else if (flag('profile')) {
    await page.waitForFunction(() => window.profileReady, { timeout: 120_000 });
    const session = await page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await page.evaluate(() => window.startProfiled());
    await page.waitForFunction(() => window.benchResults || window.benchError, { timeout: 120_000 });
    const { profile } = await session.send('Profiler.stop');
    writeFileSync('/tmp/event-calendar.cpuprofile', JSON.stringify(profile));
    const self = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
    for (const id of profile.samples) {
      const { callFrame } = byId.get(id);
      const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${callFrame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + interval);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
    console.log(`profile: ${((profile.endTime - profile.startTime) / 1000).toFixed(1)} ms in all`);
    for (const [key, ms] of top) console.log(`${ms.toFixed(1).padStart(7)} ms  ${key}`);
  } else {
    await page.waitForFunction(() => window.benchResults || window.benchError, { timeout: 600_000, polling: 500 });
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(error);
    console.table(await page.evaluate(() => window.benchResults));
  }
} finally {
  await browser.close();
  await server.close();
}
