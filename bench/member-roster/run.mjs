// Times bench/member-roster/index.html in Debian's Chromium with puppeteer-core.
// Usage (from the repository root): node bench/member-roster/run.mjs [runs=5]
// Not wired into package.json on purpose: the integrator decides about `npm run bench`.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS as args, CHROMIUM_PATH as executablePath } from '../../scripts/chromium.mjs';

const runs = Number(process.argv[2] ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value.toFixed(1)} ms`;
/** "script / painted" medians of one step. */
const step = (results, pick) => `${ms(median(results.map((r) => pick(r).script)))} / ${ms(median(results.map((r) => pick(r).paint)))}`;
const slowest = (timings) => timings.reduce((a, b) => (b.paint > a.paint ? b : a));

// Lit's production build (no dev-mode checks), as partner pages get it from the CDN file.
const server = await createServer({
  logLevel: 'error',
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { port: 5191, strictPort: false, open: false },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath, args });
try {
  const rows = [];
  for (const layout of ['cards', 'list', 'logos']) {
    for (const pageSize of [48, 0]) {
      const results = [];
      for (let run = 0; run < runs + 1; run++) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`${base}bench/member-roster/?layout=${layout}&page-size=${pageSize}`);
        await page.waitForFunction(() => window.benchResult !== undefined, { timeout: 60_000 });
        const result = await page.evaluate(() => window.benchResult);
        await page.close();
        if (result.error) throw new Error(result.error);
        // The first run warms Vite's transform cache and the browser's code cache: not counted.
        if (run > 0) results.push(result);
      }
      rows.push({
        layout,
        'page-size': pageSize === 0 ? 'all' : pageSize,
        drawn: results[0].drawn,
        'validate / prepare': `${ms(median(results.map((r) => r.validate)))} / ${ms(median(results.map((r) => r.prepare)))}`,
        'first render': step(results, (r) => r.firstRender),
        'slowest keystroke': step(results, (r) => slowest(r.keystrokes)),
        chip: step(results, (r) => r.chip),
        clear: step(results, (r) => r.clear),
        sort: step(results, (r) => r.sort),
        'longest task': `${median(results.map((r) => Math.max(...[r.firstRender, ...r.keystrokes, r.chip, r.clear, r.sort].map((t) => t.longestTask)))).toFixed(0)} ms`,
        'long tasks': median(results.map((r) => r.longTasks)),
        'logo CLS': median(results.map((r) => r.logoLayoutShift)).toFixed(3),
      });
    }
  }
  console.log(`cn-member-roster, 1000 members, median of ${runs} runs, "script / painted" (${await browser.version()}):`);
  console.table(rows);
} finally {
  await browser.close();
  await server.close();
}
