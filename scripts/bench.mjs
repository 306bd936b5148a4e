// npm run bench: renders our widgets and FullCalendar with the same events in headless Chromium
// (Debian's), production builds of Lit, and prints one table with the ratio to FullCalendar.
// `npm run bench -- --write` also writes the figures into BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { build, createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
// `BENCH_ONLY=roster npm run bench`: only the cases whose name contains it, and no page-impact
// run (so no CDN build either): a quick loop while working on one widget.
const only = process.env.BENCH_ONLY ?? '';
if (only && process.argv.includes('--write')) throw new Error('--write needs every case: unset BENCH_ONLY');
// The page-impact run loads the CDN file: build it from the current sources.
if (!only) await build({ mode: 'cdn', logLevel: 'error' });
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  // Production code paths: no Lit dev mode, as partner pages run it.
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  // No reloads when a source file changes mid-run.
  server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  esbuild: false,
});
await server.listen();
const { port } = server.httpServer.address();
// A loaded machine can take minutes for the whole page: longer than puppeteer's default 180 s.
// `gc()` for the bench page: each run starts without the garbage of the run before (bench/measure.ts).
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], protocolTimeout: 600_000 });

/**
 * The demo partner page as a visitor loads it: layout shift caused after the first paint
 * (the widgets reserve their space, so 0 is the goal), requests per feed (1 however many
 * widgets use it), and total blocking time (the time of long tasks beyond 50 ms each).
 */
async function pageImpact(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // The page loads the CDN file, as partner pages do, instead of the unbundled sources.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/src/index.ts') return request.continue();
    return request.respond({ contentType: 'text/javascript', body: "import '/dist/cdn/creative-nodes.js';" });
  });
  const requests = new Map();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/samples/feeds/')) requests.set(path, (requests.get(path) ?? 0) + 1);
  });
  await page.evaluateOnNewDocument(() => {
    window.impact = { shift: 0, blocking: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.impact.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.impact.blocking += Math.max(0, entry.duration - 50);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { shift, blocking } = await page.evaluate(() => window.impact);
  await page.close();
  return { layoutShift: Math.round(shift * 1000) / 1000, totalBlockingMs: Math.round(blocking), requestsPerFeed: Object.fromEntries(requests) };
}

let results;
let impact;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${port}/bench/index.html?runs=${runs}&only=${encodeURIComponent(only)}`);
  await page.waitForFunction(() => window.benchResults || window.benchError, { timeout: 600_000, polling: 500 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  results = await page.evaluate(() => window.benchResults);
  if (!only) impact = await pageImpact(browser, `http://127.0.0.1:${port}/demo/`);
} finally {
  await browser.close();
  await server.close();
}

const rows = results.map((result) => {
  const theirs = results.find((other) => other.library === 'fullcalendar' && other.case === result.case && other.items === result.items);
  const ratio = result.library === 'creative-nodes' && theirs ? (result.medianMs / theirs.medianMs).toFixed(2) + '×' : '';
  return { ...result, vsFullCalendar: ratio };
});
console.table(rows);

if (impact) console.log(`demo page: layout shift ${impact.layoutShift}, total blocking time ${impact.totalBlockingMs} ms, requests per feed ${JSON.stringify(impact.requestsPerFeed)}`);

const over = rows.filter((row) => row.library === 'creative-nodes' && row.longestTaskMs > 50);
console.log(over.length ? `tasks over 50 ms: ${over.map((row) => `${row.case} (${row.items}): ${row.longestTaskMs} ms`).join('; ')}` : 'no task of ours over 50 ms');

if (process.argv.includes('--write')) {
  const machine = `${cpus().length} × ${cpus()[0].model.trim()}, Node ${process.version}, ${(await import('node:child_process')).execSync(`${CHROMIUM_PATH} --version 2>/dev/null`).toString().trim()}`;
  const table = [
    '| case | library | items | median ms | DOM nodes | longest task ms | vs FullCalendar |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.case} | ${row.library} | ${row.items} | ${row.medianMs} | ${row.domNodes} | ${row.longestTaskMs} | ${row.vsFullCalendar} |`),
  ].join('\n');
  const file = 'BENCHMARKS.md';
  const text = readFileSync(file, 'utf8');
  const feeds = Object.entries(impact.requestsPerFeed).map(([path, count]) => `${path.split('/').pop()}: ${count}`).join(', ');
  const pageTable = `The demo partner page (\`npm start\`, every widget on the sample feeds; feeds with a 404 on purpose are counted too): layout shift **${impact.layoutShift}**, total blocking time **${impact.totalBlockingMs} ms** (with the CDN file, dist/cdn/creative-nodes.js), requests per feed: ${feeds}.`;
  const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${runs} runs after a warm-up.\n\n${table}\n\n${pageTable}\n<!-- bench:end -->`);
  writeFileSync(file, updated);
  console.log(`wrote ${file}`);
}
