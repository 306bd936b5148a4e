// The published package: what `npm pack` ships, and that every entry point loads alone in a
// browser and registers its elements. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, ROOT, serve } from './support/browser.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));
const WIDGET_TAGS = {
  'programme.js': ['cn-programme'],
  'contact-card.js': ['cn-contact-card', 'cn-programme'],
  'event-calendar.js': ['cn-event-calendar', 'cn-programme'],
  'funder-strip.js': ['cn-funder-strip', 'cn-programme'],
  'phase-meter.js': ['cn-phase-meter', 'cn-programme'],
  'member-roster.js': ['cn-member-roster', 'cn-programme'],
};

/** The widget entries of the exports map: `./contact-card.js` → its file in dist/. */
const widgetEntries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('/define.js'))
  .map(([name, target]) => ({ name: name.slice(2), file: target.default.slice(1), types: target.types.slice(1) }));

// Bare imports resolved the way a bundler would, for a browser without one.
const IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/context': '/node_modules/@lit/context/index.js',
    'zod/mini': '/node_modules/zod/mini/index.js',
  },
};

function pageFor(entry) {
  return `<!doctype html><html><head><script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">
  try {
    await import(${JSON.stringify(entry)});
    window.loaded = 'ok';
  } catch (error) {
    window.loaded = String(error);
  }
</script></head><body></body></html>`;
}

let server;
let browser;
before(async () => {
  const routes = { '/favicon.ico': '' };
  for (const { file } of widgetEntries) routes[`/entry${file}.html`] = pageFor(file);
  for (const name of Object.keys(WIDGET_TAGS)) routes[`/cdn-${name}.html`] = pageFor(`/dist/cdn/${name}`);
  routes['/entry-index.html'] = pageFor('/dist/index.js');
  routes['/entry-classes.html'] = pageFor('/dist/classes.js');
  server = await serve({ routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('npm pack ships the built entries, types, CDN files, manifest, schema and docs, and no tests', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = new Set(packed.files.map((file) => file.path));
  const required = [
    'package.json',
    'README.md',
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'schema/programme-feed.v1.schema.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/classes.js',
    'dist/classes.d.ts',
    'dist/feed/validate.js',
    'dist/cdn/creative-nodes.js',
    ...widgetEntries.flatMap(({ file, types }) => [file.slice(1), types.slice(1)]),
    ...widgetEntries.map(({ name }) => `dist/cdn/${name}`),
  ];
  for (const file of required) assert.ok(files.has(file), `npm pack lacks ${file}`);
  for (const file of files) assert.doesNotMatch(file, /^(test|stories|scratch|node_modules|demo|bench|storybook-static)\//, `npm pack ships ${file}`);
  // Every file the exports map names is in the package.
  for (const target of Object.values(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) assert.ok(files.has(path.slice(2)), `exports names ${path}, which is not packed`);
  }
});

test('package.json names its manifest, its types and its side effects', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.types, './dist/index.d.ts');
  assert.ok(pkg.sideEffects.includes('./dist/**/define.js'));
});

async function loadAlone(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.loaded !== undefined, { timeout: 10_000 });
  const result = await page.evaluate(() => ({
    loaded: window.loaded,
    tags: ['cn-programme', 'cn-contact-card', 'cn-event-calendar', 'cn-funder-strip', 'cn-phase-meter', 'cn-member-roster'].filter((tag) => customElements.get(tag)),
  }));
  await page.close();
  return { ...result, errors };
}

test('each widget entry loads alone and registers its element and the provider', async () => {
  assert.ok(widgetEntries.length >= 5);
  for (const { name, file } of widgetEntries) {
    const { loaded, tags, errors } = await loadAlone(`/entry${file}.html`);
    assert.equal(loaded, 'ok', name);
    assert.deepEqual(errors, [], name);
    assert.deepEqual(tags.sort(), [...(WIDGET_TAGS[name] ?? [])].sort(), name);
  }
});

test('the all-in-one entry registers every element; the class-only entry registers none', async () => {
  const all = await loadAlone('/entry-index.html');
  assert.equal(all.loaded, 'ok');
  assert.deepEqual(all.tags.sort(), [...new Set(widgetEntries.flatMap(({ name }) => WIDGET_TAGS[name]))].sort());
  const classes = await loadAlone('/entry-classes.html');
  assert.equal(classes.loaded, 'ok');
  assert.deepEqual(classes.tags, []);
});

test('each CDN widget file loads alone', async () => {
  for (const { name } of widgetEntries) {
    const { loaded, tags, errors } = await loadAlone(`/cdn-${name}.html`);
    assert.equal(loaded, 'ok', name);
    assert.deepEqual(errors, [], name);
    assert.deepEqual(tags.sort(), [...WIDGET_TAGS[name]].sort(), name);
  }
});
