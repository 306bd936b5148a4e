import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { FeedElement } from '../base/feed-element.js';
import { feedContext } from '../data/feed-context.js';
import type { FeedOrigin } from '../data/feed-controller.js';
import type { FeedState } from '../data/feed-state.js';
import type { FeedSection } from '../feed/schema.js';

/**
 * @summary Loads one programme feed and shares it with every widget inside it that has no `src` of its own.
 *
 * The provider draws nothing itself (it lays out as if it were not there); each widget inside
 * shows its own loading, empty, error and partial states.
 *
 * @slot - The widgets that show this feed.
 */
export class Programme extends FeedElement {
  static override styles = [
    ...FeedElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  protected readonly sections: readonly FeedSection[] = [];

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: { status: 'loading' } });

  protected override feedChanged(state: FeedState, origin: FeedOrigin): void {
    super.feedChanged(state, origin);
    this.provider.setValue(state);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  protected renderFeed(): unknown {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-programme': Programme;
  }
}
