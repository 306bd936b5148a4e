/**
 * What the fixed stack and the feed contract weigh before any code of ours (`npm run size`
 * reports it as "floor"): one Lit element that provides and consumes a context, and one lenient
 * parse of an event against the feed's own zod/mini schema. The core budget is checked against
 * it: a core budget below this floor can only be met by leaving the stack or the contract.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { css, html, LitElement } from 'lit';
import * as z from 'zod/mini';
import { listSections, objectSections, programmeFeed } from '../src/feed/schema.js';

const feedContext = createContext<unknown>('floor');

class FloorElement extends LitElement {
  static override properties = { src: {} };
  static override styles = css`
    :host {
      display: block;
    }
  `;
  declare src: string;
  provider = new ContextProvider(this, { context: feedContext });
  consumer = new ContextConsumer(this, { context: feedContext, subscribe: true });
  override render() {
    return html`<p>${this.src} ${z.safeParse(listSections.events, this.consumer.value).success}</p>`;
  }
}
customElements.define('floor-element', FloorElement);
// Every section's schema is used, as the validator uses them.
console.log(objectSections, z.omit(programmeFeed, { events: true }));
