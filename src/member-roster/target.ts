/**
 * The progress toward the feed's member target (`show-target`), loaded only by rosters that
 * show it. It draws with the element's own helpers (reached as `host['name']`, which
 * TypeScript allows for protected members and checks as usual).
 */
import { css, html, nothing } from 'lit';
import { cssProperties } from '../base/css-properties.js';
import type { Target } from '../feed/schema.js';
import type { MemberRoster } from './member-roster.js';
import type { MemberRosterStrings } from './strings.js';
import { targetStrings } from './target-strings.js';

/** A date without a time is a calendar day: formatted in UTC so no time zone moves it. */
const DAY_TIME_ZONE = 'UTC';

export const styles = css`
  [part~='target'] {
    display: grid;
    gap: 0.375rem;
  }
  .target-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  [part~='target-label'],
  .reached {
    font-weight: 600;
  }
  [part~='deadline'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='meter'] {
    block-size: 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--cn-member-roster-meter-track, var(--_surface-alt));
    overflow: hidden;
  }
  [part~='meter-bar'] {
    block-size: 100%;
    background: var(--cn-member-roster-meter-color, var(--_accent));
  }
`;

/**
 * `count` members of `target`, as a meter with its value in words. The bar's width is set
 * through the CSSOM, never as a `style` attribute: a strict `style-src` blocks that (tested).
 */
export function renderTarget(host: MemberRoster, count: number, target: Target, { countOf }: MemberRosterStrings) {
  const localize = host['localize'];
  const strings = localize.pick(targetStrings);
  const reached = count >= target.value;
  const text = countOf(count, target.value);
  return html`<div part="target">
    <p class="target-head">
      <span part="target-label" id="target-label">${strings.targetLabel}</span>
      <span part="target-value">${reached ? html`<span class="reached">✓ ${strings.targetReached}:</span> ` : nothing}${text}</span>
    </p>
    <div
      part="meter"
      role="meter"
      aria-labelledby="target-label"
      aria-valuemin="0"
      aria-valuemax=${target.value}
      aria-valuenow=${Math.min(count, target.value)}
      aria-valuetext=${reached ? `${strings.targetReached}: ${text}` : text}
    >
      <div part="meter-bar" ${cssProperties({ 'inline-size': `${Math.min(100, Math.round((count / target.value) * 100))}%` })}></div>
    </div>
    ${target.deadline ? html`<p part="deadline">${strings.targetDeadline(localize.formatDate(Date.parse(target.deadline), { dateStyle: 'long' }, DAY_TIME_ZONE))}</p>` : nothing}
  </div>`;
}
