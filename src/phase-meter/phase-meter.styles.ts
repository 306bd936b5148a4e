import { css } from 'lit';

/*
 * Status colours: each bar colour keeps 3:1 or better against its track, and each icon
 * against the surface, in light and dark (WCAG 1.4.11). Colour is never alone: every status
 * has its words and its icon shape, and the two that need attention also have a pattern
 * (stripes for "behind", cross-hatching for "ended short").
 *
 * Speed with many phases: in a long list each step is laid out and painted only when near the
 * viewport (content-visibility, with a remembered size), and the bars grow with a transform,
 * which needs no layout in each frame.
 */
export const phaseMeterStyles = css`
  :host {
    --_bar-height: var(--cn-phase-meter-bar-height, 0.75rem) !important;
    --_track: var(--cn-phase-meter-track-color, light-dark(#e3e7eb, #3a4149)) !important;
    --_reached: var(--cn-phase-meter-color-reached, light-dark(#2e6b30, #7fd88a)) !important;
    --_on-track: var(--cn-phase-meter-color-on-track, light-dark(#005a8c, #8ccaf0)) !important;
    --_behind: var(--cn-phase-meter-color-behind, light-dark(#8a4b08, #f2b25c)) !important;
    --_ended-short: var(--cn-phase-meter-color-ended-short, light-dark(#a4161a, #ff9b9b)) !important;
    --_neutral: var(--cn-phase-meter-color-neutral, light-dark(#5c6670, #aeb6be)) !important;
    --_current: var(--cn-phase-meter-color-current, var(--_accent)) !important;
    /* The loading placeholder keeps about the space of each view. */
    --cn-placeholder-height: var(--cn-phase-meter-placeholder-height, 30rem);
  }
  :host([view='compact']) {
    --cn-placeholder-height: var(--cn-phase-meter-placeholder-height, 8rem);
  }
  :host([view='funnel']) {
    --cn-placeholder-height: var(--cn-phase-meter-placeholder-height, 14rem);
  }
  :host([view='period']) {
    --cn-placeholder-height: var(--cn-phase-meter-placeholder-height, 6rem);
  }

  p,
  dl,
  dd,
  ol {
    margin: 0;
  }
  ol {
    padding: 0;
    list-style: none;
  }
  .label,
  dt,
  .bar-label,
  [part~='dates'],
  [part~='summary'],
  .status-detail {
    color: var(--_muted);
  }
  .bar-label,
  [part~='value'],
  .status-detail {
    font-size: 0.875em;
  }

  /* Bars */
  .track {
    min-inline-size: 6rem;
    block-size: var(--_bar-height);
    border-radius: calc(var(--_bar-height) / 2);
    background: var(--_track);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    inline-size: calc(var(--_share, 0) * 100%);
    border-radius: inherit;
    background-color: var(--_status, var(--_neutral));
    transform-origin: left;
  }
  .fill:dir(rtl) {
    transform-origin: right;
  }
  [part~='bar-empty'] {
    background: transparent;
    border: 1px dashed var(--_neutral);
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill {
      animation: cn-phase-meter-grow 0.8s ease-out both;
      transition: inline-size 0.4s ease-out;
    }
  }
  @keyframes cn-phase-meter-grow {
    from {
      transform: scaleX(0);
    }
  }
  /* Label and value above the track, so that every track in a list lines up. */
  .bar-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 0.125rem 0.75rem;
  }
  .bar-row .track {
    grid-column: 1 / -1;
  }
  .bar-row [part~='value'] {
    grid-area: 1 / 2;
    text-align: end;
  }
  [part~='value'] {
    font-variant-numeric: tabular-nums;
  }
  .bars {
    display: grid;
    gap: 0.375rem;
    margin-block: 0.5rem;
  }
  .bar-row.secondary .track {
    block-size: calc(var(--_bar-height) * 0.6);
  }

  /* Status: colour, icon shape, words — and a pattern on the bars that need attention. */
  .status-reached {
    --_status: var(--_reached);
  }
  .status-on-track {
    --_status: var(--_on-track);
  }
  .status-behind {
    --_status: var(--_behind);
  }
  .status-ended-short {
    --_status: var(--_ended-short);
  }
  .status-behind [part~='bar-target'] .fill {
    background-image: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--_surface) 55%, transparent) 4px 7px);
  }
  .status-ended-short [part~='bar-target'] .fill {
    background-image:
      repeating-linear-gradient(45deg, transparent 0 4px, color-mix(in srgb, var(--_surface) 55%, transparent) 4px 6px),
      repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--_surface) 55%, transparent) 4px 6px);
  }
  /* Time is not a judgement: its bars stay neutral whatever the status. */
  [part~='bar-time'] .fill {
    background-color: var(--_neutral);
  }
  .status {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status .icon {
    margin-block-start: 0.15em;
    color: var(--_status, var(--_neutral));
  }
  .symbols {
    display: none;
  }
  .status-words {
    font-weight: 600;
  }

  [part~='base'] {
    container: phase-meter / inline-size;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Programme period */
  [part~='period'] {
    display: grid;
    gap: 0.375rem;
  }
  [part~='period']:not(:last-child) {
    margin-block-end: var(--_space);
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }

  /* Stepper (full view): the marker hangs in the step's start padding. */
  [part~='phase'] {
    position: relative;
    padding-block: 0.125rem var(--_space);
    padding-inline-start: 2.75rem;
  }
  .long > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3rem;
  }
  [part~='stepper'].long > li {
    contain-intrinsic-block-size: auto 15rem;
  }
  .single {
    padding-inline-start: 0;
  }
  /* The line that joins the steps. */
  [part~='stepper'] > li:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2.25rem 0.25rem;
    inset-inline-start: calc(1rem - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  [part~='marker'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--_neutral);
    border-radius: 50%;
    background: var(--_surface);
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  [part~='phase-current'] > [part~='marker'] {
    border-width: 3px;
    border-color: var(--_current);
    background: var(--_current);
    color: var(--_accent-contrast);
  }
  .phase-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  [part~='name'] {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .phase-head [part~='name'],
  [part~='members'] > [part~='name'] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part~='now'] {
    padding: 0 0.5rem;
    border: 1px solid var(--_current);
    border-radius: 999px;
    color: var(--_current);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  [part~='dates'],
  [part~='summary'] {
    overflow-wrap: anywhere;
  }
  [part~='summary'] {
    margin-block-start: 0.25rem;
    font-size: 0.9375em;
  }
  [part~='figures'] {
    margin-block-start: 0.375rem;
  }
  [part~='figures'] > div {
    display: flex;
    gap: 0.375rem;
  }
  /* A rule between the stepper and the member target, none when it stands alone. */
  [part~='stepper'] + [part~='members'] {
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
`;
