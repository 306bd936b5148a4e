/**
 * The embed configurator: controls from the manifest, a live widget re-created with the chosen
 * options, a snippet that says exactly that (escaped), copying, and accessibility.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { FeedElement } from '../../src/base/feed-element.js';
import { EmbedConfigurator, themeDeclarations } from '../../demo/configurator/embed-configurator.js';
import { controlsFor, widgetsIn, type Manifest } from '../../demo/configurator/manifest-controls.js';
import { restore, settled, stubFetch } from '../support/helpers.js';

let manifest: Manifest;

async function configurator(lang = 'sv'): Promise<EmbedConfigurator> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}><cn-embed-configurator .manifest=${manifest}></cn-embed-configurator></div>`);
  const element = page.querySelector('cn-embed-configurator')!;
  await element.updateComplete;
  return element;
}

/** Changes a control as a person does: the value, then the `change` event. */
async function change(element: EmbedConfigurator, selector: string, value: string | boolean): Promise<void> {
  const control = element.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  expect(control, selector).to.exist;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control!.value = value;
  control!.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

const snippet = (element: EmbedConfigurator) => element.querySelector<HTMLTextAreaElement>('#configurator-html')!.value;
const status = (element: EmbedConfigurator) => element.querySelector('[role="status"]')!.textContent!.trim();

/** The snippet as a browser reads it (an inert document: nothing runs). */
function parsed(element: EmbedConfigurator): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${snippet(element)}`, 'text/html');
}

describe('embed configurator', () => {
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    // The page links the partner themes; so does this test page.
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/.storybook/partner-themes.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
  });
  afterEach(() => restore());

  it('offers every registered widget of the manifest, and starts with the first', async () => {
    const element = await configurator();
    const offered = [...element.querySelectorAll<HTMLOptionElement>('#configurator-widget option')].map((option) => option.value);
    expect(offered).to.deep.equal(widgetsIn(manifest).map((widget) => widget.tag));
    expect(offered).not.to.include('cn-programme');
    expect(element.liveWidget!.localName).to.equal(offered[0]);
  });

  it('generates one labelled control per attribute for each widget, of the right kind', async () => {
    const element = await configurator();
    for (const widget of widgetsIn(manifest)) {
      await change(element, '#configurator-widget', widget.tag);
      const controls = controlsFor(widget);
      const fields = [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.options input, .options select')];
      expect(fields.map((field) => field.id), widget.tag).to.deep.equal(controls.map((control) => `option-${control.name}`));
      for (const [index, control] of controls.entries()) {
        const field = fields[index];
        const kind = field instanceof HTMLSelectElement ? 'select' : field.type === 'checkbox' ? 'boolean' : 'text';
        expect(kind, `${widget.tag} ${control.name}`).to.equal(control.kind);
        expect(element.querySelector(`label[for="${field.id}"]`)!.textContent, field.id).to.contain(control.name);
        if (control.kind === 'select') expect([...(field as HTMLSelectElement).options].map((option) => option.value)).to.deep.equal(['', ...control.choices]);
      }
      expect(element.querySelector('#option-src')).to.equal(null);
      expect(element.liveWidget!.localName).to.equal(widget.tag);
    }
  });

  it('re-creates the live widget with the chosen options, and the snippet says the same', async () => {
    const element = await configurator();
    await change(element, '#configurator-widget', 'cn-event-calendar');
    const first = element.liveWidget!;
    await change(element, '#option-category', 'workshop');
    await change(element, '#option-phase', 'fuse');
    await change(element, '#option-limit', '3');
    await change(element, '#option-more-href', 'https://example.org/kalender');
    await change(element, '#option-past', true);
    await change(element, '#option-view', 'month');
    const live = element.liveWidget!;
    expect(live).not.to.equal(first);
    expect(live.localName).to.equal('cn-event-calendar');
    const expected = {
      src: new URL('/samples/feeds/creative-nodes-fusion.json', location.href).href,
      lang: 'sv',
      category: 'workshop',
      phase: 'fuse',
      limit: '3',
      'more-href': 'https://example.org/kalender',
      past: '',
      view: 'month',
    };
    expect(Object.fromEntries([...live.attributes].map((attribute) => [attribute.name, attribute.value]))).to.deep.equal(expected);
    const pasted = parsed(element).querySelector('cn-event-calendar')!;
    expect(Object.fromEntries([...pasted.attributes].map((attribute) => [attribute.name, attribute.value]))).to.deep.equal(expected);
    expect(snippet(element)).to.match(/ past[ >]/).and.to.contain('limit="3"');
    // Unticking and emptying leave the attributes out again.
    await change(element, '#option-past', false);
    await change(element, '#option-limit', '');
    expect(element.liveWidget!.hasAttribute('past')).to.equal(false);
    expect(element.liveWidget!.hasAttribute('limit')).to.equal(false);
    expect(snippet(element)).not.to.contain('past').and.not.to.contain('limit=');
    await settled(element.liveWidget as FeedElement);
    expect((element.liveWidget as FeedElement).feedState.status).to.equal('ready');
  });

  it('keeps a hostile value inside its attribute, in the snippet and in the live widget', async () => {
    const hostile = '"><script>window.hacked = true</script><img src=x onerror="window.hacked = true">';
    const element = await configurator();
    await change(element, '#configurator-widget', 'cn-contact-card');
    await change(element, '#option-contact', hostile);
    expect(snippet(element)).to.contain('contact="&quot;&gt;&lt;script&gt;window.hacked = true&lt;/script&gt;&lt;img src=x onerror=&quot;window.hacked = true&quot;&gt;"');
    const document = parsed(element);
    expect(document.querySelector('cn-contact-card')!.getAttribute('contact')).to.equal(hostile);
    expect(document.querySelectorAll('script').length).to.equal(1); // the loader only
    expect(document.querySelectorAll('img').length).to.equal(0);
    expect(element.liveWidget!.getAttribute('contact')).to.equal(hostile);
    expect(element.querySelectorAll('.preview-stage script, .preview-stage img').length).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('uses a typed feed address instead of the sample, and the chosen sample otherwise', async () => {
    const element = await configurator();
    await change(element, '#configurator-sample', 'loket');
    expect(element.liveWidget!.getAttribute('src')).to.equal(new URL('/samples/feeds/loket.json', location.href).href);
    await change(element, '#configurator-feed', '  https://example.org/a.json https://example.org/b.json ');
    expect(element.liveWidget!.getAttribute('src')).to.equal('https://example.org/a.json https://example.org/b.json');
    expect(parsed(element).querySelector('cn-contact-card')!.getAttribute('src')).to.equal('https://example.org/a.json https://example.org/b.json');
  });

  it('sets the widget language, and starts in the page language', async () => {
    const element = await configurator();
    expect(element.liveWidget!.getAttribute('lang')).to.equal('sv');
    await change(element, '#configurator-language', 'en');
    expect(element.liveWidget!.getAttribute('lang')).to.equal('en');
    expect(snippet(element)).to.contain('lang="en"');
    const english = await configurator('en');
    expect(english.liveWidget!.getAttribute('lang')).to.equal('en');
    expect(english.querySelector('label[for="configurator-widget"]')!.textContent).to.equal('Widget');
    expect(english.querySelector('label[for="configurator-sample"]')!.textContent).to.equal('Sample feed');
  });

  it('shows a partner theme on the preview and gives its custom properties as CSS for a stylesheet', async () => {
    const element = await configurator();
    expect(element.querySelector('#configurator-css')).to.equal(null);
    await change(element, '#configurator-theme', 'science-park');
    expect(element.querySelector('.preview .partner-page')!.classList.contains('theme-science-park')).to.equal(true);
    const css = element.querySelector<HTMLTextAreaElement>('#configurator-css')!.value;
    expect(css.startsWith('cn-contact-card {\n')).to.equal(true);
    expect(css).to.contain('--cn-radius: 1rem;').and.to.contain('--cn-color-accent: light-dark(#1f6f43, #8fdcae);');
    // The same declarations as the linked theme file, nothing more.
    expect(css.split('\n').filter((line) => line.includes('--cn-')).length).to.equal(themeDeclarations('science-park').length);
    expect(getComputedStyle(element.liveWidget!).getPropertyValue('--cn-radius').trim()).to.equal('1rem');
  });

  it('loads only the chosen widget file from the given cdn/ folder when asked', async () => {
    const element = await configurator();
    await change(element, '#configurator-widget', 'cn-phase-meter');
    expect(parsed(element).querySelector('script')!.getAttribute('src')).to.equal('https://YOUR-HOST/cdn/creative-nodes.js');
    await change(element, '#configurator-only', true);
    await change(element, '#configurator-cdn', 'https://www.example.org/widgets/cdn');
    expect(parsed(element).querySelector('script')!.getAttribute('src')).to.equal('https://www.example.org/widgets/cdn/phase-meter.js');
  });

  it('copies the snippet with the clipboard and says so politely', async () => {
    const element = await configurator();
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    element.querySelector<HTMLButtonElement>('.copy')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(writeText).to.have.been.calledOnceWith(snippet(element));
    expect(element.querySelector('.copy-status')!.getAttribute('role')).to.equal('status');
    expect(status(element)).to.equal('Kopierat.');
    // Any change clears the old message.
    await change(element, '#configurator-language', 'en');
    expect(status(element)).to.equal('');
  });

  it('selects the text for Ctrl+C when the clipboard is refused', async () => {
    const element = await configurator('en');
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    element.querySelector<HTMLButtonElement>('.copy')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const area = element.querySelector<HTMLTextAreaElement>('#configurator-html')!;
    expect(document.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect(status(element)).to.match(/^The text is selected/);
  });

  it('commits a text field on Enter without leaving the page', async () => {
    const element = await configurator();
    const input = element.querySelector<HTMLInputElement>('#option-contact')!;
    input.focus();
    input.value = 'anna-exempelsson';
    const form = element.querySelector('form')!;
    const submit = new SubmitEvent('submit', { cancelable: true, bubbles: true });
    form.dispatchEvent(submit);
    await element.updateComplete;
    expect(submit.defaultPrevented).to.equal(true);
    expect(element.liveWidget!.getAttribute('contact')).to.equal('anna-exempelsson');
  });

  it('says when the manifest cannot be read', async () => {
    stubFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    const element = await fixture<EmbedConfigurator>(html`<cn-embed-configurator manifest-src="/missing.json"></cn-embed-configurator>`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    expect(element.querySelector('[role="alert"]')!.textContent).to.contain('404 Not Found');
  });

  for (const lang of ['sv', 'en']) {
    it(`is accessible with a live widget (${lang})`, async () => {
      const element = await configurator(lang);
      await change(element, '#configurator-widget', 'cn-event-calendar');
      await change(element, '#configurator-theme', 'business-agency');
      await change(element, '#option-today', '2016-01-01');
      await settled(element.liveWidget as FeedElement);
      await expect(element).to.be.accessible();
    });
  }
});
