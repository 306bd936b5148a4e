/**
 * Story helpers: sample feed addresses, and `<story-feed-state>`, which hands the widgets
 * inside it any feed state (loading, a failed refresh …) through the same context a
 * `<cn-programme>` uses, so that every state can be shown without a server.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext } from '../../src/data/feed-context.js';
import type { FeedState } from '../../src/data/feed-state.js';
import { FeedError } from '../../src/feed/validate.js';

export { SAMPLE_FEEDS, sampleFeedUrl, type SampleFeed } from './samples.js';

export class StoryFeedState extends LitElement {
  @property({ attribute: false }) state: FeedState = { status: 'loading' };

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: this.state });

  protected override willUpdate(): void {
    this.provider.setValue(this.state);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('story-feed-state')) customElements.define('story-feed-state', StoryFeedState);

declare global {
  interface HTMLElementTagNameMap {
    'story-feed-state': StoryFeedState;
  }
}

/** A widget as it looks while its feed loads. */
export function whileLoading(widget: TemplateResult): TemplateResult {
  return html`<story-feed-state .state=${{ status: 'loading' }}>${widget}</story-feed-state>`;
}

/** A widget whose feed could not be fetched: the polite note visitors see. */
export function whenUnavailable(widget: TemplateResult): TemplateResult {
  return html`<story-feed-state .state=${{ status: 'error', error: new FeedError('http', 'the server answered 404 Not Found') }}>${widget}</story-feed-state>`;
}
