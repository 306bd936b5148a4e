/**
 * Hostile host CSS: a partner page's own rules (resets, odd fonts, `display: none` on generic
 * elements, our private custom property names) do not reach inside a widget. Each widget is
 * drawn on a clean page and on a hostile one, and every element of its shadow root is
 * compared: display, visibility, size, colours, font. Only the documented `--cn-*` hooks change
 * what a widget looks like.
 */
import { expect } from '@open-wc/testing';
import type { FeedElement } from '../../src/base/feed-element.js';
import { never, restore, sampleFeed, stubFetch } from '../support/helpers.js';
import { nextFrame, WIDGETS, type WidgetUnderTest } from './support.js';

/** What a visitor sees of one element. */
interface Look {
  path: string;
  display: string;
  visibility: string;
  visible: boolean;
  color: string;
  background: string;
  fontFamily: string;
  fontSize: string;
  fontWeight: string;
  fontStyle: string;
  letterSpacing: string;
  textTransform: string;
}

const HOSTILE: Record<string, string> = {
  'odd fonts and sizes': 'html { font-size: 7px !important; font-family: Papyrus, fantasy !important; line-height: 0.5 !important; letter-spacing: 3px; text-transform: uppercase; } body { font: italic 900 31px/2 Papyrus, fantasy; color: rgb(250, 0, 250); }',
  'odd fonts on the widget element': '* { font: italic 900 31px/2 Papyrus, fantasy !important; letter-spacing: 3px !important; text-transform: uppercase !important; color: rgb(250, 0, 250) !important; background: lime !important; }',
  'a reset of everything': '* { all: unset !important; }',
  'display none on generic elements': 'div, span, p, a, button, ul, li, ol, img, svg, table, article, section, time, h3 { display: none !important; }',
  'our private property names on the page': ':root, body { --_text: red; --_surface: lime; --_accent: orange; --_muted: blue; --_border: pink; --_surface-alt: yellow; }',
  'our private property names on the widget element': '* { --_text: red !important; --_surface: lime !important; --_accent: orange !important; --_muted: blue; --_font: fantasy; }',
};

/**
 * A documented hook set to a value of the wrong type is the page's own choice: `var()` falls
 * back only when a property is unset, so `color` becomes invalid at computed-value time and
 * inherits, and backgrounds go transparent (docs/security.md). The widget stays laid out and
 * visible.
 */
const WRONG_TYPED_HOOKS = ':root { --cn-color-text: 12px; --cn-color-surface: 3em; --cn-color-accent: solid; }';

let feed: Record<string, unknown>;
const containers: HTMLElement[] = [];
const wideFeed = () => feed;

/** The look of every element in the shadow root, in document order. */
function looks(element: Element): Look[] {
  return [...element.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !['style', 'title', 'defs', 'path', 'circle', 'g', 'use', 'symbol', 'polygon', 'rect'].includes(node.localName))
    .map((node, index) => {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      return {
        path: `${index}:${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`,
        display: style.display,
        visibility: style.visibility,
        visible: box.width > 0 && box.height > 0,
        color: style.color,
        background: style.backgroundColor,
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
        fontWeight: style.fontWeight,
        fontStyle: style.fontStyle,
        letterSpacing: style.letterSpacing,
        textTransform: style.textTransform,
      };
    });
}

async function draw(widget: WidgetUnderTest, css: string, hostCss = ''): Promise<Look[]> {
  const style = document.createElement('style');
  style.textContent = `${css}\n${hostCss}`;
  document.head.append(style);
  try {
    // Not in a <div> (as open-wc's fixture() would be): a page that hides every div hides a
    // widget placed in one, rightly.
    const container = document.createElement('main');
    container.style.width = '60rem';
    document.body.append(container);
    containers.push(container);
    const element = document.createElement(widget.tag) as FeedElement;
    for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
    element.setAttribute('lang', 'sv');
    element.data = wideFeed();
    container.append(element);
    await element.updateComplete;
    await nextFrame();
    await element.updateComplete;
    // Bars grow by a transition: compare where they end.
    for (const animation of element.shadowRoot!.getAnimations()) {
      try {
        animation.finish();
      } catch {
        // An endless animation (none in the ready state) cannot finish.
      }
    }
    expect(element.feedState.status).to.equal('ready');
    return looks(element);
  } finally {
    style.remove();
  }
}

/** Differences between two looks, one line each. */
function differences(clean: Look[], hostile: Look[], keys: (keyof Look)[]): string[] {
  const lines: string[] = [];
  if (clean.length !== hostile.length) lines.push(`${clean.length} elements on a clean page, ${hostile.length} here`);
  clean.forEach((look, index) => {
    const other = hostile[index];
    if (!other) return;
    for (const key of keys) if (look[key] !== other[key]) lines.push(`${look.path} ${key}: ${look[key]} → ${other[key]}`);
  });
  return lines;
}

describe('hostile host CSS', function () {
  this.timeout(30_000);

  afterEach(() => containers.splice(0).forEach((container) => container.remove()));

  before(async () => {
    feed = await sampleFeed('creative-nodes-fusion');
    // Members, so that the roster has something to draw from the same feed.
    feed = { ...feed, memberTarget: { value: 10 }, members: [{ id: 'oh-my', name: 'Oh my', sectors: ['digital'], city: 'Luleå' }, { id: 'north', name: 'North Studio', sectors: ['design'], city: 'Piteå' }] };
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      for (const [name, css] of Object.entries(HOSTILE)) {
        it(`looks the same with ${name}`, async () => {
          const clean = await draw(widget, '');
          expect(clean.filter((look) => look.visible).length, 'something visible on a clean page').to.be.greaterThan(2);
          const hostile = await draw(widget, css);
          // The size follows the root's on purpose (`1rem`, so visitors' text size settings
          // apply; `--cn-font-size` sets it): a page's tiny root makes widgets and their
          // em-based spacings small too.
          const keys: (keyof Look)[] = ['display', 'visibility', 'visible', 'color', 'background', 'fontFamily', 'fontWeight', 'fontStyle', 'textTransform'];
          if (!name.startsWith('odd fonts')) keys.push('fontSize', 'letterSpacing');
          expect(differences(clean, hostile, keys)).to.deep.equal([]);
        });
      }

      it('stays laid out and visible when a documented hook has a wrong-typed value', async () => {
        const clean = await draw(widget, '');
        const hostile = await draw(widget, WRONG_TYPED_HOOKS);
        expect(differences(clean, hostile, ['display', 'visibility', 'visible', 'fontFamily'])).to.deep.equal([]);
      });

      it('keeps the loading space a page sets on it with --cn-placeholder-height', async () => {
        stubFetch(() => never());
        const style = document.createElement('style');
        style.textContent = `${widget.tag} { --cn-placeholder-height: 123px; }`;
        document.head.append(style);
        const container = document.createElement('main');
        containers.push(container);
        document.body.append(container);
        try {
          const element = document.createElement(widget.tag) as FeedElement;
          element.setAttribute('src', '/never.json');
          container.append(element);
          await element.updateComplete;
          const placeholder = element.shadowRoot!.querySelector('[part~="placeholder"]')!;
          expect(placeholder.getBoundingClientRect().height).to.equal(123);
        } finally {
          style.remove();
          restore();
        }
      });

      it('changes colour through the documented hooks only', async () => {
        const clean = await draw(widget, '');
        const themed = await draw(widget, '', `${widget.tag} { --cn-color-text: rgb(1, 2, 3); --cn-color-surface: rgb(4, 5, 6); --cn-color-muted: rgb(7, 8, 9); }`);
        const changed = differences(clean, themed, ['color', 'background']);
        expect(changed.length, 'the documented hooks change the widget').to.be.greaterThan(0);
        expect(changed.some((line) => /rgb\(1, 2, 3\)|rgb\(4, 5, 6\)|rgb\(7, 8, 9\)/.test(line)), changed.join('\n')).to.equal(true);
      });
    });
  }
});
