/**
 * Loads a feed and validates it: the one function every widget and the provider call.
 * Validation runs once per response per copy of the library, however many widgets use it,
 * and in slices for large feeds so that the page stays responsive.
 */
import { FeedError, listItemCount, parseJson, validateFeed, validateFeedInSlices, type FeedIssue, type ValidatedFeed } from '../feed/validate.js';
import type { ProgrammeFeed } from '../feed/schema.js';
import { requestFeed, type FeedRequestOptions, type FeedResponse } from './feed-request.js';

/** A usable feed with everything known about where it came from. */
export interface LoadedFeed {
  feed: ProgrammeFeed;
  /** Items and fields that were dropped, with where and why. */
  issues: FeedIssue[];
  /** The feed's address, when it was fetched. */
  url?: string;
  /** When it arrived (`Date.now()`), when it was fetched. */
  receivedAt?: number;
  /** Set when a refresh failed and this is the last good copy. */
  refreshError?: FeedError;
}

/** Feeds with more list items than this are validated in slices (a few milliseconds each). */
const SLICED_ABOVE = 500;

const validatedResponses = new WeakMap<FeedResponse, Promise<ValidatedFeed>>();

function validateResponse(response: FeedResponse): Promise<ValidatedFeed> {
  let validated = validatedResponses.get(response);
  if (!validated) {
    validated = validateFeedInSlices(response.text).catch((error: unknown) => {
      if (!(error instanceof FeedError)) throw error;
      throw new FeedError(error.kind, error.message, { ...error.details, url: response.url });
    });
    validatedResponses.set(response, validated);
  }
  return validated;
}

/** The last copy of each feed that validated, kept for the page's life. */
const lastValid = new Map<string, LoadedFeed>();

/**
 * Fetches (or joins the fetch of) the feed at an absolute `url` and validates it. A new copy
 * that cannot be used (an error page served with 200, a truncated file) does not replace the
 * last good one: that is returned with the problem as `refreshError`.
 */
export async function loadFeed(url: string, options: FeedRequestOptions = {}): Promise<LoadedFeed> {
  const { response, refreshError } = await requestFeed(url, options);
  try {
    const { feed, issues } = await validateResponse(response);
    const loaded = { feed, issues, url, receivedAt: response.receivedAt, refreshError };
    lastValid.set(url, { ...loaded, refreshError: undefined });
    return loaded;
  } catch (error) {
    const previous = lastValid.get(url);
    if (!previous || !(error instanceof FeedError)) throw error;
    return { ...previous, refreshError: error };
  }
}

/** Forgets the last good copies (for tests, with `clearFeedRequests`). */
export function clearLoadedFeeds(): void {
  lastValid.clear();
}

const validatedDocuments = new WeakMap<object, ValidatedFeed | FeedError>();

/**
 * Validates a feed given as an object or as JSON text (the `.data` property or an inline
 * script): at once for an ordinary feed, in slices (a promise) for a large one.
 */
export function loadInlineFeed(data: unknown): LoadedFeed | Promise<LoadedFeed> {
  const document = typeof data === 'string' ? parseJson(data) : data;
  if (typeof document !== 'object' || document === null) return { ...validateFeed(document) };
  const known = validatedDocuments.get(document);
  if (known instanceof FeedError) throw known;
  if (known) return { ...known };
  const remember = (result: ValidatedFeed | FeedError) => {
    validatedDocuments.set(document, result);
    if (result instanceof FeedError) throw result;
    return { ...result };
  };
  const fail = (error: unknown) => {
    if (error instanceof FeedError) return remember(error);
    throw error;
  };
  if (listItemCount(document) > SLICED_ABOVE) return validateFeedInSlices(document).then(remember, fail);
  try {
    return remember(validateFeed(document));
  } catch (error) {
    return fail(error);
  }
}
