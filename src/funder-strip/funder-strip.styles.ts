import { css } from 'lit';

/*
 * Rules from the EU visibility regulations are marked "EU:"; EU-VISIBILITY.md cites each.
 */
export const funderStripStyles = css`
  :host {
    --_logo-height: var(--cn-funder-strip-logo-height, 3rem) !important;
    --_logo-width: var(--cn-funder-strip-logo-width, 10rem) !important;
    --_logo-background: var(--cn-funder-strip-logo-background, #ffffff) !important;
    /* EU: the emblem is at least as high as the biggest other logo, whatever the theme says. */
    --_emblem-height: max(var(--_logo-height), var(--cn-funder-strip-emblem-height, var(--_logo-height))) !important;
    /* EU: a plain typeface from the regulations' list, set explicitly (never a decorative host font). */
    --_eu-font: var(
      --cn-funder-strip-eu-font-family,
      Arial,
      'Liberation Sans',
      Helvetica,
      Verdana,
      Tahoma,
      'Trebuchet MS',
      Calibri,
      Ubuntu,
      sans-serif
    ) !important;
    /* EU: reflex blue on light, white on dark. */
    --_eu-color: var(--cn-funder-strip-eu-color, light-dark(#003399, #ffffff)) !important;
    /* EU: on a dark background the emblem gets a white border of 1/25 of its height. */
    --_emblem-border: light-dark(transparent, #ffffff) !important;
    --_gap: var(--cn-funder-strip-gap, var(--_space)) !important;
    --_cell-min-width: var(--cn-funder-strip-cell-min-width, 12rem) !important;
    --_badge-padding: 0.5rem !important;
    /* One row of badges: the loading placeholder keeps that space, so nothing shifts. */
    --cn-placeholder-height: var(
      --cn-funder-strip-min-height,
      calc(var(--_emblem-height) * 27 / 25 + 2 * var(--_badge-padding) + 2px)
    );
  }

  /*
   * A forced theme may differ from the page's colours: then the strip paints its own surface,
   * so its text keeps its contrast (WCAG 1.4.3). Otherwise it sits on the page's background.
   */
  :host([theme]) [part~='base'] {
    padding: var(--_badge-padding);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part~='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: flex-start;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='list'] > li {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    max-width: 100%;
  }
  /*
   * A long strip (more than the first batch): funders out of view skip layout and paint at an
   * estimated size until they come near (then their own size is kept). Only where painting may
   * reach past the item (overflow-clip-margin): a focus ring must never be clipped.
   */
  @supports (overflow-clip-margin: 1px) {
    .many [part~='list'] > li {
      content-visibility: auto;
      contain-intrinsic-size: auto 11rem auto 6rem;
      overflow-clip-margin: 0.5rem;
    }
  }
  :host([layout='grid']) [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_cell-min-width)), 1fr));
    align-items: stretch;
  }
  /* EU: in the grid the EU block takes a whole row, first: clearly visible, prominent. */
  :host([layout='grid']) .eu-item {
    grid-column: 1 / -1;
  }

  [part~='link'] {
    display: inline-flex;
    max-width: 100%;
    border-radius: var(--_radius);
  }
  [part~='list'] > li > [part~='link'] {
    display: flex;
  }
  [part~='badge'] {
    display: flex;
    flex: 1;
    align-items: center;
    justify-content: center;
    min-height: calc(var(--_logo-height) + 2 * var(--_badge-padding) + 2px);
    max-width: 100%;
    padding: var(--_badge-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .logo-badge {
    background: var(--_logo-background);
  }
  /*
   * A fixed box for every logo, fitted without cropping: the space is known before the image
   * arrives, so nothing moves when it does (and a broken logo becomes a badge of the same height).
   */
  [part~='logo'] {
    display: block;
    width: var(--_logo-width);
    max-width: 100%;
    height: var(--_logo-height);
    object-fit: contain;
  }
  .text-badge {
    min-width: min(var(--_logo-width), 100%);
    max-width: max(var(--_logo-width), 16rem);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
  }
  [part~='name'] {
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  a[part~='link'] .text-badge {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part~='list'] > li > [part~='link']:hover [part~='badge'] {
    border-color: var(--_accent);
  }

  /* The EU block: emblem, then the statement beside it (never over it), then the funds. */
  .eu-item {
    flex: 1 1 auto;
  }
  .eu-block {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: min(calc(var(--_emblem-height) / 4), 1.5rem);
    padding: var(--_badge-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /*
   * EU: never cropped, stretched or recoloured: the SVG keeps its own 3:2 box and colours,
   * and only the white border (the padding's background) changes with the background.
   */
  [part~='emblem'] {
    display: block;
    flex: none;
    box-sizing: content-box;
    height: var(--_emblem-height);
    width: calc(var(--_emblem-height) * 3 / 2);
    padding: calc(var(--_emblem-height) / 25);
    background: var(--_emblem-border);
    overflow: visible;
    filter: none;
  }
  .eu-text {
    flex: 1 1 12rem;
    min-width: 0;
    /* EU: plain typeface, no italics, no underline, no font effects; size in proportion to the emblem. */
    font-family: var(--_eu-font);
    font-style: normal;
    font-size: clamp(0.875rem, calc(var(--_emblem-height) * 0.3), 1.25rem);
    line-height: 1.3;
    text-shadow: none;
    color: var(--_eu-color);
  }
  /* Regular weight: the rules ask for a plain typeface, so no bold either (the size sets it apart). */
  [part~='eu-statement'] {
    margin: 0;
    font-weight: 400;
    text-decoration: none;
  }
  [part~='funds'] {
    margin: 0;
    font-size: 0.875em;
    padding: 0;
    list-style: none;
  }
  .fund-name {
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  /* The funder's link keeps the statement's colour; its underline tells it apart (WCAG 1.4.1). */
  .eu-text [part~='link'] {
    display: inline;
    color: inherit;
  }

  [part~='amounts'] {
    font-size: 0.875em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .eu-text [part~='amounts'] {
    font-size: 1em;
    color: inherit;
  }
  .eu-text [part~='amounts']::before {
    content: ' · ';
  }
  [part~='total'] {
    margin: calc(var(--_space) * 0.75) 0 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part~='group'] + [part~='group'] {
    margin-top: var(--_space);
  }
  [part~='heading'] {
    margin: 0 0 0.5rem;
    font-size: 1em;
    font-weight: 650;
    line-height: 1.3;
  }

  /*
   * Footer: one colour on a dark band. Logos are turned into that colour by a CSS filter;
   * the EU emblem never is (EU: only the colour emblem with a white border, or the official
   * monochrome versions, are allowed).
   */
  :host([layout='footer']) {
    color-scheme: dark !important;
    --_footer-color: var(--cn-funder-strip-footer-color, #ffffff) !important;
    --_text: var(--_footer-color) !important;
    --_muted: var(--_footer-color) !important;
    --_accent: var(--_footer-color) !important;
    --_focus: var(--_footer-color) !important;
    --_border: color-mix(in srgb, var(--_footer-color) 45%, transparent) !important;
    --_eu-color: var(--cn-funder-strip-eu-color, #ffffff) !important;
    --_emblem-border: #ffffff !important;
  }
  :host([layout='footer']) [part~='base'] {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--cn-funder-strip-footer-background, #10202b);
    color: var(--_footer-color);
  }
  :host([layout='footer']) [part~='badge'],
  :host([layout='footer']) .eu-block {
    background: transparent;
  }
  :host([layout='footer']) [part~='logo'] {
    filter: var(--cn-funder-strip-footer-logo-filter, brightness(0) invert(1));
  }
`;
