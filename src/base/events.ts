/**
 * The events every widget fires. They bubble and are composed so that a page-level listener
 * (`document.addEventListener('cn-error', …)`) hears them even when a widget sits inside
 * another component's shadow root: they are diagnostics for the whole page.
 */
import type { ProgrammeFeed } from '../feed/schema.js';
import type { FeedError, FeedIssue } from '../feed/validate.js';

/** `cn-load`: the widget has data to show. */
export interface CnLoadDetail {
  /** The feed's address; absent for inline data. */
  url?: string;
  feed: ProgrammeFeed;
  /** Items and fields that were dropped (also reported by `cn-error`). */
  issues: FeedIssue[];
  /** Set when a refresh failed and the last good copy is shown. */
  refreshError?: FeedError;
}

/** `cn-error`: something is wrong with the feed; `fatal` when nothing could be shown. */
export interface CnErrorDetail {
  url?: string;
  fatal: boolean;
  /** What went wrong when nothing could be used, or a refresh failed. */
  error?: FeedError;
  /** Every located problem: `{ path: 'events[3].start', message: 'not a date …' }`. */
  issues: FeedIssue[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cn-load': CustomEvent<CnLoadDetail>;
    'cn-error': CustomEvent<CnErrorDetail>;
  }
}

export function fire<K extends 'cn-load' | 'cn-error'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
