/**
 * The shared base of every widget: where its feed comes from, its language, its theme, and
 * the states every widget has (loading, error, partial, stale). A widget subclass only says
 * which feed sections it shows and how it draws them.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController, type FeedOrigin } from '../data/feed-controller.js';
import type { FeedState } from '../data/feed-state.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, LocalizedText } from '../feed/schema.js';
import { issuesIn } from '../feed/validate.js';
import { LIBRARY_VERSION } from './define.js';
import { fire } from './events.js';
import { LocalizeController } from './localize.js';
import { baseStyles } from './styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * @fires cn-load - The widget has data to show. `detail`: `{ url, feed, issues, refreshError }`.
 * @fires cn-error - The feed could not be used (`detail.fatal`), some of it was dropped, or a refresh failed. `detail`: `{ url, fatal, error, issues }`.
 *
 * @csspart placeholder - The loading placeholder that reserves the widget's space.
 * @csspart message - The polite note shown when the feed cannot be shown, or has nothing to show.
 * @csspart notice - The small note under the content when part of the feed was dropped or a refresh failed.
 *
 * @cssprop --cn-font-family - Font of the widget (default: the system's sans-serif).
 * @cssprop --cn-font-size - Base font size (default: 1rem).
 * @cssprop --cn-color-text - Text colour.
 * @cssprop --cn-color-muted - Secondary text colour.
 * @cssprop --cn-color-surface - Background of cards and messages.
 * @cssprop --cn-color-surface-alt - Background of placeholders and quiet areas.
 * @cssprop --cn-color-border - Border colour.
 * @cssprop --cn-color-accent - Links and buttons.
 * @cssprop --cn-color-accent-contrast - Text on the accent colour.
 * @cssprop --cn-color-focus - Focus ring colour.
 * @cssprop --cn-radius - Corner radius (default: 0.5rem).
 * @cssprop --cn-space - Base spacing unit (default: 1rem).
 * @cssprop --cn-placeholder-height - Height reserved while loading.
 */
export abstract class FeedElement extends LitElement {
  static override styles = [baseStyles];
  /** The library version that defined this element (reported when two copies meet). */
  static readonly version = LIBRARY_VERSION;

  /** The feed sections this widget shows: problems in them earn the "partial" note. */
  protected abstract readonly sections: readonly FeedSection[];

  protected readonly localize = new LocalizeController(this);
  protected readonly feed = new FeedController(this, (state, origin) => this.feedChanged(state, origin));

  /** Address of the feed, absolute or relative to the page. Without it, the nearest `<cn-programme>` provides the feed. */
  @property() src?: string;

  /** The feed itself, as an object or JSON text; wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Milliseconds to wait for the feed before trying again (default 10000). */
  @property({ type: Number }) timeout?: number;

  /** Seconds between refreshes of a `src` feed (at least 30); none by default. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval?: number;

  /** `light` or `dark` to force one, `auto` to follow the system; by default the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The feed as the widget shows it now. */
  get feedState(): FeedState {
    return this.feed.state;
  }

  /** Fetches a `src` feed again; what is shown stays until the new copy arrives. */
  reload(): void {
    this.feed.reload();
  }

  /** Fires `cn-load`/`cn-error` for feeds this element loaded itself (a provider fires its own). */
  protected feedChanged(state: FeedState, origin: FeedOrigin): void {
    if (origin !== 'own') return;
    if (state.status === 'error') {
      for (const error of state.failures ?? [state.error]) {
        fire(this, 'cn-error', { url: error.details.url ?? state.url, fatal: true, error, issues: error.details.issues ?? [] });
      }
      return;
    }
    if (state.status !== 'ready') return;
    fire(this, 'cn-load', { url: state.url, feed: state.feed, issues: state.issues, refreshError: state.refreshError });
    if (state.issues.length > 0 || state.refreshError) {
      fire(this, 'cn-error', { url: state.url, fatal: false, error: state.refreshError, issues: state.issues });
    }
    // One of several feeds could not be used: the others are shown.
    for (const error of state.failures ?? []) {
      fire(this, 'cn-error', { url: error.details.url, fatal: false, error, issues: error.details.issues ?? [] });
    }
  }

  /**
   * A feed text in the page's language, marked with its own language when that differs.
   * `feed` says what language plain strings are in: the loaded feed, or its language code.
   */
  protected text(value: LocalizedText | undefined, feed: LoadedFeed | string): TemplateResult | string | typeof nothing {
    if (value === undefined) return nothing;
    const { text, lang } = this.localize.text(value, typeof feed === 'string' ? feed : feed.feed.language);
    // Plain text when no language mark is needed: no template of its own (long lists draw hundreds).
    return lang.toLowerCase() === this.localize.language.toLowerCase() ? text : html`<span lang=${lang}>${text}</span>`;
  }

  /** Plain feed text in the page's language (for attributes and labels). */
  protected plainText(value: LocalizedText | undefined, feed: LoadedFeed | string): string {
    return value === undefined ? '' : this.localize.text(value, typeof feed === 'string' ? feed : feed.feed.language).text;
  }

  protected override render(): unknown {
    const state = this.feed.state;
    switch (state.status) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderMessage(this.localize.strings.unavailable);
      case 'ready':
        return html`${this.renderFeed(state)}${this.renderNotices(state)}`;
    }
  }

  /** Draws the widget from a usable feed (which may have nothing for it: show its empty message). */
  protected abstract renderFeed(loaded: LoadedFeed): unknown;

  /** A placeholder that keeps the widget's space, so nothing shifts when the data arrives. */
  protected renderLoading(): unknown {
    return html`<div part="placeholder" aria-hidden="true"></div><span class="visually-hidden">${this.localize.strings.loading}</span>`;
  }

  /** A polite one-line message (nothing to show, or cannot be shown). */
  protected renderMessage(message: string): TemplateResult {
    return html`<p part="message">${message}</p>`;
  }

  private renderNotices(state: FeedState & { status: 'ready' }): unknown {
    const strings = this.localize.strings;
    const partial = issuesIn(state.issues, this.sections).length > 0;
    const stale = state.refreshError && state.receivedAt !== undefined;
    const missing = state.failures?.length ?? 0;
    if (!partial && !stale && !missing) return nothing;
    return html`<p part="notice">
      ${missing ? strings.sourcesMissing(missing, missing + (state.sources?.length ?? 0)) : nothing}
      ${partial ? strings.partial : nothing}
      ${stale ? strings.staleSince(this.localize.formatDate(state.receivedAt!, { dateStyle: 'short', timeStyle: 'short' })) : nothing}
    </p>`;
  }
}
