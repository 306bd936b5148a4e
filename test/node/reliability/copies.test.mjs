// Two copies and two versions of the library on one page (a CMS plugin and a hand-pasted
// script): no exception, both copies' widgets render, one request per feed URL, one console
// warning per clashing tag. The second copy is dist/cdn served under /copy/ (its chunks load
// from /copy/chunks/: separate module instances) with its version string made 9.9.9.
// Needs `npm run build:cdn` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, OTHER_VERSION, requireCdnBuild, ROOT, serve, VERSION } from './support.mjs';

const FEED_A = readFileSync(join(ROOT, 'samples/feeds/creative-nodes-fusion.json'), 'utf8');
const FEED_B = readFileSync(join(ROOT, 'samples/feeds/loket.json'), 'utf8');

const CLASSES = { 'contact-card': 'ContactCard', 'funder-strip': 'FunderStrip', 'phase-meter': 'PhaseMeter', 'event-calendar': 'EventCalendar', 'member-roster': 'MemberRoster' };

/**
 * Loads `first` then `second` (each '/dist/cdn' or '/copy'); the second copy's classes are
 * registered under `v2-*` names so that its own widgets are on the page too.
 */
function twoCopies(first, second, csp) {
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}
<script type="module" src="${first}/creative-nodes.js"></script>
<script type="module" src="/second.js?from=${encodeURIComponent(second)}"></script>
</head><body>
<cn-contact-card id="mine" src="/feeds/a.json"></cn-contact-card>
<v2-contact-card id="theirs" src="/feeds/a.json"></v2-contact-card>
<cn-programme src="/feeds/b.json">
  <cn-funder-strip id="provided-mine"></cn-funder-strip>
  <v2-funder-strip id="provided-theirs"></v2-funder-strip>
</cn-programme>
<v2-event-calendar id="calendar-theirs" today="2016-01-01" src="/feeds/a.json"></v2-event-calendar>
<cn-event-calendar id="calendar-mine" today="2016-01-01" src="/feeds/a.json"></cn-event-calendar>
<v2-phase-meter id="meter-theirs" today="2017-06-15" src="/feeds/a.json"></v2-phase-meter>
</body></html>`;
}

/** The second copy, as a partner's own module would load it (no inline script: CSP-safe). */
function secondScript(from) {
  return `const other = await import('${from}/creative-nodes.js');
const classes = ${JSON.stringify(CLASSES)};
for (const [tag, name] of Object.entries(classes)) if (other[name]) customElements.define('v2-' + tag, other[name]);
window.secondVersion = other.LIBRARY_VERSION;`;
}

let server;
let browser;
before(async () => {
  requireCdnBuild();
  server = await serve({
    routes: {
      '/feeds/a.json': FEED_A,
      '/feeds/b.json': FEED_B,
      '/favicon.ico': '',
      '/second.js': (request, response, url) => {
        response.writeHead(200, { 'Content-Type': 'text/javascript' });
        response.end(secondScript(url.searchParams.get('from')));
      },
      '/copy-first.html': twoCopies('/dist/cdn', '/copy'),
      '/copy-reversed.html': twoCopies('/copy', '/dist/cdn'),
      '/copy-strict.html': twoCopies('/dist/cdn', '/copy', "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html creative-nodes creative-nodes-json"),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  server.counts.clear();
  const tab = await browser.newPage();
  const errors = [];
  const warnings = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (['warn', 'warning'].includes(message.type())) warnings.push(message.text());
  });
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    () => [...document.querySelectorAll('body *')].filter((node) => node.localName !== 'cn-programme').every((node) => node.feedState?.status === 'ready' && node.shadowRoot.textContent.trim() !== ''),
    { timeout: 10_000 },
  );
  const drawn = await tab.$$eval('body *', (nodes) => Object.fromEntries(nodes.filter((node) => node.id).map((node) => [node.id, { version: node.constructor.version, text: node.shadowRoot.textContent }])));
  return { tab, errors, warnings, drawn };
}

for (const [path, first, second] of [
  ['/copy-first.html', VERSION, OTHER_VERSION],
  ['/copy-reversed.html', OTHER_VERSION, VERSION],
]) {
  test(`version ${first} then version ${second}: both render, one request per feed, one warning per tag`, async () => {
    const { tab, errors, warnings, drawn } = await open(path);
    assert.deepEqual(errors, []);
    assert.equal(await tab.evaluate(() => window.secondVersion), second);
    // Each copy's own widgets drew the feed.
    for (const id of ['mine', 'calendar-mine', 'provided-mine']) assert.equal(drawn[id].version, first, id);
    for (const id of ['theirs', 'calendar-theirs', 'meter-theirs', 'provided-theirs']) assert.equal(drawn[id].version, second, id);
    assert.match(drawn.mine.text, /Anna Exempelsson/);
    assert.equal(drawn.theirs.text, drawn.mine.text);
    assert.equal(drawn['calendar-theirs'].text, drawn['calendar-mine'].text);
    // A widget of one copy inside the other copy's <cn-programme> gets its feed too.
    assert.match(drawn['provided-theirs'].text, /Europeiska unionen|European Union/);
    assert.equal(drawn['provided-theirs'].text, drawn['provided-mine'].text);
    // One request per feed, whatever the number of widgets and copies.
    assert.equal(server.counts.get('/feeds/a.json'), 1);
    assert.equal(server.counts.get('/feeds/b.json'), 1);
    // One warning per clashing tag, naming both versions.
    const tags = await tab.evaluate(() => ['cn-programme', 'cn-contact-card', 'cn-phase-meter', 'cn-event-calendar', 'cn-funder-strip', 'cn-member-roster'].filter((tag) => customElements.get(tag)));
    for (const tag of tags) {
      const about = warnings.filter((warning) => warning.startsWith(`<${tag}> is already defined`));
      assert.equal(about.length, 1, `${tag}: ${JSON.stringify(about)}`);
      assert.ok(about[0].includes(`(Creative Nodes widgets ${first}); this copy (${second})`), about[0]);
    }
    await tab.close();
  });
}

test('two copies under a strict CSP with Trusted Types (each policy name allowed once) share one policy and both load', async () => {
  const { errors } = await open('/copy-strict.html');
  assert.deepEqual(errors, []);
});
