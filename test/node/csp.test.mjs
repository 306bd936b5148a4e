// The CDN build works on a page with a strict Content-Security-Policy and Trusted Types,
// next to another copy of Lit, with zero violations. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, serve } from './support/browser.mjs';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  // Each name allowed once: `lit-html` is the page's own Lit; `creative-nodes` is ours, and
  // `creative-nodes-json` writes the calendar's structured data.
  'trusted-types lit-html creative-nodes creative-nodes-json',
].join('; ');

/** The same policy without our structured-data policy name. */
const CSP_WITHOUT_JSON_POLICY = CSP.replace(' creative-nodes-json', '');

let server;
let browser;
before(async () => {
  server = await serve({
    headers: (path, query) => (path.endsWith('.html') ? { 'Content-Security-Policy': query.has('no-json-policy') ? CSP_WITHOUT_JSON_POLICY : CSP } : {}),
    routes: { '/favicon.ico': '' },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('every widget renders under a strict CSP with Trusted Types, beside another Lit, with no violation', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${server.origin}/test/node/csp/page.html`, { waitUntil: 'networkidle0' });
  // Every widget on the page (any element with a feed state) gets its data and draws it.
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('cn-') && element.localName !== 'cn-programme');
      return widgets.length > 0 && widgets.every((widget) => widget.feedState?.status === 'ready' && widget.shadowRoot.textContent.trim() !== '');
    },
    { timeout: 10_000 },
  );
  const texts = await page.$$eval('cn-contact-card', (cards) => cards.map((card) => card.shadowRoot.textContent));
  assert.match(texts[0], /Anna Exempelsson/);
  assert.match(texts[1], /Save contact/);
  const funders = await page.$$eval('cn-funder-strip', (strips) => strips.map((strip) => strip.shadowRoot.textContent));
  assert.match(funders[0], /Europeiska unionen/);
  assert.match(funders[1], /3\s402\s775/);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  // Bars are filled through the CSSOM, not refused style attributes.
  const fills = await page.$$eval('cn-phase-meter', (meters) => meters.flatMap((meter) => [...meter.shadowRoot.querySelectorAll('[part~="fill"]')].map((fill) => fill.getBoundingClientRect().width)));
  assert.ok(fills.length > 3 && fills.some((width) => width > 0), String(fills));
  const jsonLd = await page.$eval('cn-event-calendar > script[type="application/ld+json"]', (script) => JSON.parse(script.textContent));
  assert.equal(jsonLd[0]['@type'], 'Event');
  assert.deepEqual(errors, []);
});

test('without our JSON policy name the calendar leaves its structured data out, and nothing breaks', async () => {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (message) => ['warn', 'warning'].includes(message.type()) && warnings.push(message.text()));
  await page.goto(`${server.origin}/test/node/csp/page.html?no-json-policy`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('cn-event-calendar')?.feedState?.status === 'ready', { timeout: 10_000 });
  assert.equal(await page.$('cn-event-calendar > script'), null);
  assert.ok(warnings.some((warning) => warning.includes('structured data left out')), warnings.join('\n'));
  const violations = await page.evaluate(() => window.cspViolations);
  assert.deepEqual(violations.map((violation) => violation.split(':')[0]), ['trusted-types']);
});
