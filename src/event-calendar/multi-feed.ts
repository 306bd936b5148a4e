/**
 * Several feeds for one calendar (`src="a.json b.json"`): each is loaded with the shared
 * `loadFeed` (one request per URL per page, whoever else asks), and the calendar shows
 * whatever arrived. One feed down leaves the others on screen, with a note and a
 * `cn-error`. The base element handles a single `src`; this controller exists so that
 * the base need not change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../data/feed-request.js';
import { loadFeed, type LoadedFeed } from '../data/load-feed.js';
import { FeedError } from '../feed/validate.js';

/** One feed's outcome. */
export type FeedOutcome = { url: string; status: 'loading' } | ({ url: string; status: 'ready' } & LoadedFeed) | { url: string; status: 'error'; error: FeedError };

/** The shortest refresh interval honoured, as for a single feed. */
const MIN_REFRESH_SECONDS = 30;

/** Splits a `src` value into absolute addresses (duplicates once). */
export function feedUrls(src: string | undefined): string[] {
  const urls = (src ?? '').split(/\s+/).filter(Boolean).map((url) => new URL(url, document.baseURI).href);
  return [...new Set(urls)];
}

export class MultiFeedController implements ReactiveController {
  outcomes: FeedOutcome[] = [];

  private urls: string[] = [];
  private generation = 0;
  private abortController?: AbortController;
  private refreshTimer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when every feed has settled (after a load or a refresh). */
    private readonly onSettled: (outcomes: FeedOutcome[]) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.urls = [];
  }

  /** Loads these feeds, unless they are the ones already loaded. */
  setUrls(urls: string[], options: { timeout?: number; refreshInterval?: number }): void {
    const same = urls.length === this.urls.length && urls.every((url, index) => url === this.urls[index]);
    if (same) return;
    this.stop();
    this.urls = urls;
    if (urls.length < 2) {
      this.outcomes = [];
      return;
    }
    this.outcomes = urls.map((url) => ({ url, status: 'loading' }));
    this.load(false, options.timeout);
    const seconds = options.refreshInterval ?? 0;
    if (seconds > 0) this.refreshTimer = setInterval(() => this.load(true, options.timeout), Math.max(seconds, MIN_REFRESH_SECONDS) * 1000);
  }

  /** Fetches every feed again; what is shown stays until each answers. */
  reload(timeout?: number): void {
    if (this.urls.length > 1) this.load(true, timeout);
  }

  get active(): boolean {
    return this.urls.length > 1;
  }

  private stop(): void {
    this.abortController?.abort();
    this.abortController = undefined;
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private load(refresh: boolean, timeout?: number): void {
    const generation = ++this.generation;
    this.abortController?.abort();
    const { signal } = (this.abortController = new AbortController());
    const urls = this.urls;
    // Each feed is shown as soon as it arrives: a slow or broken one holds nobody up.
    const settle = (index: number, outcome: FeedOutcome): FeedOutcome => {
      if (generation === this.generation) {
        this.outcomes = this.outcomes.map((current, at) => (at === index ? outcome : current));
        this.host.requestUpdate();
      }
      return outcome;
    };
    Promise.all(
      urls.map((url, index) =>
        loadFeed(url, { signal, timeout, refresh }).then(
          (loaded) => settle(index, { url, status: 'ready', ...loaded }),
          (error: unknown) => {
            if (isAbortError(error)) return undefined;
            return settle(index, { url, status: 'error', error: error instanceof FeedError ? error : new FeedError('network', String(error), { url }) });
          },
        ),
      ),
    ).then((outcomes) => {
      if (generation !== this.generation || outcomes.some((outcome) => !outcome)) return;
      this.onSettled(this.outcomes);
    });
  }
}
