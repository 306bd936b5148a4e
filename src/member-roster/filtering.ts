/**
 * What a filtered or re-sorted roster needs, loaded when the visitor first turns to the
 * controls (or a page presets a filter or the date order): narrowing the members, the order
 * by joining date, the "clear filters" button, the message when nothing matches, and the look
 * of a pressed chip. It draws with the element's own helpers (reached as `host['name']`, which
 * TypeScript allows for private members and checks as usual).
 */
import { css, html, nothing } from 'lit';
import { filteringStrings } from './filtering-strings.js';
import type { MemberRoster } from './member-roster.js';
import type { RosterEntry } from './roster-view.js';

export const styles = css`
  [part~='no-matches'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
`;

/** The entries whose name holds `query`, in any of `sectors` and in `city` (each when given), in the given order. */
export function narrow(entries: readonly RosterEntry[], query: string, sectors: ReadonlySet<string>, city: string): readonly RosterEntry[] {
  return entries.filter(
    (entry) =>
      (!query || entry.searchName.includes(query)) &&
      (sectors.size === 0 || entry.sectors.some((code) => sectors.has(code))) &&
      (!city || entry.cityKey === city),
  );
}

/** Newest members first (ISO dates compare as text); those without a date last, in the given order. */
export function newestFirst(entries: readonly RosterEntry[]): readonly RosterEntry[] {
  return [...entries].sort((a, b) => {
    const left = a.member.joined ?? '';
    const right = b.member.joined ?? '';
    return left === right ? 0 : left < right ? 1 : -1;
  });
}

/** Lit calls it with the roster as `this`. The button pressed disappears: focus goes where the visitor can go on. */
async function onClear(this: MemberRoster): Promise<void> {
  this.clearFilters();
  this['announceWhenSettled']();
  await this.updateComplete;
  this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
}

export function renderClear(host: MemberRoster) {
  return html`<button type="button" part="clear" @click=${onClear}>${host['localize'].pick(filteringStrings).clearFilters}</button>`;
}

export function renderNoMatches(host: MemberRoster) {
  return html`<div part="message no-matches">
    <p>${host['localize'].pick(filteringStrings).noMatches}</p>
    ${host.hideFilters ? nothing : renderClear(host)}
  </div>`;
}
