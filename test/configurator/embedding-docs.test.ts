/**
 * The "Embedding" docs page (stories/Embedding.mdx) is true to the code: the files it names are
 * the ones the CDN build writes, the CSP names the Trusted Types policies the code creates, and
 * every tag, attribute, part and custom property in its examples exists.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import sinon from 'sinon';
import { JSON_SCRIPT_POLICY } from '../../src/base/trusted-types.js';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
import { restore, settled } from '../support/helpers.js';

let page: string;
let manifest: { modules: Array<{ declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string }>; cssProperties?: Array<{ name: string }> }> }> };

const text = (url: string) => fetch(url).then((response) => response.text());
const declarations = () => manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** Each opening tag of a widget in the page, with the names of its attributes (quotes, `{…}` and comments skipped). */
function widgetTags(markup: string): Array<{ tag: string; names: string[] }> {
  const found: Array<{ tag: string; names: string[] }> = [];
  for (const start of markup.matchAll(/<(cn-[a-z-]+)(?=[\s>\/])/g)) {
    let index = start.index! + start[0].length;
    let depth = 0;
    let quote = '';
    let plain = '';
    for (; index < markup.length; index++) {
      const char = markup[index];
      if (quote) {
        if (char === quote) quote = '';
        continue;
      }
      if (depth > 0) {
        if (char === '{') depth++;
        else if (char === '}') depth--;
        continue;
      }
      if (char === '"' || char === "'") quote = char;
      else if (char === '{') depth++;
      else if (char === '/' && markup[index + 1] === '/') index = markup.indexOf('\n', index) - 1;
      else if (char === '>') break;
      else plain += char;
    }
    const names = [...plain.matchAll(/[:@a-zA-Z][\w.:-]*/g)].map((match) => match[0]).filter((name) => name !== '/');
    found.push({ tag: start[1], names });
  }
  return found;
}

/** Props of the framework examples that are not HTML attributes of the widget. */
const FRAMEWORK_PROPS = /^(on|:|@|ref$|key$|data$|id$|class$|classname$|lang$)/i;

describe('the Embedding docs page', () => {
  before(async () => {
    page = await text('/stories/Embedding.mdx');
    manifest = await (await fetch('/custom-elements.json')).json();
  });

  it('names every file of the CDN build, and only those', async () => {
    const config = await text('/vite.config.ts');
    const widgets = [.../WIDGETS = \[([^\]]*)\]/.exec(config)![1].matchAll(/["']([a-z-]+)["']/g)].map((match) => match[1]);
    expect(widgets.length).to.be.greaterThan(4);
    for (const widget of widgets) expect(page, widget).to.contain(`\`${widget}.js\``);
    const named = [...page.matchAll(/`([a-z-]+)\.js`/g)].map((match) => match[1]);
    for (const name of named) expect(['creative-nodes', ...widgets], name).to.include(name);
  });

  it('gives the strict CSP with the Trusted Types policy names the code creates', async () => {
    const config = await text('/vite.config.ts');
    const cdnPolicy = /TRUSTED_TYPES_POLICY = ["']([^"']+)["']/.exec(config)![1];
    expect(page).to.contain(
      `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self' https://FEED-HOST; require-trusted-types-for 'script'; trusted-types ${cdnPolicy} ${JSON_SCRIPT_POLICY}`,
    );
    for (const directive of ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src', 'require-trusted-types-for', 'trusted-types']) {
      expect(page, directive).to.match(new RegExp(`^- \`${directive} [^\\n]*\`: `, 'm'));
    }
    expect(page).to.contain('trusted-types lit-html');
    expect(page).to.contain('Access-Control-Allow-Origin');
  });

  it('uses only tags and attributes the widgets have', () => {
    const tags = widgetTags(page);
    expect(tags.length).to.be.greaterThan(10);
    for (const { tag, names } of tags) {
      const constructor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
      expect(constructor, tag).to.exist;
      for (const name of names.filter((one) => !FRAMEWORK_PROPS.test(one))) {
        expect(constructor!.observedAttributes, `<${tag} ${name}>`).to.include(name);
      }
    }
    // The scanner sees through JSX: the React example's attributes are all found.
    const react = tags.find(({ names }) => names.includes('oncn-load'))!;
    expect(react.names).to.include.members(['data', 'category', 'limit', 'more-href', 'oncn-error']);
  });

  it('uses only parts and custom properties the manifest documents', () => {
    for (const [, tag, part] of page.matchAll(/(cn-[a-z-]+)::part\(([a-z-]+)\)/g)) {
      const declaration = declarations().find((one) => one.tagName === tag);
      expect(declaration, tag).to.exist;
      expect(declaration!.cssParts!.map((one) => one.name), `${tag}::part(${part})`).to.include(part);
    }
    const documented = new Set(declarations().flatMap((one) => (one.cssProperties ?? []).map((property) => property.name)));
    const used = new Set([...page.matchAll(/(--cn-[a-z-]+[a-z])/g)].map((match) => match[1]));
    expect(used.size).to.be.greaterThan(10);
    for (const property of used) expect(documented.has(property), property).to.equal(true);
  });

  it('lists every global custom property of the README', async () => {
    const readme = await text('/README.md');
    const theming = readme.slice(readme.indexOf('## Theming'), readme.indexOf('```css', readme.indexOf('## Theming')));
    const global = [...theming.matchAll(/`(--cn-[a-z-]+)`/g)].map((match) => match[1]);
    expect(global.length).to.be.greaterThan(10);
    for (const property of global) expect(page, property).to.contain(`\`${property}\``);
  });

  describe('quotes the console messages as the widgets write them', () => {
    afterEach(() => restore());

    it('for a feed with problems', async () => {
      const warn = sinon.stub(console, 'warn');
      const card = await fixture<ContactCard>(html`<cn-contact-card
        .data=${{ version: 1, contacts: [{ id: 'lars', name: 'Lars Låtsasson', email: 'lars at example' }, { id: 'utan-namn' }] }}
      ></cn-contact-card>`);
      await settled(card);
      const message = warn.getCalls().map((call) => String(call.args[0])).find((text) => text.startsWith('<cn-contact-card> feed'))!;
      const [first, ...issues] = message.split('\n');
      expect(page).to.contain(first.replace('(inline)', 'https://YOUR-HOST/feeds/fusion.json'));
      for (const issue of issues) expect(page).to.contain(issue);
      expect(issues.length).to.equal(2);
    });

    it('for a widget without a feed', async () => {
      const error = sinon.stub(console, 'error');
      const card = await fixture<ContactCard>(html`<cn-contact-card></cn-contact-card>`);
      await settled(card);
      const message = error.getCalls().map((call) => String(call.args[0])).find((text) => text.startsWith('<cn-contact-card>'))!;
      expect(message).to.contain('no feed');
      expect(page).to.contain(message);
    });

    it('for an unreachable feed and a second copy of the library', async () => {
      const request = await text('/src/data/feed-request.ts');
      const define = await text('/src/base/define.ts');
      const unreachable = 'the feed could not be reached (offline, wrong address, or the host does not allow this site by CORS)';
      expect(request).to.contain(unreachable);
      expect(page).to.contain(`feed https://FEED-HOST/fusion.json: ${unreachable}: Failed to fetch`);
      expect(define).to.contain('left it as it was. Load the library once per page.');
      expect(page).to.match(/<cn-contact-card> is already defined \(Creative Nodes widgets [\d.]+\); this copy \([\d.]+\) left it as it was\. Load the library once per page\./);
    });
  });
});
