import { html, svg } from 'lit';

/*
 * One shape per status, so that status is told by shape and words as well as colour
 * (WCAG 1.4.1). Decorative: the words beside them carry the meaning.
 *
 * Each shape is drawn once per widget, as a <symbol> (ids are the statuses; the shadow root
 * keeps them apart from the page's), and every status points at its own with
 * `<svg part="status-icon"><use href="#on-track">`: two nodes per icon instead of the drawing.
 * The symbols draw in the icon's own 16 × 16 view box (so an icon a page sizes up scales);
 * strokes default to `currentColor`, 2 wide, round (`.icon` in the styles), and shapes set
 * only what differs.
 */
const disc = svg`<circle cx="8" cy="8" r="7.5" fill="currentColor" stroke="none"/>`;
const ring = svg`<circle cx="8" cy="8" r="6.5"/>`;
const dashedRing = svg`<circle cx="8" cy="8" r="6.5" stroke-width="1.5" stroke-dasharray="2.5 2" stroke-linecap="butt"/>`;
const clock = svg`${dashedRing}<path d="M8 4.5V8l2.5 1.5" stroke-width="1.5"/>`;

/** The symbols, hidden; rendered once, after the widget's surface. */
export const iconSymbols = html`<svg class="symbols" aria-hidden="true">
  <symbol id="reached">${disc}<path d="M4.5 8.3l2.3 2.3 4.7-4.9" stroke="var(--_surface)" stroke-width="1.8"/></symbol>
  <symbol id="on-track"><path d="M2 8h10M8.5 4l4 4-4 4"/></symbol>
  <symbol id="behind"><path d="M8 1.5l7 12.5H1z" fill="currentColor" stroke="none"/><path d="M8 6v4M8 12h0" stroke="var(--_surface)" stroke-width="1.8"/></symbol>
  <symbol id="ended-short">${disc}<path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="var(--_surface)" stroke-width="1.8"/></symbol>
  <symbol id="not-started">${ring}</symbol>
  <symbol id="running">${ring}<path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" stroke="none"/></symbol>
  <symbol id="ended">${disc}</symbol>
  <symbol id="no-actual">${dashedRing}<path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.6.3-.8.7-.8 1.3M8 11.6h0" stroke-width="1.5"/></symbol>
  <symbol id="no-deadline">${clock}</symbol>
  <symbol id="no-start">${clock}</symbol>
  <symbol id="no-target">${dashedRing}<path d="M5 8h6" stroke-width="1.8"/></symbol>
</svg>`;
