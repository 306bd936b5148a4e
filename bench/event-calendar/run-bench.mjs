// Runs the event calendar benchmark in Debian's Chromium (headless) and prints a table.
// Usage: node bench/event-calendar/run-bench.mjs   (from the project root; serves with Vite on 127.0.0.1)
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';

const server = await createServer({ server: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${port}/bench/event-calendar/index.html`);
  await page.waitForFunction(() => window.__benchResults, { timeout: 120_000 });
  const results = await page.evaluate(() => window.__benchResults);
  console.table(results);
} finally {
  await browser.close();
  await server.close();
}
