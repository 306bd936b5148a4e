/**
 * The compact view, loaded only by meters that show it (`view="compact"`): one line per
 * phase (name, bar, status), and the member target as one more line. It draws with the
 * element's own helpers (reached as `host['name']`, as the funnel view does).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PhaseMeter } from './phase-meter.js';
import { isMeasurable, status, targetBar, timeBar, type Context, type Row } from './phase-views.js';

export const styles = css`
  /* Name | value over bar | status, in columns that line up. */
  [part~='compact'] {
    display: grid;
    gap: 0.75rem;
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
`;

/** One line: name, bar, value, status (its `<li>` or `<div>` is the caller's). */
function lineContent(row: Row, c: Context): TemplateResult {
  return html`<span class="line-name"
      ><span part="name" lang=${row.name.lang ?? nothing} .textContent=${row.name.text}></span
      >${row.current ? html` <span part="now" .textContent=${c.strings.now}></span>` : nothing}</span
    ><div class="line-bar">${isMeasurable(row.phase.target) ? targetBar(row, c) : timeBar(row, c, false)}</div
    >${status(row.progress, c, false)}`;
}

/** One line outside a list: a phase shown alone, or the member target. */
function line(row: Row, c: Context, members: boolean): TemplateResult {
  return html`<div part=${members ? 'line members' : 'line'} class="status-${row.progress.status}">${lineContent(row, c)}</div>`;
}

/** One phase on one line (`phase="…"`). */
export function renderCompactPhase(host: PhaseMeter, row: Row, c: Context): TemplateResult {
  return host['panel'](line(row, c, false));
}

/** Every phase as a line in an ordered list, then the member target when the feed has one. */
export function renderCompact(host: PhaseMeter, rows: readonly Row[], members: Row | undefined, c: Context): TemplateResult {
  return host['panel'](html`${rows.length > 0
    ? host['list']('compact', c.strings.phasesLabel, rows, (row) => html`<li part=${row.current ? 'line line-current' : 'line'} class="status-${row.progress.status}" aria-current=${row.current ? 'step' : nothing}>${lineContent(row, c)}</li>`)
    : nothing}${members ? line(members, c, true) : nothing}`);
}
