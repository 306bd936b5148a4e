import { css } from 'lit';

export const eventCalendarStyles = css`
  :host {
    --_cancelled: var(--cn-event-calendar-cancelled-color, var(--_danger)) !important;
    /* Amber that keeps 4.5:1 on the surface in both schemes. */
    --_postponed: var(--cn-event-calendar-postponed-color, light-dark(#8a4b08, #ffc266)) !important;
    /* One height for the placeholder and a typical calendar, so nothing moves when data arrives. */
    --cn-placeholder-height: var(--cn-event-calendar-min-height, 24rem);
  }
  /* A forced scheme may not match the page: the calendar brings its own background. */
  :host([theme]) {
    background: var(--_surface) !important;
  }
  :host([limit]) {
    --cn-placeholder-height: var(--cn-event-calendar-min-height, 12rem);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  /* Buttons and the filter bar's fields share one look (and one height, 2.75rem, a touch target). */
  button,
  select,
  input {
    color: inherit;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button {
    cursor: pointer;
  }
  select,
  input {
    font: inherit;
  }
  article:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  [part~='status']:not(.visually-hidden) {
    margin-top: calc(var(--_space) * 0.5);
    font-size: 0.875em;
    color: var(--_muted);
  }

  [part~='month-heading'] {
    margin: var(--_space) 0 0.25rem;
    font-size: 1.25em;
    font-weight: 650;
    text-transform: capitalize;
  }
  [part~='month-heading']:first-child {
    margin-top: 0;
  }
  .days > li + li {
    margin-top: calc(var(--_space) * 0.75);
  }
  [part~='day-heading'] {
    font-weight: 600;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.125rem;
    margin-bottom: 0.5rem;
  }
  .events {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  [part~='event'] {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  [part~='event-time'],
  [part~='event-place'],
  [part~='categories'] {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  [part~='event-title'] {
    font-weight: 650;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  [part~='event-status'] {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    vertical-align: 0.1em;
  }
  .status-cancelled [part~='event-status'] {
    color: var(--_cancelled);
  }
  .status-postponed [part~='event-status'] {
    color: var(--_postponed);
  }
  .summary {
    margin-top: 0.25rem;
  }
  [part~='categories'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin-top: 0.25rem;
  }
  [part~='categories'] li::before {
    content: '# ';
  }
  [part~='details-toggle'] {
    margin-top: 0.5rem;
  }
  [part~='details-toggle']::after {
    content: ' ▾';
  }
  [part~='details-toggle'][aria-expanded='true']::after {
    content: ' ▴';
  }
`;
