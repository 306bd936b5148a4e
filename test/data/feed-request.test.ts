import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/contact-card/define.js';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
import { requestFeed } from '../../src/data/feed-request.js';
import { loadFeed } from '../../src/data/load-feed.js';
import { failure, jsonResponse, never, restore, settled, stubFetch } from '../support/helpers.js';

const FEED = { version: 1, contacts: [{ id: 'anna', name: 'Anna Exempelsson' }] };
const URL_A = 'https://feeds.example.org/programme.json';
const URL_B = 'https://feeds.example.org/other.json';


describe('feed requests', () => {
  afterEach(restore);

  it('asks the exact URL once, without cookies and without cache-busting', async () => {
    const fetch = stubFetch(() => jsonResponse(FEED));
    const [first, second] = await Promise.all([loadFeed(URL_A), loadFeed(URL_A)]);
    const third = await loadFeed(URL_A);
    expect(fetch.callCount).to.equal(1);
    expect(fetch.firstCall.args[0]).to.equal(URL_A);
    expect(fetch.firstCall.args[1]).to.include({ credentials: 'omit', cache: 'default' });
    expect(first.feed).to.deep.equal(second.feed);
    expect(third.feed.contacts![0].name).to.equal('Anna Exempelsson');
  });

  it('makes one request for many widgets on one URL', async () => {
    const fetch = stubFetch(() => jsonResponse(FEED));
    const container = await fixture<HTMLElement>(html`<div>
      ${[1, 2, 3, 4, 5, 6].map(() => html`<cn-contact-card src=${URL_A}></cn-contact-card>`)}
    </div>`);
    const cards = [...container.querySelectorAll('cn-contact-card')];
    await Promise.all(cards.map((card) => settled(card)));
    expect(fetch.callCount).to.equal(1);
    for (const card of cards) expect(card.feedState.status).to.equal('ready');
  });

  it('shares one request with another copy of the library on the page', async () => {
    const fetch = stubFetch(() => jsonResponse(FEED));
    // The same module under another URL is a second, independent copy of its code.
    const otherCopy = (await import(`../../src/data/feed-request.ts?copy=${Date.now()}`)) as typeof import('../../src/data/feed-request.js');
    expect(otherCopy.requestFeed).not.to.equal(requestFeed);
    const [mine, theirs] = await Promise.all([requestFeed(URL_A), otherCopy.requestFeed(URL_A)]);
    expect(fetch.callCount).to.equal(1);
    expect(theirs.response.text).to.equal(mine.response.text);
  });

  it('gives up after the timeout, retrying a bounded number of times', async () => {
    const fetch = stubFetch(() => never());
    const error = await failure(loadFeed(URL_A, { timeout: 50, retries: 1 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal('no answer within 0.05 s');
    expect(fetch.callCount).to.equal(2);
  });

  it('does not retry a 404', async () => {
    const fetch = stubFetch(() => new Response('Not here', { status: 404, statusText: 'Not Found' }));
    const error = await failure(loadFeed(URL_A));
    expect(error.kind).to.equal('http');
    expect(error.details.status).to.equal(404);
    expect(error.message).to.equal('the server answered 404 Not Found');
    expect(fetch.callCount).to.equal(1);
  });

  it('retries a 500 with backoff, then reports it', async () => {
    const fetch = stubFetch(() => new Response('oops', { status: 500 }));
    const started = performance.now();
    const error = await failure(loadFeed(URL_A, { retries: 1 }));
    expect(error.details.status).to.equal(500);
    expect(fetch.callCount).to.equal(2);
    expect(performance.now() - started).to.be.greaterThan(300);
  });

  it('recovers when a retry succeeds, honouring Retry-After', async () => {
    let calls = 0;
    const fetch = stubFetch(() => (++calls === 1 ? new Response('busy', { status: 503, headers: { 'Retry-After': '0' } }) : jsonResponse(FEED)));
    const loaded = await loadFeed(URL_A);
    expect(fetch.callCount).to.equal(2);
    expect(loaded.feed.contacts).to.have.length(1);
  });

  it('does not wait for a Retry-After longer than 30 s', async () => {
    const fetch = stubFetch(() => new Response('busy', { status: 503, headers: { 'Retry-After': '3600' } }));
    const error = await failure(loadFeed(URL_A));
    expect(error.details.status).to.equal(503);
    expect(fetch.callCount).to.equal(1);
  });

  it('reports a network failure (offline, CORS) and retries it', async () => {
    const fetch = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(loadFeed(URL_A, { retries: 1 }));
    expect(error.kind).to.equal('network');
    expect(fetch.callCount).to.equal(2);
  });

  it('reports malformed JSON and an HTML error page', async () => {
    stubFetch(() => jsonResponse('{"version": 1, "events": ['));
    expect((await failure(loadFeed(URL_A))).kind).to.equal('not-json');
    stubFetch(() => new Response('<!doctype html><h1>Sidan finns inte</h1>', { headers: { 'Content-Type': 'text/html' } }));
    const error = await failure(loadFeed(URL_A));
    expect(error.message).to.contain('looks like an HTML page');
  });

  it('aborts the request when the last widget leaves the page', async () => {
    let signal: AbortSignal | undefined;
    stubFetch((_url, init) => {
      signal = init.signal ?? undefined;
      return never();
    });
    const card = await fixture<ContactCard>(html`<cn-contact-card src=${URL_A}></cn-contact-card>`);
    expect(card.feedState.status).to.equal('loading');
    expect(signal?.aborted).to.equal(false);
    card.remove();
    expect(signal?.aborted).to.equal(true);
  });

  it('requests nothing for a widget out of the page, even when its src changes there, until it is back', async () => {
    const requested: string[] = [];
    stubFetch((url) => {
      requested.push(String(url));
      return never();
    });
    const card = await fixture<ContactCard>(html`<cn-contact-card src=${URL_A}></cn-contact-card>`);
    const parent = card.parentElement!;
    card.remove();
    card.src = URL_B;
    await card.updateComplete;
    expect(requested).to.deep.equal([URL_A]);
    parent.append(card);
    await card.updateComplete;
    expect(requested).to.deep.equal([URL_A, URL_B]);
    card.remove();
  });

  it('keeps the request going while another widget still waits for it', async () => {
    let signal: AbortSignal | undefined;
    let answer: (response: Response) => void = () => undefined;
    stubFetch((_url, init) => {
      signal = init.signal ?? undefined;
      return new Promise((resolve) => (answer = resolve));
    });
    const container = await fixture<HTMLElement>(html`<div>
      <cn-contact-card src=${URL_A}></cn-contact-card><cn-contact-card src=${URL_A}></cn-contact-card>
    </div>`);
    const [leaving, staying] = container.querySelectorAll('cn-contact-card');
    leaving.remove();
    expect(signal?.aborted).to.equal(false);
    answer(jsonResponse(FEED));
    await settled(staying);
    expect(staying.feedState.status).to.equal('ready');
  });

  it('ignores a late answer for a src that has changed since', async () => {
    const answers = new Map<string, (response: Response) => void>();
    stubFetch((url) => new Promise((resolve) => answers.set(url, resolve)));
    const card = await fixture<ContactCard>(html`<cn-contact-card src="https://feeds.example.org/old.json"></cn-contact-card>`);
    card.src = 'https://feeds.example.org/new.json';
    await card.updateComplete;
    answers.get('https://feeds.example.org/new.json')!(jsonResponse({ version: 1, contacts: [{ id: 'new', name: 'New Person' }] }));
    await settled(card);
    answers.get('https://feeds.example.org/old.json')?.(jsonResponse({ version: 1, contacts: [{ id: 'old', name: 'Old Person' }] }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(card.shadowRoot!.textContent).to.contain('New Person');
    expect(card.shadowRoot!.textContent).not.to.contain('Old Person');
  });

  it('keeps the last good copy when a refresh fails, with a note', async () => {
    let fail = false;
    const fetch = stubFetch(() => (fail ? new Response('down', { status: 404 }) : jsonResponse(FEED)));
    const card = await fixture<ContactCard>(html`<cn-contact-card lang="en" src=${URL_A}></cn-contact-card>`);
    await settled(card);
    fail = true;
    const errors: CustomEvent[] = [];
    card.addEventListener('cn-error', (event) => errors.push(event));
    card.reload();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await card.updateComplete;
    expect(fetch.callCount).to.equal(2);
    expect(fetch.secondCall.args[1]).to.include({ cache: 'no-cache' });
    expect(card.feedState.status).to.equal('ready');
    expect(card.shadowRoot!.textContent).to.contain('Anna Exempelsson');
    expect(card.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('Could not refresh');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ fatal: false });
    expect(errors[0].detail.error.details.status).to.equal(404);
  });

  it('times out on the element\'s own timeout attribute, then shows the polite error', async () => {
    const fetch = stubFetch(() => never());
    const error = sinon.stub(console, 'error');
    const card = await fixture<ContactCard>(html`<cn-contact-card timeout="40" src=${URL_A}></cn-contact-card>`);
    await settled(card, 8000);
    expect(card.feedState.status).to.equal('error');
    expect(card.feedState.status === 'error' && card.feedState.error.kind).to.equal('timeout');
    expect(fetch.callCount).to.equal(3, 'one attempt and two retries');
    expect(error.firstCall.args[0]).to.contain('no answer within 0.04 s');
  });

  it('refreshes on refresh-interval, revalidating with the server', async () => {
    const fetch = stubFetch(() => jsonResponse(FEED));
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const card = await fixture<ContactCard>(html`<cn-contact-card refresh-interval="60" src=${URL_A}></cn-contact-card>`);
    await settled(card);
    expect(fetch.callCount).to.equal(1);
    clock.tick(60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch.callCount).to.equal(2);
    expect(fetch.secondCall.args[1]).to.include({ cache: 'no-cache' });
    card.remove();
    clock.tick(600_000);
    expect(fetch.callCount).to.equal(2, 'no refresh after the element left');
  });

  it('tries again when the browser comes back online', async () => {
    let online = false;
    const fetch = stubFetch(() => (online ? jsonResponse(FEED) : Promise.reject(new TypeError('Failed to fetch'))));
    sinon.stub(console, 'error');
    const card = await fixture<ContactCard>(html`<cn-contact-card src=${URL_A}></cn-contact-card>`);
    // Retries are bounded: the failure (1 attempt + 2 retries) settles as an error.
    await settled(card, 8000);
    expect(card.feedState.status).to.equal('error');
    expect(fetch.callCount).to.equal(3);
    online = true;
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await card.updateComplete;
    expect(card.feedState.status).to.equal('ready');
    expect(card.shadowRoot!.textContent).to.contain('Anna Exempelsson');
  });

  it('keeps showing its data, without a request, when the widget is moved in the page', async () => {
    const fetch = stubFetch(() => jsonResponse(FEED));
    const container = await fixture<HTMLElement>(html`<div><cn-contact-card src=${URL_A}></cn-contact-card><section></section></div>`);
    const card = container.querySelector('cn-contact-card')!;
    await settled(card);
    container.querySelector('section')!.append(card);
    await card.updateComplete;
    expect(card.feedState.status).to.equal('ready');
    expect(card.shadowRoot!.querySelector('[part~="placeholder"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetch.callCount).to.equal(1);
  });
});
