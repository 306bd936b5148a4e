/**
 * Several feeds shown as one (`src="a.json b.json"`): list sections joined with each id once
 * (the first feed to list it wins), object sections from the first feed that has them.
 * Widgets that need to know which feed an item came from read `state.sources`.
 */
import { listSections, objectSections, type ProgrammeFeed } from '../feed/schema.js';
import type { LoadedFeed } from './load-feed.js';

/** Splits a `src` value into absolute addresses, each once, in order. */
export function feedUrls(src: string): string[] {
  return [...new Set(src.split(/\s+/).filter(Boolean).map((url) => new URL(url, document.baseURI).href))];
}

export function mergeFeeds(sources: readonly LoadedFeed[]): LoadedFeed {
  const [first] = sources;
  const feed: Record<string, unknown> = { ...first.feed };
  for (const section of Object.keys(listSections) as (keyof typeof listSections)[]) {
    if (!sources.some((source) => source.feed[section])) continue;
    const seen = new Set<string>();
    feed[section] = sources
      .flatMap((source) => (source.feed[section] ?? []) as { id: string }[])
      .filter((item) => !seen.has(item.id) && seen.add(item.id));
  }
  for (const section of Object.keys(objectSections) as (keyof typeof objectSections)[]) {
    feed[section] = sources.find((source) => source.feed[section])?.feed[section];
  }
  return {
    feed: feed as ProgrammeFeed,
    issues: sources.flatMap((source) => source.issues),
    url: first.url,
    receivedAt: Math.min(...sources.map((source) => source.receivedAt ?? Date.now())),
    refreshError: sources.find((source) => source.refreshError)?.refreshError,
  };
}
