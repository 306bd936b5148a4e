/**
 * Broken networks, beyond what test/data/feed-request.test.ts covers: content types, a CORS
 * failure seen by the element, retries bounded for every retriable answer, Retry-After in
 * both its forms, a refresh that fails offline and recovers online, and the last good copy
 * kept whatever a refresh runs into.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
import { loadFeed } from '../../src/data/load-feed.js';
import { failure, jsonResponse, never, restore, settled, stubFetch } from '../support/helpers.js';
import './support.js';

const URL_A = 'https://feeds.example.org/reliability.json';
const FEED = { version: 1, contacts: [{ id: 'anna', name: 'Anna Exempelsson' }] };
const NEWER = { version: 1, contacts: [{ id: 'anna', name: 'Anna Exempelsson' }, { id: 'sara', name: 'Sara Påhittad' }] };


async function card(): Promise<ContactCard> {
  const element = await fixture<ContactCard>(html`<cn-contact-card lang="en" timeout="200" src=${URL_A}></cn-contact-card>`);
  await settled(element, 8000);
  return element;
}

/** Waits until `condition` holds (the element's work is asynchronous). */
async function until(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('networks', function () {
  this.timeout(20_000);
  afterEach(restore);

  describe('content types', () => {
    it('accepts valid JSON served as text/plain (or with no type at all)', async () => {
      for (const type of ['text/plain; charset=utf-8', 'application/octet-stream', '']) {
        stubFetch(() => new Response(JSON.stringify(FEED), { headers: type ? { 'Content-Type': type } : {} }));
        const element = await card();
        expect(element.feedState.status, type).to.equal('ready');
        expect(element.shadowRoot!.textContent).to.contain('Anna Exempelsson');
        element.remove();
      }
    });

    it('shows the polite error for an HTML error page answered with 200, naming it in the console', async () => {
      stubFetch(() => new Response('<!doctype html><title>Fel</title><h1>Sidan finns inte</h1>', { headers: { 'Content-Type': 'text/html' } }));
      const consoleError = sinon.stub(console, 'error');
      const errors: CustomEvent[] = [];
      document.addEventListener('cn-error', (event) => errors.push(event), { once: true });
      const element = await card();
      expect(element.feedState.status).to.equal('error');
      expect(element.feedState.status === 'error' && element.feedState.error.kind).to.equal('not-json');
      expect(element.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.match(/cannot be shown|kan inte visas/i);
      expect(element.shadowRoot!.textContent).not.to.contain('Sidan finns inte');
      expect(errors[0].detail.fatal).to.equal(true);
      expect(consoleError.firstCall.args[0]).to.contain('looks like an HTML page');
    });
  });

  describe('failures', () => {
    it('turns a CORS failure (a TypeError from fetch) into the network error, after bounded retries', async () => {
      const fetch = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      sinon.stub(console, 'error');
      const element = await card();
      expect(element.feedState.status === 'error' && element.feedState.error.kind).to.equal('network');
      expect(element.feedState.status === 'error' && element.feedState.error.message).to.contain('CORS');
      expect(fetch.callCount).to.equal(3, 'one attempt and two retries');
      expect(element.shadowRoot!.querySelector('[part~="message"]')).to.exist;
    });

    it('retries every retriable answer exactly twice, and no other answer at all', async () => {
      for (const status of [500, 502, 503, 504, 429, 408]) {
        const fetch = stubFetch(() => new Response('busy', { status, headers: { 'Retry-After': '0' } }));
        const error = await failure(loadFeed(URL_A));
        expect(error.details.status).to.equal(status);
        expect(fetch.callCount, `${status}`).to.equal(3);
      }
      for (const status of [400, 401, 403, 404, 410, 451]) {
        const fetch = stubFetch(() => new Response('no', { status, headers: { 'Retry-After': '0' } }));
        await failure(loadFeed(URL_A));
        expect(fetch.callCount, `${status}`).to.equal(1);
      }
    });

    it('waits as long as Retry-After says, in seconds or as an HTTP date', async () => {
      for (const retryAfter of ['1', () => new Date(Date.now() + 2000).toUTCString()]) {
        const calls: number[] = [];
        stubFetch(() => {
          calls.push(performance.now());
          const header = typeof retryAfter === 'string' ? retryAfter : retryAfter();
          return calls.length === 1 ? new Response('busy', { status: 503, headers: { 'Retry-After': header } }) : jsonResponse(FEED);
        });
        const loaded = await loadFeed(URL_A);
        expect(loaded.feed.contacts).to.have.length(1);
        expect(calls).to.have.length(2);
        // An HTTP date has whole seconds: at least 1 s of the 2 s remain.
        expect(calls[1] - calls[0], String(retryAfter)).to.be.greaterThan(typeof retryAfter === 'string' ? 950 : 900);
      }
    });

    it('gives up on timeouts after the same bounded retries', async () => {
      const fetch = stubFetch(() => never());
      const error = await failure(loadFeed(URL_A, { timeout: 30 }));
      expect(error.kind).to.equal('timeout');
      expect(fetch.callCount).to.equal(3);
    });
  });

  describe('offline and back', () => {
    it('keeps the last good copy through a failed refresh, and shows the fresh copy once online', async () => {
      let online = true;
      let feed: unknown = FEED;
      stubFetch(() => (online ? jsonResponse(feed) : Promise.reject(new TypeError('Failed to fetch'))));
      sinon.stub(console, 'warn');
      const element = await card();
      expect(element.shadowRoot!.textContent).to.contain('Anna Exempelsson');

      online = false;
      element.reload();
      await until(() => element.feedState.status === 'ready' && element.feedState.refreshError !== undefined, 8000);
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('Anna Exempelsson');
      expect(element.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('Could not refresh');

      online = true;
      feed = NEWER;
      window.dispatchEvent(new Event('online'));
      await until(() => element.feedState.status === 'ready' && !element.feedState.refreshError);
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('Sara Påhittad');
      expect(element.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
    });
  });

  describe('the last good copy', () => {
    /** What a refresh can run into, and whether the library keeps the copy today. */
    const REFRESH_FAILURES: [string, () => Response | Promise<Response>][] = [
      ['a 500, retried', () => new Response('oops', { status: 500, headers: { 'Retry-After': '0' } })],
      ['a 404', () => new Response('gone', { status: 404 })],
      ['a timeout', () => never()],
      ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
    ];
    /**
     * Known defect (reported): a refresh answered 200 with something that is not a usable
     * feed (an HTML page from a CMS or captive portal, a truncated upload, another version)
     * replaces the last good copy: the registry keeps the response before it is validated,
     * and the widget switches to the error message. Flip to `it` once fixed.
     */
    const UNUSABLE_200: [string, () => Response][] = [
      ['an HTML page answered with 200', () => new Response('<!doctype html><h1>Logga in</h1>', { headers: { 'Content-Type': 'text/html' } })],
      ['truncated JSON answered with 200', () => jsonResponse(JSON.stringify(NEWER).slice(0, 40))],
      ['another feed version', () => jsonResponse({ version: 2, contacts: [] })],
    ];

    async function refreshInto(answer: () => Response | Promise<Response>): Promise<ContactCard> {
      let failing = false;
      stubFetch(() => (failing ? answer() : jsonResponse(FEED)));
      sinon.stub(console, 'warn');
      sinon.stub(console, 'error');
      const element = await card();
      failing = true;
      const before = element.feedState;
      element.reload();
      // Settled: the refresh failed beside the copy, or the widget changed state.
      await until(() => element.feedState !== before && (element.feedState.status === 'error' || (element.feedState.status === 'ready' && element.feedState.refreshError !== undefined)), 8000);
      await element.updateComplete;
      return element;
    }

    for (const [name, answer] of REFRESH_FAILURES) {
      it(`is kept when a refresh meets ${name}`, async () => {
        const element = await refreshInto(answer);
        expect(element.feedState.status).to.equal('ready');
        expect(element.shadowRoot!.textContent).to.contain('Anna Exempelsson');
        expect(element.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('Could not refresh');
      });
    }

    for (const [name, answer] of UNUSABLE_200) {
      it(`is kept when a refresh meets ${name} (answered 200)`, async () => {
        const element = await refreshInto(answer);
        expect(element.feedState.status).to.equal('ready');
        expect(element.shadowRoot!.textContent).to.contain('Anna Exempelsson');
        expect(element.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('Could not refresh');
      });
    }
  });
});
