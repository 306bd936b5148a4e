/**
 * The compact embed's link to the full calendar (`limit` with `more-href`), loaded while the
 * feed loads by calendars with `limit`: a full calendar never needs it.
 */
import { css, html, nothing } from 'lit';
import type { EventCalendar } from './event-calendar.js';
import { safePageHref } from './page-href.js';
import { compactStrings } from './compact-strings.js';

export const styles = css`
  .more {
    margin-top: calc(var(--_space) * 0.75);
  }
`;

export function renderMoreLink(host: EventCalendar): unknown {
  const href = safePageHref(host.moreHref);
  if (host.moreHref && !href) console.warn(`<${host.localName}> more-href="${host.moreHref}" is not an http(s) or relative address; no link is shown.`);
  return href ? html`<p class="more"><a part="more-link" href=${href}>${host['localize'].pick(compactStrings).fullCalendar}</a></p>` : nothing;
}
