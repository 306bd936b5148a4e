/** The sample feeds in samples/feeds/, one per programme in the seeds (stories, tests, demo pages). */
export const SAMPLE_FEEDS = ['creative-nodes-fusion', 'creative-north', 'creative-talks', 'loket', 'rise-northern-hub'] as const;

export type SampleFeed = (typeof SAMPLE_FEEDS)[number];

/** The address of a sample feed, as Storybook, the test runner and the demo site all serve it. */
export function sampleFeedUrl(name: SampleFeed): string {
  return new URL(`/samples/feeds/${name}.json`, document.baseURI).href;
}
