/**
 * Loads a feed and validates it: the one function every widget and the provider call.
 * Validation runs once per response per copy of the library, however many widgets use it.
 */
import { FeedError, validateFeed, type FeedIssue, type ValidatedFeed } from '../feed/validate.js';
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

const validatedResponses = new WeakMap<FeedResponse, ValidatedFeed | FeedError>();

function validateResponse(response: FeedResponse): ValidatedFeed {
  let result = validatedResponses.get(response);
  if (!result) {
    try {
      result = validateFeed(response.text);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      result = new FeedError(error.kind, error.message, { ...error.details, url: response.url });
    }
    validatedResponses.set(response, result);
  }
  if (result instanceof FeedError) throw result;
  return result;
}

/** Fetches (or joins the fetch of) the feed at an absolute `url` and validates it. */
export async function loadFeed(url: string, options: FeedRequestOptions = {}): Promise<LoadedFeed> {
  const { response, refreshError } = await requestFeed(url, options);
  const { feed, issues } = validateResponse(response);
  return { feed, issues, url, receivedAt: response.receivedAt, refreshError };
}

const validatedDocuments = new WeakMap<object, ValidatedFeed | FeedError>();

/** Validates a feed given as an object or as JSON text (the `.data` property or an inline script). */
export function loadInlineFeed(data: unknown): LoadedFeed {
  if (typeof data === 'object' && data !== null) {
    let result = validatedDocuments.get(data);
    if (!result) {
      try {
        result = validateFeed(data);
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
        result = error;
      }
      validatedDocuments.set(data, result);
    }
    if (result instanceof FeedError) throw result;
    return { ...result };
  }
  return { ...validateFeed(data) };
}
