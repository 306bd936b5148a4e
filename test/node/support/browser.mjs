// Node-side helpers: a static server on 127.0.0.1 and Debian's Chromium through puppeteer-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

export const ROOT = new URL('../../../', import.meta.url).pathname;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Serves the repository read-only on 127.0.0.1. Options:
 * - `headers(path, query)`: extra response headers (a CSP, say);
 * - `routes[path]`: a string body, or `(request, response, url) => void` for anything else;
 * - `body(path)`: a body made on the fly (a rewritten file), or undefined for the file itself.
 * Counts every request by path (`counts`) and those not yet answered (`inFlight()`).
 */
export function serve({ headers = () => ({}), routes = {}, body: makeBody = async () => undefined } = {}) {
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
      const body = route ?? (await makeBody(path)) ?? (await readFile(join(ROOT, normalize(path).replace(/^(\.\.[/\\])+/, ''))));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers(path, url.searchParams) });
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

export function launch() {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
