// Injection: every text and URL field of every widget filled from the XSS corpus
// (../shared/corpus/xss-payloads.txt beside the repository) on a page without any CSP.
// Nothing executes, no element is injected, no link gets a scheme other than those allowed.
// Needs `npm run build:cdn` first. All payloads in CI (50 per feed); CN_STRESS_SCALE > 1
// repeats the corpus with every payload in a text by language and inside a link.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, page as partnerPage, registeredWidgets, requireCdnBuild, ROOT, serve, STRESS_SCALE } from './support.mjs';

const CORPUS = join(ROOT, '../shared/corpus/xss-payloads.txt');
const PAYLOADS = readFileSync(CORPUS, 'utf8').split('\n').filter((line) => line.length > 0);
const BATCH = 50;
/** Elements that only lay out text: their number follows the feed's content. */
const TEXT_STRUCTURE = new Set(['a', 'p', 'span', 'li', 'ul', 'ol', 'div', 'dl', 'dt', 'dd', 'time', 'article', 'section', 'abbr', 'strong', 'em', 'br']);
const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:', 'blob:'];

/** Records anything a payload would call: dialogs, popups, document.write, navigation. */
const TRAPS = `<script>
  window.__xss = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => window.__xss.push(name + '(' + args.join(',') + ')');
  window.open = (...args) => window.__xss.push('open(' + args.join(',') + ')');
  document.write = document.writeln = (...args) => window.__xss.push('document.write(' + args.join(',') + ')');
</script>`;

let server;
let browser;
let tab;
let widgets;
const navigations = [];
/** Every request the page makes after it loaded: only our origin, or addresses the feed named. */
const requests = [];

before(async () => {
  requireCdnBuild();
  server = await serve({ routes: { '/partner.html': partnerPage({ head: TRAPS, body: '<main id="stage"></main><footer id="page-own">Partner footer</footer>' }), '/favicon.ico': '' } });
  browser = await launch();
  tab = await browser.newPage();
  tab.on('dialog', (dialog) => {
    navigations.push(`dialog ${dialog.message()}`);
    dialog.dismiss();
  });
  await tab.goto(`${server.origin}/partner.html`);
  tab.on('framenavigated', (frame) => navigations.push(frame.url()));
  tab.on('request', (request) => requests.push(request.url()));
  widgets = await registeredWidgets(tab);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * In the page: renders `tag` with a feed whose every text field is `texts[i]` and every
 * link field `links[i]` for item i, opens every detail, and describes what was drawn.
 */
async function render(tag, texts, links, localized) {
  return tab.evaluate(
    async (tag, texts, links, localized) => {
      const t = (value) => (localized ? { sv: value, en: value } : value);
      const day = (index) => `2030-0${1 + (index % 9)}-1${index % 10}`;
      const kinds = ['eu', 'regional', 'private'];
      const item = {
        'cn-contact-card': (p, u, i) => ({ id: `c${i}`, name: p, role: t(p), organisation: t(p), email: p, phone: p, photo: u }),
        'cn-event-calendar': (p, u, i) => ({
          id: `e${i}`, title: t(p), summary: t(p), description: t(p), start: `${day(i)}T18:00:00+01:00`, end: `${day(i)}T20:00:00+01:00`,
          location: { name: t(p), address: t(p), city: t(p) }, onlineUrl: u, url: u, registrationUrl: u, registrationDeadline: day(i),
          attendanceMode: 'hybrid', organiser: t(p), categories: [p], phase: 'phase', image: { url: u, alt: t(p) },
        }),
        'cn-funder-strip': (p, u, i) => ({ id: `f${i}`, name: t(p), kind: kinds[i % 3], fund: t(p), fundingPeriod: '2021-2027', amount: { value: 1000 + i }, logo: u, url: u }),
        'cn-phase-meter': (p, u, i) => ({ id: `p${i}`, name: t(p), summary: t(p), start: '2016-01-01', end: '2018-12-31', target: { value: 100, unit: 'companies', deadline: '2018-12-31' }, actual: { value: i } }),
        'cn-member-roster': (p, u, i) => ({ id: `m${i}`, name: p, url: u, logo: u, sectors: [p], city: t(p), summary: t(p), joined: '2016-05-01' }),
      }[tag];
      const section = { 'cn-contact-card': 'contacts', 'cn-event-calendar': 'events', 'cn-funder-strip': 'funders', 'cn-phase-meter': 'phases', 'cn-member-roster': 'members' }[tag];
      const feed = {
        version: 1,
        language: 'sv',
        programme: { id: 'prog', name: t(texts[0]), summary: t(texts[0]), owner: t(texts[0]), url: links[0], period: { start: '2016-01-01', end: '2031-12-31' }, budget: { value: 100 } },
        phases: [{ id: 'phase', name: t(texts[0]) }],
        memberTarget: { value: 50 },
        [section]: texts.map((text, index) => item(text, links[index], index)),
      };
      const element = document.createElement(tag);
      const attributes = { 'cn-event-calendar': { today: '2016-01-01', 'page-size': '1000', 'structured-data': '' }, 'cn-funder-strip': { 'show-amounts': '', group: '' }, 'cn-phase-meter': { today: '2017-06-15' }, 'cn-member-roster': { 'page-size': '0', 'show-target': '' } }[tag] ?? {};
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.data = feed;
      document.getElementById('stage').append(element);
      await element.updateComplete;
      // Details are drawn only when opened: open them all.
      for (const toggle of element.shadowRoot.querySelectorAll('[part~="details-toggle"]')) toggle.click();
      await element.updateComplete;
      // Let images fail, focus move and observers run: anything a payload would trigger.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

      const elements = [];
      const walk = (root) => {
        for (const node of root.querySelectorAll('*')) {
          elements.push(node);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(element.shadowRoot);
      const light = [...element.querySelectorAll('*')];
      const counts = {};
      const attributesByTag = {};
      const urls = [];
      const handlers = [];
      for (const node of [...elements, ...light]) {
        const name = node.localName;
        counts[name] = (counts[name] ?? 0) + 1;
        const seen = (attributesByTag[name] ??= {});
        for (const attribute of node.attributes) {
          seen[attribute.name] = true;
          if (/^on/i.test(attribute.name)) handlers.push(`<${name} ${attribute.name}="${attribute.value}">`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background'].includes(attribute.name.toLowerCase())) {
            let scheme;
            try {
              scheme = new URL(attribute.value, document.baseURI).protocol;
            } catch {
              scheme = `unparsable:${attribute.value}`;
            }
            urls.push({ tag: name, attribute: attribute.name, value: attribute.value.slice(0, 120), scheme });
          }
        }
      }
      const ldJson = light.filter((node) => node.localName === 'script').map((script) => {
        let parses = true;
        try {
          JSON.parse(script.textContent);
        } catch {
          parses = false;
        }
        return { type: script.type, parses, closes: /<\/script/i.test(script.textContent) };
      });
      const text = element.shadowRoot.textContent;
      const state = element.feedState.status;
      element.remove();
      const pageElements = [...document.querySelectorAll('*')].map((node) => node.localName).join(' ');
      return { state, counts, attributesByTag, urls, handlers, ldJson, text, pageElements, xss: window.__xss.splice(0) };
    },
    tag,
    texts,
    links,
    localized,
  );
}

/** The corpus in batches of `BATCH`. */
function batches(list) {
  const result = [];
  for (let start = 0; start < list.length; start += BATCH) result.push(list.slice(start, start + BATCH));
  return result;
}

/** An address as compared: Chromium escapes a few more characters (', ^) when it asks. */
function sameAddress(url) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

const harmless = (count) => Array.from({ length: count }, (_, index) => `Harmless text ${index} https://example.org/linked-${index}`);
const harmlessLinks = (count) => Array.from({ length: count }, (_, index) => `https://example.org/harmless-${index}.png`);

/**
 * Link fields get the payload itself, or the payload behind an https:// address (which may
 * then pass the schema and reach an href or src). In CI every payload goes through once,
 * odd items' links behind https://; under stress every payload goes in both ways, and again
 * in texts by language ({"sv": payload, "en": payload}).
 */
const raw = (payload) => payload;
const insideHttps = (payload) => `https://example.org/${payload}`;
const ROUNDS =
  STRESS_SCALE > 1
    ? [
        { name: 'links raw', link: raw, localized: false },
        { name: 'links inside https', link: insideHttps, localized: false },
        { name: 'links raw, texts by language', link: raw, localized: true },
        { name: 'links inside https, texts by language', link: insideHttps, localized: true },
      ]
    : [{ name: 'links raw and inside https, alternately', link: (payload, index) => (index % 2 ? insideHttps(payload) : raw(payload)), localized: false }];

test('the XSS corpus was read', () => {
  assert.equal(PAYLOADS.length, 2375, CORPUS);
});

for (const tag of ['cn-contact-card', 'cn-event-calendar', 'cn-funder-strip', 'cn-phase-meter', 'cn-member-roster']) {
  test(`<${tag}>: ${PAYLOADS.length} payloads in every text and link field: nothing runs, nothing is injected`, async (context) => {
    if (!widgets.includes(tag)) return context.skip(`<${tag}> is not in the CDN build yet`);
    const baselinePage = (await tab.evaluate(() => [...document.querySelectorAll('*')].map((node) => node.localName).join(' ')));
    // What the widget draws itself from harmless text: with every link, and with none valid
    // (initials instead of photos, text badges instead of logos).
    const withLinks = await render(tag, harmless(BATCH), harmlessLinks(BATCH), false);
    const withoutLinks = await render(tag, harmless(BATCH), harmless(BATCH).map(() => 'not a link'), false);
    for (const drawn of [withLinks, withoutLinks]) {
      assert.equal(drawn.state, 'ready');
      assert.ok(drawn.text.includes('Harmless text 1'), 'the baseline draws its texts');
      assert.deepEqual(drawn.xss, []);
    }
    const baseline = { counts: { ...withoutLinks.counts }, attributesByTag: structuredClone(withoutLinks.attributesByTag) };
    for (const [name, count] of Object.entries(withLinks.counts)) {
      baseline.counts[name] = Math.max(count, baseline.counts[name] ?? 0);
      Object.assign((baseline.attributesByTag[name] ??= {}), withLinks.attributesByTag[name]);
    }
    let rendered = 0;
    /** Addresses the feeds named in their link fields: the only ones the page may ask for. */
    const feedLinks = new Set(harmlessLinks(BATCH).map((link) => sameAddress(new URL(link).href)));
    for (const round of ROUNDS) {
      for (const payloads of batches(PAYLOADS)) {
        const links = payloads.map(round.link);
        for (const link of links) {
          try {
            feedLinks.add(sameAddress(new URL(link).href));
          } catch {
            // Not a link: nothing may be requested from it.
          }
        }
        const result = await render(tag, payloads, links, round.localized);
        const where = `<${tag}> (${round.name}) with payloads ${JSON.stringify(payloads.slice(0, 3))}…`;
        rendered += payloads.length;
        assert.deepEqual(result.xss, [], `${where}: something ran`);
        assert.deepEqual(result.handlers, [], `${where}: an event handler attribute`);
        assert.equal(result.state, 'ready', where);
        for (const [name, count] of Object.entries(result.counts)) {
          assert.ok(name in baseline.counts, `${where}: a <${name}> was injected`);
          // Text structure varies with what the feed holds (a partial note, a phone shown as
          // text, a description's addresses linked); media, scripts, frames, forms and SVG may not grow.
          if (!TEXT_STRUCTURE.has(name)) assert.ok(count <= baseline.counts[name], `${where}: ${count} <${name}>, the harmless feed has ${baseline.counts[name]}`);
          for (const attribute of Object.keys(result.attributesByTag[name])) {
            assert.ok(baseline.attributesByTag[name][attribute], `${where}: <${name}> got an attribute "${attribute}"`);
          }
        }
        for (const url of result.urls) assert.ok(ALLOWED_SCHEMES.includes(url.scheme), `${where}: ${JSON.stringify(url)}`);
        for (const script of result.ldJson) assert.deepEqual(script, { type: 'application/ld+json', parses: true, closes: false }, where);
        assert.equal(result.pageElements, baselinePage, `${where}: the page outside the widget changed`);
        // And the markup is shown for what it is: text.
        for (const payload of payloads) {
          if (payload.includes('<') && payload.trim()) assert.ok(result.text.includes(payload.trim()), `${where}: ${JSON.stringify(payload)} is not shown as text`);
        }
      }
    }
    assert.deepEqual(navigations, [], 'no navigation and no dialog');
    // Images the feed named may load; nothing else leaves the page.
    const elsewhere = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !feedLinks.has(sameAddress(url)));
    assert.deepEqual(elsewhere, [], 'requests to anyone but the page\'s origin and the images the feed named');
    context.diagnostic(`${rendered} payload renders`);
  });
}
