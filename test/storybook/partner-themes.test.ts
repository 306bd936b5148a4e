/**
 * The three partner looks in Storybook are made only of documented custom properties; each
 * changes how the widgets look and keeps them accessible, in light and dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
import { anna } from '../../stories/support/people.js';
import { settled } from '../support/helpers.js';

const THEMES = ['science-park', 'business-agency', 'research-institute'];

describe('partner themes', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = await (await fetch('/.storybook/partner-themes.css')).text();
    document.head.append(style);
  });

  it('use only documented --cn-* custom properties', async () => {
    const css = await (await fetch('/.storybook/partner-themes.css')).text();
    const readme = await (await fetch('/README.md')).text();
    const used = new Set([...css.matchAll(/(--cn-[a-z-]+)\s*:/g)].map((match) => match[1]));
    expect(used.size).to.be.greaterThan(5);
    for (const property of used) expect(readme, property).to.contain(property);
  });

  for (const theme of THEMES) {
    for (const scheme of ['light', 'dark']) {
      it(`${theme} (${scheme}) restyles a widget and passes axe`, async () => {
        const page = await fixture<HTMLElement>(html`<div class="partner-page ${scheme} theme-${theme}" lang="sv">
          <cn-contact-card .data=${{ version: 1, contacts: [anna] }}></cn-contact-card>
        </div>`);
        const card = page.querySelector<ContactCard>('cn-contact-card')!;
        await settled(card);
        const link = card.shadowRoot!.querySelector('[part~="email"]')!;
        const plain = await fixture<ContactCard>(html`<cn-contact-card .data=${{ version: 1, contacts: [anna] }}></cn-contact-card>`);
        await settled(plain);
        expect(getComputedStyle(link).color).not.to.equal(getComputedStyle(plain.shadowRoot!.querySelector('[part~="email"]')!).color);
        await expect(page).to.be.accessible();
      });
    }
  }
});
