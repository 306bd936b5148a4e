/**
 * The compact list (`layout="list"`) and the logo wall (`layout="logos"`), loaded only by
 * rosters that show one of them: most pages show the default cards. The roster builds what
 * every layout shares (the logo box, sectors, city, joining date) and hands it over.
 */
import { css } from 'lit';
import type { Member } from '../feed/schema.js';
import { el } from './dom.js';

export const styles = css`
  /* ---- List: one compact row per member ---- */
  .layout-list {
    border-top: 1px solid var(--_border);
  }
  [part~='row'],
  [part~='row'] [part~='body'] {
    display: flex;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  [part~='row'] {
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  [part~='row'] [part~='logo-box'] {
    inline-size: 4.5rem;
  }
  [part~='row'] [part~='initials'] {
    font-size: 0.9375em;
  }
  [part~='row'] [part~='body'] {
    flex-wrap: wrap;
    align-items: baseline;
    min-width: 0;
  }
  [part~='row'] [part~='body'] > :not([part~='name']),
  [part~='tile'] [part~='name'] {
    font-size: 0.875em;
  }

  /* ---- Logo wall: the grid of the cards, with narrower tiles ---- */
  .layout-logos {
    --_min: var(--cn-member-roster-tile-min-width, 10rem);
  }
  [part~='tile'],
  [part~='tile'] > a {
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: center;
    gap: 0.375rem;
    text-align: center;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  [part~='tile'] > a {
    align-self: stretch;
  }
  [part~='tile'] [part~='logo-box'] {
    inline-size: 100%;
  }
  [part~='tile'] a [part~='name'] {
    text-decoration: underline;
  }

  /* Typical heights of a row and a tile, for members off screen in a long roster. */
  .many.layout-list > * {
    contain-intrinsic-size: auto 3.5rem;
  }
  .many.layout-logos > * {
    contain-intrinsic-size: auto 7rem;
  }
`;

/** A member as a row of the list: the logo box, then the name (linked when it has a website) and the details. */
export function row({ name, url }: Member, logoBox: HTMLElement, ...details: (Node | string | false | undefined)[]): HTMLElement {
  return el('li', { part: 'member row' }, logoBox, el('div', { part: 'body' }, el('span', { part: 'name' }, url ? el('a', { part: 'link', href: url }, name) : name), ...details));
}

/**
 * A member as a tile of the logo wall. A logo carries the name in its alt; initials alone do
 * not, so the name is written under them.
 */
export function tile({ name, url }: Member, logoBox: HTMLElement, hasLogo: boolean): HTMLElement {
  const nameLine = !hasLogo && el('span', { part: 'name' }, name);
  return el('li', { part: 'member tile' }, ...(url ? [el('a', { part: 'link', href: url }, logoBox, nameLine)] : [logoBox, nameLine]));
}
