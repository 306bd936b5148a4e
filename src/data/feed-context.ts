/**
 * The context through which `<cn-programme>` shares its feed with the widgets inside it.
 * The key is a global, versioned symbol so that widgets from another copy of this library
 * on the same page find the provider too; bump the version when `FeedState` changes shape.
 */
import { createContext } from '@lit/context';
import type { FeedState } from './feed-state.js';

export const feedContext = createContext<FeedState | undefined>(Symbol.for('creative-nodes.feed-context.v1'));
