// npm run bench: renders our widgets and FullCalendar with the same events in headless Chromium
// (Debian's), production builds of Lit, and prints one table with the ratio to FullCalendar.
// `npm run bench -- --write` also writes the figures into BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  // Production code paths: no Lit dev mode, as partner pages run it.
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  server: { host: '127.0.0.1', port: 0 },
  esbuild: false,
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

let results;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${port}/bench/index.html?runs=${runs}`);
  await page.waitForFunction(() => window.benchResults || window.benchError, { timeout: 600_000, polling: 500 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  results = await page.evaluate(() => window.benchResults);
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
  const updated = text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${runs} runs after a warm-up.\n\n${table}\n<!-- bench:end -->`);
  writeFileSync(file, updated);
  console.log(`wrote ${file}`);
}
