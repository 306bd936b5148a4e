import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contact-card/define.js';
import { FeedPlayground, offsetOf } from '../../demo/playground/feed-playground.js';
import { jsonResponse, restore, sampleFeed, stubFetch } from '../support/helpers.js';

const valid = `{
  "version": 1,
  "contacts": [
    { "id": "anna", "name": "Anna Exempelsson", "role": { "sv": "Projektledare", "en": "Project manager" }, "email": "anna@example.org" }
  ]
}`;

const broken = `{
  "version": 1,
  "contacts": [
    { "id": "anna", "name": "Anna Exempelsson", "email": "anna at example" },
    { "id": "erik" }
  ]
}`;

async function playground(): Promise<FeedPlayground> {
  return fixture<FeedPlayground>(html`<cn-feed-playground .debounce=${0}></cn-feed-playground>`);
}

/** Types into the text area as a person does, then waits for the debounced check. */
async function type(element: FeedPlayground, text: string): Promise<void> {
  const area = element.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  await element.updateComplete;
}

const status = (element: FeedPlayground) => element.querySelector('[role="status"]')!.textContent!.trim();
const problems = (element: FeedPlayground) => [...element.querySelectorAll('.problems li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

async function widgetsSettled(element: FeedPlayground): Promise<void> {
  for (const widget of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.preview-widget > *:not(h4)')) await widget.updateComplete;
}

describe('<cn-feed-playground>', () => {
  afterEach(restore);

  it('has labelled controls, a polite status, and passes axe', async () => {
    const element = await playground();
    for (const id of ['feed-address', 'feed-file', 'feed-text', 'message-language']) {
      expect(element.querySelector(`label[for="${id}"]`), id).to.exist;
    }
    const live = element.querySelector('[role="status"]')!;
    expect(live.id).to.equal('feed-status');
    expect(element.querySelector('textarea')!.getAttribute('aria-describedby')).to.equal('feed-status');
    expect(status(element)).to.equal('Klistra in ett flöde, eller hämta ett.');
    await type(element, valid);
    await widgetsSettled(element);
    await expect(element).to.be.accessible();
  });

  it('shows every problem with its line and column as you type, in Swedish or English', async () => {
    const element = await playground();
    await type(element, broken);
    expect(status(element)).to.equal('1 fel, 1 varning. Första: rad 4, kolumn 58: contacts[0].email: är ingen e-postadress (fältet hoppas över)');
    expect(problems(element)).to.deep.equal([
      'rad 4, kolumn 58 varning contacts[0].email är ingen e-postadress (fältet hoppas över)',
      'rad 5, kolumn 5 fel contacts[1].name saknas (måste finnas)',
    ]);
    const select = element.querySelector<HTMLSelectElement>('#message-language')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(problems(element)[1]).to.equal('line 5, column 5 error contacts[1].name is required');
  });

  it('waits for a pause in typing before checking', async () => {
    const element = await fixture<FeedPlayground>(html`<cn-feed-playground .debounce=${200}></cn-feed-playground>`);
    await type(element, broken);
    expect(problems(element)).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await element.updateComplete;
    expect(problems(element)).to.have.length(2);
  });

  it('moves the caret to a problem from its button, by keyboard too', async () => {
    const element = await playground();
    await type(element, broken);
    const button = element.querySelector<HTMLButtonElement>('.problems li:nth-child(2) .go-to')!;
    expect(button.localName).to.equal('button');
    button.click();
    const area = element.querySelector('textarea')!;
    expect(document.activeElement).to.equal(area);
    expect(area.selectionStart).to.equal(broken.indexOf('{ "id": "erik" }'));
  });

  it('renders the registered widgets in Swedish and English with the parsed feed as .data', async () => {
    const element = await playground();
    await type(element, valid);
    await widgetsSettled(element);
    const swedish = element.querySelector<HTMLElement & { data?: unknown }>('[lang="sv"] cn-contact-card')!;
    const english = element.querySelector<HTMLElement & { data?: unknown }>('[lang="en"] cn-contact-card')!;
    expect(swedish.data).to.deep.equal(JSON.parse(valid));
    expect(english.data).to.deep.equal(JSON.parse(valid));
    expect(swedish.shadowRoot!.textContent).to.contain('Projektledare');
    expect(english.shadowRoot!.textContent).to.contain('Project manager');
    // Only registered tags are shown (this test page registers the contact card only).
    expect([...element.querySelectorAll<HTMLElement>('[lang="sv"] .preview-widget')].map((slot) => slot.dataset.tag)).to.deep.equal(['cn-contact-card']);
  });

  it('shows a widget as soon as its tag is registered', async () => {
    const element = await fixture<FeedPlayground>(html`<cn-feed-playground .debounce=${0} .tags=${['cn-contact-card', 'cn-playground-test-widget']}></cn-feed-playground>`);
    await type(element, valid);
    expect(element.querySelectorAll('[lang="sv"] .preview-widget')).to.have.length(1);
    customElements.define('cn-playground-test-widget', class extends HTMLElement {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    const added = element.querySelector<HTMLElement & { data?: unknown }>('[lang="en"] cn-playground-test-widget')!;
    expect(added).to.exist;
    expect(added.data).to.deep.equal(JSON.parse(valid));
  });

  it('keeps the last good preview while the text is not JSON, and says where the mistake is', async () => {
    const element = await playground();
    await type(element, valid);
    await type(element, valid.replace('"anna@example.org" }', '"anna@example.org", }'));
    expect(status(element)).to.match(/^Flödet kan inte användas alls\. Första: rad 4, kolumn \d+: JSON tillåter inget kommatecken före \} eller \]/);
    expect(element.querySelector('.stale')!.textContent).to.contain('senaste versionen');
    expect((element.querySelector('[lang="sv"] cn-contact-card') as HTMLElement & { data?: unknown }).data).to.deep.equal(JSON.parse(valid));
  });

  it('loads a feed from an address, and explains a failure', async () => {
    const feed = await sampleFeed('loket');
    stubFetch((url) => (url.endsWith('/feeds/loket.json') ? jsonResponse(feed) : new Response('nope', { status: 404, statusText: 'Not Found' })));
    const element = await playground();
    const input = element.querySelector<HTMLInputElement>('#feed-address')!;
    input.value = 'https://example.org/feeds/loket.json';
    element.querySelector<HTMLButtonElement>('form.load button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    expect(JSON.parse(element.querySelector('textarea')!.value)).to.deep.equal(feed);
    expect(status(element)).to.equal('Inga problem.');

    input.value = 'https://example.org/missing.json';
    element.querySelector<HTMLButtonElement>('form.load button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    expect(element.querySelector('[role="alert"]')!.textContent).to.equal('Kunde inte hämta https://example.org/missing.json: 404 Not Found');
  });

  it('opens a file', async () => {
    const element = await playground();
    const input = element.querySelector<HTMLInputElement>('#feed-file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([broken], 'flode.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
    expect(element.querySelector('textarea')!.value).to.equal(broken);
    expect(problems(element)).to.have.length(2);
  });

  it('finds the offset of a line and column in CRLF and LF text', () => {
    expect(offsetOf('ab\ncd\nef', 3, 2)).to.equal(7);
    expect(offsetOf('ab\r\ncd', 2, 1)).to.equal(4);
    expect(offsetOf('ab', 9, 1)).to.equal(2);
  });
});
