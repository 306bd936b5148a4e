/**
 * Renders every story of a story module in Swedish and English, light and dark, and checks
 * it with axe: the stories designers look at are the states we test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FeedElement } from '../../src/base/feed-element.js';

interface StoryModule {
  default: { title: string; args?: object; render?: (args: never) => TemplateResult };
}

/** Stories that show the loading state on purpose. */
const STAYS_LOADING = new Set(['Loading']);

async function whenWidgetsSettle(root: Element, name: string): Promise<void> {
  const widgets = [...root.querySelectorAll('*')].filter((element): element is FeedElement => 'feedState' in element);
  expect(widgets.length).to.be.greaterThan(0, `${name} shows at least one widget`);
  if (STAYS_LOADING.has(name)) return;
  const deadline = Date.now() + 5000;
  while (widgets.some((widget) => widget.feedState.status === 'loading')) {
    if (Date.now() > deadline) throw new Error(`${name}: still loading`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

export function describeStories(module: object): void {
  const meta = (module as StoryModule).default;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || typeof story !== 'object' || story === null) continue;
      const { args, render } = story as { args?: object; render?: (args: never) => TemplateResult };
      const draw = render ?? meta.render!;
      for (const [lang, scheme] of [['sv', 'light'], ['en', 'light'], ['sv', 'dark']] as const) {
        it(`${name} (${lang}, ${scheme}) renders and passes axe`, async () => {
          // A page of that scheme: its own background and text colours, as real pages have.
          const page = await fixture<HTMLElement>(
            html`<div lang=${lang} style="color-scheme: ${scheme}; background: Canvas; color: CanvasText">${draw({ ...meta.args, ...args } as never)}</div>`,
          );
          await whenWidgetsSettle(page, name);
          await expect(page).to.be.accessible();
        });
      }
    }
  });
}
