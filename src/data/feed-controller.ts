/**
 * The element side of the data layer: decides where a widget's feed comes from, loads it,
 * and keeps `state` current as attributes change, the element moves, or a refresh runs.
 *
 * Sources, first found wins:
 *   1. the `data` property (an object, or JSON text);
 *   2. an inline `<script type="application/json">` child, for a CMS that cannot host files;
 *   3. the `src` attribute (one address, or several separated by spaces: merged);
 *   4. the nearest `<cn-programme>` ancestor, through context.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedAncestors } from '../base/ancestors.js';
import { FeedError } from '../feed/validate.js';
import { feedContext } from './feed-context.js';
import { isAbortError } from './feed-request.js';
import type { FeedState } from './feed-state.js';
import { loadFeed, loadInlineFeed, type LoadedFeed } from './load-feed.js';
import { feedUrls, mergeFeeds } from './merge-feeds.js';

export const PROVIDER_TAG = 'cn-programme';

/** What the controller reads from its element. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  /** Milliseconds to wait for each attempt. */
  timeout?: number;
  /** Seconds between refreshes; none when unset or 0. */
  refreshInterval?: number;
}

/** Where the current state came from: the element's own source, or a provider. */
export type FeedOrigin = 'own' | 'provider';

type Source =
  | { kind: 'data'; key: unknown }
  | { kind: 'inline'; key: string }
  /** `key`: the absolute addresses, separated by spaces. */
  | { kind: 'src'; key: string }
  | { kind: 'provider'; key: 'provider' }
  | { kind: 'none'; key: 'none' };

/** The shortest refresh interval honoured, so that a typo cannot hammer the feed host. */
const MIN_REFRESH_SECONDS = 30;

/** Issue lists already written to the console (each response is reported once per page). */
const reported = new WeakSet<object>();

export class FeedController implements ReactiveController {
  /** The feed as the widget should show it now. */
  state: FeedState = { status: 'loading' };
  origin: FeedOrigin = 'own';

  private source?: Source;
  /** The source whose data is on screen, kept while the widget is away from the page. */
  private shownKey?: unknown;
  private generation = 0;
  private abortController?: AbortController;
  private providerState?: FeedState;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private refreshSeconds = 0;

  constructor(
    private readonly host: FeedHost,
    /** Called whenever `state` changes, after it changed. */
    private readonly onChange: (state: FeedState, origin: FeedOrigin) => void,
  ) {
    host.addController(this);
    this.listenToProvider();
  }

  hostConnected(): void {
    // A widget moved in the DOM or added again loads again (from the shared copy, if any).
    if (!this.source) this.host.requestUpdate();
    this.waitForProviderUpgrade();
    window.addEventListener('online', this.retryWhenOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.retryWhenOnline);
    this.abortController?.abort();
    this.abortController = undefined;
    this.source = undefined;
    this.setRefreshInterval(0);
  }

  /** Runs before every render: picks up a changed `src`, `data` or inline script. */
  hostUpdate(): void {
    // Lit also renders an element out of the page (a property set on it there): it loads
    // nothing and starts no timer until it is back (`hostConnected` asks for that render).
    if (!this.host.isConnected) return;
    const next = this.currentSource();
    if (!this.source || next.kind !== this.source.kind || next.key !== this.source.key) {
      this.source = next;
      this.start(next, false);
    }
    this.setRefreshInterval(next.kind === 'src' ? (this.host.refreshInterval ?? 0) : 0);
  }

  /** Back online after a network failure: try again rather than wait for a reload. */
  private readonly retryWhenOnline = (): void => {
    const { state } = this;
    const failedOnTheWay = state.status === 'error' && (state.error.kind === 'network' || state.error.kind === 'timeout');
    if (failedOnTheWay || (state.status === 'ready' && (state.refreshError || state.failures?.length))) this.reload();
  };

  /** Fetches the feed again (revalidating with the server); the current data stays meanwhile. */
  reload(): void {
    if (this.source?.kind === 'src') this.start(this.source, true);
  }

  private currentSource(): Source {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) return { kind: 'data', key: data };
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', key: script.textContent ?? '' };
    if (src && src.trim()) return { kind: 'src', key: feedUrls(src).join(' ') };
    return this.providerState || this.findProvider() ? { kind: 'provider', key: 'provider' } : { kind: 'none', key: 'none' };
  }

  private start(source: Source, refresh: boolean): void {
    const generation = ++this.generation;
    this.abortController?.abort();
    this.abortController = undefined;

    switch (source.kind) {
      case 'data':
      case 'inline': {
        let loaded: LoadedFeed | Promise<LoadedFeed>;
        try {
          loaded = loadInlineFeed(source.key);
        } catch (error) {
          this.fail(error);
          return;
        }
        if (!(loaded instanceof Promise)) {
          this.set({ status: 'ready', ...loaded }, 'own');
          return;
        }
        // A large feed is checked in slices: the placeholder shows meanwhile.
        this.set({ status: 'loading' }, 'own');
        loaded.then(
          (result) => generation === this.generation && this.set({ status: 'ready', ...result }, 'own'),
          (error: unknown) => generation === this.generation && this.fail(error),
        );
        return;
      }
      case 'provider':
        this.set(this.providerState ?? { status: 'loading' }, 'provider');
        return;
      case 'none':
        this.set(
          {
            status: 'error',
            error: new FeedError('no-source', 'no feed: give the widget a src attribute, a data property, an inline <script type="application/json">, or put it inside <cn-programme src="…">'),
          },
          'own',
        );
        return;
      case 'src': {
        const abortController = (this.abortController = new AbortController());
        const urls = source.key.split(' ');
        // A refresh, or a widget moved in the page (same feed), keeps showing what it has.
        const showing = this.state.status === 'ready' && this.shownKey === source.key;
        if (!showing) this.set({ status: 'loading', url: urls[0] }, 'own');
        const options = { signal: abortController.signal, timeout: this.host.timeout, refresh };
        if (urls.length > 1) {
          this.loadSeveral(urls, options, generation);
          return;
        }
        loadFeed(source.key, options).then(
          (loaded) => generation === this.generation && this.set({ status: 'ready', ...loaded }, 'own'),
          (error: unknown) => {
            if (generation !== this.generation || isAbortError(error)) return;
            this.fail(error, source.key);
          },
        );
        return;
      }
    }
  }

  /**
   * Several feeds: each is shown as soon as it arrives (a slow or broken one holds nobody
   * up); events and the console report once all have answered.
   */
  private loadSeveral(urls: string[], options: Parameters<typeof loadFeed>[1], generation: number): void {
    const outcomes: (LoadedFeed | FeedError | undefined)[] = urls.map(() => undefined);
    let answered = 0;
    const settle = (index: number, outcome: LoadedFeed | FeedError) => {
      if (generation !== this.generation) return;
      outcomes[index] = outcome;
      const state = combineFeeds(outcomes);
      if (++answered === urls.length) {
        this.set(state, 'own');
      } else if (state.status === 'ready') {
        this.state = state;
        this.host.requestUpdate();
      }
    };
    urls.forEach((url, index) => {
      loadFeed(url, options).then(
        (loaded) => settle(index, { ...loaded, url }),
        (error: unknown) => {
          if (!isAbortError(error)) settle(index, error instanceof FeedError ? error : new FeedError('network', String(error), { url }));
        },
      );
    });
  }

  /** A feed that could not be used becomes the error state; anything else is a bug, thrown on. */
  private fail(error: unknown, url?: string): void {
    if (!(error instanceof FeedError)) throw error;
    this.set({ status: 'error', url, error }, 'own');
  }

  private set(state: FeedState, origin: FeedOrigin): void {
    this.state = state;
    this.shownKey = state.status === 'ready' ? this.source?.key : undefined;
    this.origin = origin;
    if (origin === 'own') this.report(state);
    this.onChange(state, origin);
    this.host.requestUpdate();
  }

  /** Tells the webmaster, in the console, what is wrong: element, address and every problem. */
  private report(state: FeedState): void {
    const where = `<${this.host.localName}${this.host.id ? ` id="${this.host.id}"` : ''}>`;
    if (state.status === 'error') {
      if (state.error.kind === 'no-source' && this.findProvider()) return;
      if (state.failures) {
        for (const failure of state.failures) console.error(`${where} feed ${failure.details.url}: ${failure.message}`);
        return;
      }
      const lines = (state.error.details.issues ?? []).map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');
      console.error(`${where} ${state.url ? `feed ${state.url}: ` : ''}${state.error.message}${lines}`);
      return;
    }
    if (state.status !== 'ready') return;
    for (const failure of state.failures ?? []) {
      console.error(`${where} feed ${failure.details.url}: ${failure.message}; the other feeds are shown.`);
    }
    if (state.refreshError) {
      console.warn(`${where} feed ${state.url}: could not refresh (${state.refreshError.message}); showing the copy from ${new Date(state.receivedAt ?? 0).toISOString()}`);
    }
    if (state.issues.length > 0 && !reported.has(state.issues)) {
      reported.add(state.issues);
      const dropped = state.issues.filter((issue) => issue.severity === 'error').length;
      const lines = state.issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');
      console.warn(
        `${where} feed ${state.url ?? '(inline)'}: ${state.issues.length} problem${state.issues.length === 1 ? '' : 's'}, ${dropped} item${dropped === 1 ? '' : 's'} dropped; the rest is shown.${lines}`,
      );
    }
  }

  private setRefreshInterval(seconds: number): void {
    const next = seconds > 0 ? Math.max(seconds, MIN_REFRESH_SECONDS) : 0;
    if (next === this.refreshSeconds) return;
    this.refreshSeconds = next;
    clearInterval(this.refreshTimer);
    this.refreshTimer = next ? setInterval(() => this.reload(), next * 1000) : undefined;
  }

  // --- the provider -------------------------------------------------------------------

  private listenToProvider(): void {
    new ContextConsumer(this.host, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.providerState = state;
        if (this.source?.kind === 'provider' && state) {
          this.set(state, 'provider');
        } else if (this.source?.kind === 'none') {
          // A provider found only now (not a <cn-programme> ancestor): look at the sources again.
          this.source = undefined;
          this.host.requestUpdate();
        }
      },
    });
  }

  /**
   * A provider defined after this widget (its script loaded later) did not hear our
   * context request: ask again once it is defined.
   */
  private waitForProviderUpgrade(): void {
    const provider = this.findProvider();
    if (!provider || customElements.get(PROVIDER_TAG)) return;
    customElements.whenDefined(PROVIDER_TAG).then(() => {
      if (this.host.isConnected && !this.providerState) this.listenToProvider();
    });
  }

  /** The nearest `<cn-programme>` ancestor, across shadow roots. */
  private findProvider(): Element | undefined {
    for (const ancestor of composedAncestors(this.host)) if (ancestor.localName === PROVIDER_TAG) return ancestor;
    return undefined;
  }
}

/** The state of several feeds: ready once any arrived (merged), an error when all failed. */
function combineFeeds(outcomes: readonly (LoadedFeed | FeedError | undefined)[]): FeedState {
  const sources = outcomes.filter((outcome): outcome is LoadedFeed => outcome !== undefined && !(outcome instanceof FeedError));
  const failures = outcomes.filter((outcome): outcome is FeedError => outcome instanceof FeedError);
  if (sources.length > 0) return { status: 'ready', ...mergeFeeds(sources), sources, failures };
  if (failures.length === outcomes.length) return { status: 'error', url: failures[0].details.url, error: failures[0], failures };
  return { status: 'loading' };
}
