/**
 * The snippet builder shared by the "Embedding" docs page and the embed configurator: what it
 * writes is valid HTML that means exactly what was asked, whatever a person typed.
 */
import { expect } from '@open-wc/testing';
import {
  attributeText,
  CDN_PLACEHOLDER,
  cdnUrl,
  cssRuleSnippet,
  elementSnippet,
  embedSnippet,
  escapeAttribute,
  escapeText,
  scriptSnippet,
  widgetFile,
} from '../../stories/support/embed-snippets.js';

/** Parses HTML as a browser would, in an inert document (nothing runs). */
function parse(markup: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
}

const HOSTILE = '"><script>alert(1)</script><x a=\'';

describe('embed snippets', () => {
  it('escapes &, ", < and > in attribute values, and &, <, > in text', () => {
    expect(escapeAttribute('a & b "c" <d>')).to.equal('a &amp; b &quot;c&quot; &lt;d&gt;');
    expect(escapeText('a & <b>')).to.equal('a &amp; &lt;b&gt;');
    // Already-escaped text is escaped again: the reader gets back exactly what was typed.
    expect(escapeAttribute('&amp;')).to.equal('&amp;amp;');
  });

  it('writes set attributes in order, true as a bare attribute, and leaves out false, empty and unset ones', () => {
    expect(attributeText([['src', '/f.json'], ['past', true], ['hide-filters', false], ['query', ''], ['limit', 3], ['today', undefined], ['month', null]])).to.equal(
      ' src="/f.json" past limit="3"',
    );
    expect(attributeText({ category: 'workshop', phase: 'fuse' })).to.equal(' category="workshop" phase="fuse"');
  });

  it('keeps a hostile value inside its attribute', () => {
    const snippet = elementSnippet('cn-contact-card', { contact: HOSTILE });
    expect(snippet).not.to.contain('<script');
    const document = parse(snippet);
    const card = document.querySelector('cn-contact-card')!;
    expect(card.getAttribute('contact')).to.equal(HOSTILE);
    expect(card.attributes.length).to.equal(1);
    expect(document.querySelectorAll('script, x').length).to.equal(0);
    expect(document.body.children.length).to.equal(1);
  });

  it('refuses names that are not a custom element or an attribute, rather than write them', () => {
    expect(() => elementSnippet('div><script', {})).to.throw(/custom element/);
    expect(() => elementSnippet('cn-contact-card', { 'onclick=alert(1) x': 'y' })).to.throw(/attribute name/);
    expect(() => elementSnippet('Cn-Card', {})).to.throw();
    expect(() => widgetFile('my-card')).to.throw();
  });

  it('indents children one level', () => {
    const snippet = elementSnippet('cn-programme', { src: '/f.json' }, { children: [elementSnippet('cn-contact-card'), '<cn-phase-meter view="compact"></cn-phase-meter>'] });
    expect(snippet).to.equal(
      '<cn-programme src="/f.json">\n  <cn-contact-card></cn-contact-card>\n  <cn-phase-meter view="compact"></cn-phase-meter>\n</cn-programme>',
    );
    const programme = parse(snippet).querySelector('cn-programme')!;
    expect([...programme.children].map((child) => child.localName)).to.deep.equal(['cn-contact-card', 'cn-phase-meter']);
  });

  it('names the CDN files of dist/cdn/', () => {
    expect(widgetFile('cn-event-calendar')).to.equal('event-calendar.js');
    expect(cdnUrl()).to.equal(`${CDN_PLACEHOLDER}creative-nodes.js`);
    expect(cdnUrl('https://example.org/widgets/cdn', 'contact-card.js')).to.equal('https://example.org/widgets/cdn/contact-card.js');
    expect(cdnUrl('https://example.org/widgets/cdn//', 'contact-card.js')).to.equal('https://example.org/widgets/cdn/contact-card.js');
    expect(scriptSnippet('https://x.example/a.js?a=1&b=2')).to.equal('<script type="module" src="https://x.example/a.js?a=1&amp;b=2"></script>');
  });

  it('builds the whole embed: one module script (every widget, or one) and the tag', () => {
    const all = embedSnippet({ tag: 'cn-event-calendar', attributes: [['src', 'https://YOUR-HOST/feeds/f.json'], ['category', 'workshop'], ['past', true]] });
    expect(all).to.equal(
      '<script type="module" src="https://YOUR-HOST/cdn/creative-nodes.js"></script>\n\n<cn-event-calendar src="https://YOUR-HOST/feeds/f.json" category="workshop" past></cn-event-calendar>',
    );
    const one = parse(embedSnippet({ tag: 'cn-event-calendar', cdnBase: 'https://cdn.example.org/cn/', onlyThisWidget: true }));
    const script = one.querySelector('script')!;
    expect(script.type).to.equal('module');
    expect(script.getAttribute('src')).to.equal('https://cdn.example.org/cn/event-calendar.js');
    expect(one.querySelectorAll('cn-event-calendar').length).to.equal(1);
  });

  it('writes a CSS rule, or nothing without declarations', () => {
    expect(cssRuleSnippet('cn-contact-card', [['--cn-radius', '0'], ['--cn-color-accent', 'light-dark(#12355b, #a9c8ec)']])).to.equal(
      'cn-contact-card {\n  --cn-radius: 0;\n  --cn-color-accent: light-dark(#12355b, #a9c8ec);\n}',
    );
    expect(cssRuleSnippet('cn-contact-card', [])).to.equal('');
  });
});
