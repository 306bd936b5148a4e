import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { PhaseStatus } from './phase-status.js';

/**
 * One shape per status, so that status is told by shape and words as well as colour
 * (WCAG 1.4.1). Decorative: the words beside them carry the meaning.
 */
const shapes: Record<PhaseStatus, SVGTemplateResult> = {
  // A tick in a disc.
  reached: svg`<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_icon-contrast)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An arrow going on.
  'on-track': svg`<path d="M2 8h10M8.5 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A warning triangle.
  behind: svg`<path d="M8 1.5l7 12.5H1z" fill="currentColor"/><path d="M8 6v4" stroke="var(--_icon-contrast)" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="12" r="1" fill="var(--_icon-contrast)"/>`,
  // A cross in a disc.
  'ended-short': svg`<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="var(--_icon-contrast)" stroke-width="1.8" stroke-linecap="round"/>`,
  // An empty ring: not begun.
  'not-started': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
  // A half-filled ring: under way.
  running: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor"/>`,
  // A full disc: done.
  ended: svg`<circle cx="8" cy="8" r="7.5" fill="currentColor"/>`,
  // A question mark: nothing to judge by.
  'no-actual': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/><path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.6.3-.8.7-.8 1.3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.6" r=".9" fill="currentColor"/>`,
  'no-deadline': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/><path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  'no-start': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/><path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  'no-target': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/><path d="M5 8h6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
};

export function statusIcon(status: PhaseStatus): TemplateResult {
  return html`<svg part="status-icon" class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${shapes[status]}</svg>`;
}

/** The funnel's "went on" arrow. */
export const downArrow = html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 2v11M4 9l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
