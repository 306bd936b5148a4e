/** Shared test helpers: a scripted `fetch`, sample feeds, waiting for a widget's state. */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedRequests } from '../../src/data/feed-request.js';
import { clearLoadedFeeds } from '../../src/data/load-feed.js';
import type { FeedElement } from '../../src/base/feed-element.js';
import { FeedError } from '../../src/feed/validate.js';
import { SAMPLE_FEEDS, sampleFeedUrl, type SampleFeed } from '../../stories/support/samples.js';

export { SAMPLE_FEEDS };

export { sampleFeedUrl as sampleUrl };

export async function sampleFeed(name: SampleFeed): Promise<Record<string, unknown>> {
  const response = await window.fetch(sampleFeedUrl(name));
  return response.json();
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/**
 * Replaces `fetch` for one test (restoring every earlier sinon fake first, so call it before
 * stubbing anything else): `handler` answers each call. A handler that never settles
 * still honours the request's abort signal, as the real `fetch` does.
 */
export function stubFetch(handler: Handler): sinon.SinonStub<[RequestInfo | URL, RequestInit?], Promise<Response>> {
  restore();
  return sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      Promise.resolve()
        .then(() => handler(url, init))
        .then(resolve, reject);
    });
  });
}

/** A promise that never settles: a server that does not answer. */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

/** Resolves when the widget leaves `loading` (and has rendered that state). */
export async function settled(element: FeedElement, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (element.feedState.status === 'loading') {
    if (Date.now() - start > timeout) throw new Error(`<${element.localName}> still loading after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}

/**
 * For a long list drawn in batches: waits until some of it is drawn, takes the element out of
 * the page for ten frames, and tells how many items `count` saw when it left and when the
 * frames had passed (a list that went on drawing grew). The element is left out of the page.
 */
export async function drawnWhileAway(element: HTMLElement, count: () => number): Promise<{ whenLeft: number; later: number }> {
  while (count() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  element.remove();
  // A render already under way finishes; none comes after it.
  await new Promise((resolve) => setTimeout(resolve));
  const whenLeft = count();
  for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { whenLeft, later: count() };
}

export function restore(): void {
  sinon.restore();
  clearFeedRequests();
  clearLoadedFeeds();
}

/** The `FeedError` a promise rejects with (the test fails if it resolves or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a failure');
}
