/**
 * The funnel view, loaded only by meters that show it (`view="funnel"`): how many went on
 * from each phase to the next, actuals where reported, else targets. It draws with the
 * element's own helpers (reached as `host['name']`, which TypeScript allows for private
 * members and checks as usual).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../base/css-properties.js';
import { funnelSteps } from './funnel.js';
import { funnelStrings } from './funnel-strings.js';
import type { PhaseMeter } from './phase-meter.js';
import { barShare, type Context, type Row } from './phase-views.js';

export const styles = css`
  [part~='funnel'] {
    display: grid;
    gap: 0.5rem;
  }
  [part~='step'] {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) minmax(6rem, 1fr) auto;
    grid-template-areas: 'conversion conversion conversion' 'name track value';
    align-items: center;
    column-gap: 0.75rem;
  }
  [part~='conversion'] {
    grid-area: conversion;
    display: flex;
    align-items: center;
    gap: 0.375rem;
    margin-block-end: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
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
  [part~='bar-funnel'] .fill {
    margin-inline: auto;
    background-color: var(--_on-track);
    transform-origin: center;
  }
  @container phase-meter (max-width: 32rem) {
    [part~='step'] {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'conversion conversion' 'name value' 'track track';
    }
  }
`;

/** The funnel of the phases that have a number, or a message when none has. */
export function renderFunnel(host: PhaseMeter, rows: readonly Row[], { format }: Context): TemplateResult {
  const strings = host['localize'].pick(funnelStrings);
  const steps = funnelSteps(rows.map((row) => row.phase));
  if (steps.length === 0) return host['renderMessage'](strings.funnelEmpty);
  const first = steps[0];
  return host['panel'](
    host['list']('funnel', strings.funnelLabel, steps, (step, position) => {
      const { name, phase } = rows[step.index];
      const amount = `${format.quantity(step.value, phase.target?.unit)} (${step.source === 'actual' ? strings.fromActual : strings.fromTarget})`;
      const previous = position > 0 ? rows[steps[position - 1].index] : undefined;
      return html`<li part="step"
        >${previous && step.conversion !== undefined
          ? html`<p part="conversion"
              ><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M8 2v11M4 9l4 4 4-4"/></svg
              ><span .textContent=${strings.wentOn(format.percent(step.conversion), previous.name.text)}></span
            ></p>`
          : nothing}<span part="name" lang=${name.lang ?? nothing} .textContent=${name.text}></span
        >${step.shareOfFirst !== undefined
          ? html`<div
              part="bar bar-funnel"
              class="track"
              role="meter"
              aria-label=${name.text}
              aria-valuemin="0"
              aria-valuemax=${first.value}
              aria-valuenow=${Math.min(step.value, first.value)}
              aria-valuetext=${`${amount}, ${strings.ofFirstStep(format.percent(step.shareOfFirst))}`}
            ><div part="fill" class="fill" ${cssProperties({ '--_share': barShare(step.shareOfFirst) })}></div></div>`
          : nothing}<span part="value" .textContent=${amount}></span
      ></li>`;
    }),
  );
}
