import type { FeedError } from '../feed/validate.js';
import type { LoadedFeed } from './load-feed.js';

/**
 * What a widget knows about its feed at any moment.
 * - `loading`: no data yet (a placeholder reserves the space).
 * - `ready`: data to show, perhaps with dropped items (`issues`) or a failed refresh (`refreshError`).
 * - `error`: nothing usable; visitors see a polite note, the webmaster the console.
 */
export type FeedState =
  | { status: 'loading'; url?: string }
  | ({ status: 'ready' } & LoadedFeed & SeveralFeeds)
  | ({ status: 'error'; url?: string; error: FeedError } & SeveralFeeds);

/** With several feeds in `src`: each one that arrived, and each one that failed. */
export interface SeveralFeeds {
  /** The feeds that arrived, in `src` order; `feed` is them merged. */
  sources?: LoadedFeed[];
  /** The feeds that could not be used (each error's `details.url` says which). */
  failures?: FeedError[];
}
