/**
 * Fetching feeds: one request per URL per page, shared by every widget and by every copy
 * of this library on the page, with a timeout, bounded retries and the last good copy kept.
 *
 * The registry lives on `globalThis` under a versioned symbol so that two bundles (say a
 * CMS plugin and a hand-pasted script) find each other's requests. Its entries are plain
 * data (the response text), so each copy validates with its own schema.
 */
import { FeedError } from '../feed/validate.js';

/** A feed response as received, before it is parsed. */
export interface FeedResponse {
  url: string;
  text: string;
  status: number;
  contentType: string;
  /** `Date.now()` when it arrived. */
  receivedAt: number;
}

export interface FeedRequestOptions {
  /** Aborts this caller's wait; the request itself stops when no caller is left. */
  signal?: AbortSignal;
  /** Milliseconds to wait for each attempt. */
  timeout?: number;
  /** Further attempts after a network error, a timeout or a 5xx/429 answer. */
  retries?: number;
  /** Ask the server again (revalidating with its ETag/Last-Modified) even when a copy is held. */
  refresh?: boolean;
}

export interface FeedRequestResult {
  response: FeedResponse;
  /** Set when a refresh failed and `response` is the last good copy. */
  refreshError?: FeedError;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_RETRIES = 2;
/** A `Retry-After` longer than this is not waited for. */
const MAX_RETRY_AFTER = 30_000;

interface SharedEntry {
  pending?: { promise: Promise<FeedResponse>; users: number; controller: AbortController };
  lastGood?: FeedResponse;
}

const REGISTRY_KEY = Symbol.for('creative-nodes.feed-requests.v1');
type GlobalWithRegistry = typeof globalThis & { [REGISTRY_KEY]?: Map<string, SharedEntry> };
const registry = ((globalThis as GlobalWithRegistry)[REGISTRY_KEY] ??= new Map<string, SharedEntry>());

/** Forgets every request and held copy (for tests). */
export function clearFeedRequests(): void {
  for (const entry of registry.values()) entry.pending?.controller.abort();
  registry.clear();
}

/** An `AbortError` as `fetch` throws it, so callers can tell "gone" from "failed". */
function abortError(): DOMException {
  return new DOMException('The widget left the page before the feed arrived.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Milliseconds from a `Retry-After` header (seconds or an HTTP date), or undefined. */
function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** 0.5 s, 1 s, 2 s, … with jitter, so that many pages do not retry in step. */
function backoff(attempt: number): number {
  return 500 * 2 ** attempt * (0.75 + Math.random() * 0.5);
}

function isRetriableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** One attempt, aborted after `timeout` ms or when `signal` aborts. */
async function attempt(url: string, timeout: number, signal: AbortSignal, cache: RequestCache): Promise<Response | FeedResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const forwardAbort = () => controller.abort();
  signal.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      cache,
      // No cookies or credentials go to the feed host: a feed is public data.
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return response;
    // The body is read under the same timeout: a stalled body is a timeout too.
    const text = await response.text();
    return { url, text, status: response.status, contentType: response.headers.get('Content-Type') ?? '', receivedAt: Date.now() };
  } catch (error) {
    if (signal.aborted) throw abortError();
    if (timedOut) throw new FeedError('timeout', `no answer within ${timeout / 1000} s`, { url });
    throw new FeedError('network', `the feed could not be reached (offline, wrong address, or the host does not allow this site by CORS): ${(error as Error).message}`, { url });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}

async function fetchWithRetries(url: string, timeout: number, retries: number, signal: AbortSignal, cache: RequestCache): Promise<FeedResponse> {
  for (let attemptIndex = 0; ; attemptIndex++) {
    let failure: FeedError;
    let wait = backoff(attemptIndex);
    try {
      const result = await attempt(url, timeout, signal, cache);
      if (!(result instanceof Response)) return result;
      const status = `${result.status}${result.statusText ? ` ${result.statusText}` : ''}`;
      failure = new FeedError('http', `the server answered ${status}`, { url, status: result.status });
      if (!isRetriableStatus(result.status)) throw failure;
      wait = retryAfter(result) ?? wait;
      if (wait > MAX_RETRY_AFTER) throw failure;
    } catch (error) {
      if (!(error instanceof FeedError) || error.kind === 'http') throw error;
      failure = error;
    }
    if (attemptIndex >= retries) throw failure;
    await sleep(wait, signal);
  }
}

/** Waits for `promise` unless `signal` aborts first. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort();
    return Promise.reject(abortError());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(abortError());
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Gets the feed at `url` (absolute). Callers asking for the same URL share one request;
 * a refresh that fails resolves with the last good copy and the error beside it.
 */
export async function requestFeed(url: string, options: FeedRequestOptions = {}): Promise<FeedRequestResult> {
  let entry = registry.get(url);
  if (!entry) registry.set(url, (entry = {}));
  if (entry.lastGood && !entry.pending && !options.refresh) return { response: entry.lastGood };

  // A request that every caller left is aborted: start afresh rather than join it.
  let pending = entry.pending?.controller.signal.aborted ? undefined : entry.pending;
  if (!pending) {
    const controller = new AbortController();
    const cache: RequestCache = options.refresh ? 'no-cache' : 'default';
    const shared = entry;
    const promise = fetchWithRetries(url, options.timeout ?? DEFAULT_TIMEOUT, options.retries ?? DEFAULT_RETRIES, controller.signal, cache);
    pending = { promise, users: 0, controller };
    shared.pending = pending;
    const settled = pending;
    promise.then(
      (response) => (shared.lastGood = response),
      () => undefined,
    ).finally(() => {
      if (shared.pending === settled) shared.pending = undefined;
    });
  }

  const joined = pending;
  joined.users++;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    // The last caller to leave stops the request: nobody is waiting for it.
    if (--joined.users === 0) joined.controller.abort();
  };
  try {
    const response = await unlessAborted(joined.promise, options.signal, leave);
    return { response };
  } catch (error) {
    if (isAbortError(error) || !entry.lastGood) throw error;
    return { response: entry.lastGood, refreshError: error as FeedError };
  } finally {
    if (!left) {
      left = true;
      joined.users--;
    }
  }
}
