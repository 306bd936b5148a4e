// What the Node reliability tests share: a server that counts requests (and those still
// open), can serve a second copy of the CDN build, and pages that load the built file.
// Needs `npm run build:cdn` first. Not a test file itself: it only exports helpers.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { ROOT, launch, serve as serveRepository } from '../support/browser.mjs';

export { ROOT, launch };

/** `npm run stress` sets CN_STRESS_SCALE; CI runs the small numbers. */
export const STRESS_SCALE = Number(process.env.CN_STRESS_SCALE ?? 1) || 1;

/** The version string the CDN build carries, and the one the simulated second copy carries. */
export const VERSION = '0.1.0';
export const OTHER_VERSION = '9.9.9';
/** The version as a string literal in minified code ("0.1.0", '0.1.0' or `0.1.0`). */
const VERSION_LITERAL = new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');

/**
 * The repository server (test/node/support/browser.mjs) with `/copy/…` added: dist/cdn/…
 * with the version replaced, a second copy of the library (its chunks, imported relatively,
 * load from /copy/chunks/: its own module instances). Nothing is cached between pages.
 */
export function serve({ routes = {} } = {}) {
  return serveRepository({
    routes,
    headers: () => ({ 'Cache-Control': 'no-store' }),
    body: async (path) =>
      path.startsWith('/copy/')
        ? (await readFile(join(ROOT, 'dist/cdn', normalize(path.slice('/copy/'.length)).replace(/^(\.\.[/\\])+/, '')), 'utf8')).replace(VERSION_LITERAL, (_literal, quote) => `${quote}${OTHER_VERSION}${quote}`)
        : undefined,
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
