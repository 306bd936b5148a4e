import { css } from 'lit';

/*
 * Status colours: each bar colour keeps 3:1 or better against its track, and each icon
 * against the surface, in light and dark (WCAG 1.4.11). Colour is never alone: every status
 * has its words and its icon shape, and the two that need attention also have a pattern
 * (stripes for "behind", cross-hatching for "ended short").
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
    --_icon-contrast: var(--_surface) !important;
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
  dd {
    margin: 0;
  }
  .label,
  dt,
  .bar-label {
    color: var(--_muted);
  }

  /* Bars */
  .track {
    position: relative;
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
    background-color: var(--_bar, var(--_neutral));
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
      inline-size: 0;
    }
  }
  /* Label and value above the track, so that every track in a list lines up. */
  .bar-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'label value' 'track track';
    align-items: baseline;
    gap: 0.125rem 0.75rem;
  }
  .bar-row .track {
    grid-area: track;
  }
  .bar-label {
    grid-area: label;
    font-size: 0.875em;
  }
  .bar-row [part~='value'] {
    grid-area: value;
    text-align: end;
  }
  [part~='value'] {
    font-size: 0.875em;
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
    --_bar: var(--_reached);
    --_status: var(--_reached);
  }
  .status-on-track {
    --_bar: var(--_on-track);
    --_status: var(--_on-track);
  }
  .status-behind {
    --_bar: var(--_behind);
    --_status: var(--_behind);
  }
  .status-ended-short {
    --_bar: var(--_ended-short);
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
  [part~='bar-funnel'] .fill {
    margin-inline: auto;
    background-color: var(--_on-track);
  }
  .status {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .status .icon {
    flex: none;
    margin-block-start: 0.15em;
    color: var(--_status, var(--_neutral));
  }
  .status-words {
    font-weight: 600;
  }
  .status-detail {
    color: var(--_muted);
    font-size: 0.875em;
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

  /* Stepper (full view) */
  [part~='stepper'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='phase'] {
    position: relative;
    display: grid;
    grid-template-columns: 2rem minmax(0, 1fr);
    gap: 0 0.75rem;
    padding-block-end: var(--_space);
  }
  [part~='phase'].single {
    grid-template-columns: minmax(0, 1fr);
  }
  [part~='phase'].single [part~='marker'] {
    display: none;
  }
  /* The line that joins the steps. */
  [part~='stepper'] > [part~='phase']:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2.25rem 0.25rem;
    inset-inline-start: calc(1rem - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  [part~='marker'] {
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
  .phase-body {
    min-inline-size: 0;
    padding: 0.125rem 0 0;
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
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  [part~='summary'] {
    margin-block-start: 0.25rem;
    font-size: 0.9375em;
  }
  [part~='figures'] {
    display: grid;
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

  /* Compact view: name | value over bar | status, in columns that line up. */
  [part~='compact'] {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='line'] {
    display: grid;
    grid-template-columns: minmax(6rem, 11rem) minmax(8rem, 1fr) minmax(8rem, 13rem);
    align-items: end;
    gap: 0.25rem 1rem;
  }
  .line-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    overflow-wrap: anywhere;
  }
  .line-bar {
    min-inline-size: 0;
  }
  [part~='line'] .bar-label {
    display: none;
  }
  [part~='line'] [part~='status'] {
    line-height: 1.2;
  }
  [part~='members'][part~='line'] {
    margin-block-start: 0.75rem;
  }
  [part~='line-current'] [part~='name'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  @container phase-meter (max-width: 32rem) {
    [part~='line'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  /* Funnel view */
  [part~='funnel'] {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='step'] {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) minmax(6rem, 1fr) auto;
    grid-template-areas: 'conversion conversion conversion' 'name track value';
    align-items: center;
    column-gap: 0.75rem;
  }
  [part~='step'] > [part~='conversion'] {
    grid-area: conversion;
    margin-block-end: 0.25rem;
  }
  [part~='step'] > [part~='name'] {
    grid-area: name;
  }
  [part~='step'] > .track {
    grid-area: track;
    block-size: calc(var(--_bar-height) * 2);
    border-radius: var(--_radius);
  }
  [part~='step'] > [part~='value'] {
    grid-area: value;
  }
  @container phase-meter (max-width: 32rem) {
    [part~='step'] {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'conversion conversion' 'name value' 'track track';
    }
  }
  [part~='conversion'] {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
