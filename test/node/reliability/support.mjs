// What the Node reliability tests share: a server that counts requests (and those still
// open), can serve a second copy of the CDN build, and pages that load the built file.
// Needs `npm run build:cdn` first. Not a test file itself: it only exports helpers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { ROOT, launch } from '../support/browser.mjs';

export { ROOT, launch };

/** `npm run stress` sets CN_STRESS_SCALE; CI runs the small numbers. */
export const STRESS_SCALE = Number(process.env.CN_STRESS_SCALE ?? 1) || 1;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** The version string the CDN build carries, and the one the simulated second copy carries. */
export const VERSION = '0.1.0';
export const OTHER_VERSION = '9.9.9';
/** The version as a string literal in minified code ("0.1.0", '0.1.0' or `0.1.0`). */
const VERSION_LITERAL = new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');

/**
 * Serves the repository read-only on 127.0.0.1, plus:
 * - `routes[path]`: a string body, or `(request, response) => void` for anything else;
 * - `/copy/…`: dist/cdn/… with the version replaced, a second copy of the library (its
 *   chunks, imported relatively, load from /copy/chunks/: its own module instances).
 * Counts every request by path (`counts`) and the requests not yet answered (`inFlight()`).
 */
export function serve({ routes = {} } = {}) {
  const counts = new Map();
  let open = 0;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    open++;
    let closed = false;
    const done = () => {
      if (!closed) open--;
      closed = true;
    };
    response.on('close', done);
    response.on('finish', done);
    try {
      const route = routes[path];
      if (typeof route === 'function') return void (await route(request, response, url));
      let body = route;
      if (body === undefined && path.startsWith('/copy/')) {
        body = (await readFile(join(ROOT, 'dist/cdn', normalize(path.slice('/copy/'.length)).replace(/^(\.\.[/\\])+/, '')), 'utf8')).replace(VERSION_LITERAL, (literal, quote) => `${quote}${OTHER_VERSION}${quote}`);
      }
      body ??= await readFile(join(ROOT, normalize(path).replace(/^(\.\.[/\\])+/, '')));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        counts,
        inFlight: () => open,
        close: () => {
          server.closeAllConnections?.();
          return new Promise((finish) => server.close(finish));
        },
      });
    });
  });
}

/** Fails early, with the fix, when the CDN file has not been built. */
export function requireCdnBuild() {
  if (!existsSync(join(ROOT, 'dist/cdn/creative-nodes.js'))) throw new Error('dist/cdn/creative-nodes.js is missing: run `npm run build:cdn` first');
}

/** A page with no CSP at all that loads the CDN file; `head` goes before it. */
export function page({ head = '', body = '', lang = 'en' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>partner page</title>${head}
<script type="module" src="/dist/cdn/creative-nodes.js"></script></head><body>${body}</body></html>`;
}

/** The widgets to cover: every `cn-*` tag the built file registers, but the provider. */
export const WIDGET_TAGS = ['cn-contact-card', 'cn-event-calendar', 'cn-funder-strip', 'cn-phase-meter', 'cn-member-roster'];

/** The registered ones, read in `page` once the CDN file ran. */
export async function registeredWidgets(page) {
  await page.waitForFunction(() => customElements.get('cn-contact-card'));
  return page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), WIDGET_TAGS);
}
