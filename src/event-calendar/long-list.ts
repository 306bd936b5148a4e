/**
 * What a list of more than a few events needs, loaded when a calendar first lists that many
 * (the first events are drawn meanwhile): the rest of its page drawn a task later, so that
 * drawing is never one long task; off-screen events that skip layout and paint; and the
 * "Show more" button that adds a page. It works on the element's own state (reached as
 * `host['name']`, which TypeScript allows for private members and checks as usual).
 */
import { css, html, type TemplateResult } from 'lit';
import { pause } from '../data/slices.js';
import type { EventCalendar } from './event-calendar.js';
import type { CalendarEvent } from './event-model.js';
import { longListStrings } from './long-list-strings.js';

export const styles = css`
  /* A long list: off-screen events skip style, layout and paint until scrolled to (the size is a typical height). */
  .many [part~='event'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 11rem;
  }
  [part~='show-more'] {
    margin-top: var(--_space);
    border-color: var(--_accent);
    color: var(--_accent);
  }
`;

/** Per calendar: how many events of which list are drawn, and whether the next render draws the rest of the page. */
const drawing = new WeakMap<EventCalendar, { list: CalendarEvent[]; count: number; rest: boolean }>();

/** How many of the `shown` events of `matching` to draw now: what is drawn stays drawn (the same list, a page more), a new list starts with `first` events and the rest of its page follows in the next task. */
export function drawCount(host: EventCalendar, matching: CalendarEvent[], shown: number, first: number): number {
  let drawn = drawing.get(host);
  if (!drawn) drawing.set(host, (drawn = { list: matching, count: 0, rest: false }));
  const state = drawn;
  let count = state.rest ? shown : Math.max(state.list === matching ? state.count : 0, first);
  state.rest = false;
  if (count < shown) host['pending'].add(pause().then(() => (state.rest = true)));
  else count = shown;
  state.list = matching;
  state.count = count;
  return count;
}

export function renderShowMore(host: EventCalendar, remaining: number): TemplateResult {
  return html`<button type="button" part="show-more" @click=${() => showMore(host)}>${host['localize'].pick(longListStrings).showMore(remaining)}</button>`;
}

async function showMore(host: EventCalendar): Promise<void> {
  const firstNew = host['shownCount'];
  host['shownCount'] += Math.max(1, host.pageSize || 50);
  await host.updateComplete;
  // Focus goes to the first new event, so keyboard users continue where the list grew.
  host.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] [part~="event"]')[firstNew]?.focus();
}
