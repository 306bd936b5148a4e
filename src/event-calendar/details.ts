/**
 * An event's details, loaded when a visitor first opens one (or `open-event` asks for it):
 * the description with its links, place with a map link, online and registration links,
 * organiser, programme and phase, "add to calendar" (.ics: the iCalendar writer is here, and
 * serves the element's `icalendarOf` too) and Google Calendar. It draws with the element's own
 * helpers (reached as `host['name']`, which TypeScript allows for private members and checks as
 * usual).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { LIBRARY_VERSION } from '../base/define.js';
import type { LocalizedText } from '../feed/schema.js';
import { isDateOnly } from '../format/calendar-days.js';
import { eventUid, googleCalendarUrl, toICalendar, type ICalEvent } from '../format/icalendar.js';
import type { EventCalendar } from './event-calendar.js';
import type { CalendarEvent } from './event-model.js';
import { linkify, mapUrl } from './links.js';
import { eventCalendarStrings } from './strings.js';
import { detailsStrings } from './details-strings.js';

export const styles = css`
  [part~='details']:not([hidden]) {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .description {
    white-space: pre-line;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  [part~='add-to-calendar'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
`;

export function renderDetails(host: EventCalendar, item: CalendarEvent): TemplateResult {
  const strings = host['localize'].pick(eventCalendarStrings);
  const words = host['localize'].pick(detailsStrings);
  const { event, language } = item;
  const title = host['plainText'](event.title, language);
  const description = host['plainText'](event.description, language);
  const place = host['placeText'](item);
  const deadline = event.registrationDeadline;
  const text = (value: LocalizedText | undefined, feedLanguage: string) => host['feedText'](value, feedLanguage);
  const fact = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  // Templates without whitespace between tags: no text nodes to make for it.
  return html`${description
      ? html`<p class="description" lang=${host['localize'].text(event.description!, language).lang}>${linkify(description).map((piece) =>
          'href' in piece ? html`<a href=${piece.href} rel="noopener">${piece.text}</a>` : piece.text,
        )}</p>`
      : nothing}<dl>${place
      ? fact(words.place, html`${place} <a href=${mapUrl(place)} aria-label=${words.showOnMapOf(place)} rel="noopener">${words.showOnMap}</a>`)
      : nothing}${event.onlineUrl ? fact(strings.online, html`<a href=${event.onlineUrl} rel="noopener">${words.joinOnline}</a>`) : nothing}${event.registrationUrl || deadline
      ? fact(
          words.registration,
          html`${event.registrationUrl ? html`<a href=${event.registrationUrl} rel="noopener">${words.register}</a>` : nothing} ${deadline ? words.registerBy(formatMoment(host, deadline)) : nothing}`,
        )
      : nothing}${event.organiser ? fact(words.organiser, text(event.organiser, language)) : nothing}${item.programmes.length
      ? fact(words.programme, item.programmes.map((name, index) => html`${index ? ', ' : ''}${text(name, language)}`))
      : nothing}${item.phaseName ? fact(words.phase, text(item.phaseName, language)) : nothing}</dl><p class="actions">${event.url
      ? html`<a href=${event.url} rel="noopener">${words.moreInfo}</a> `
      : nothing}<button type="button" part="add-to-calendar" aria-label=${words.addToCalendarOf(title)} @click=${() => download(host, item)}>${words.addToCalendar}</button> <a part="google-calendar" href=${googleCalendarUrl(icalEvent(host, item))} target="_blank" rel="noopener noreferrer" aria-label=${words.googleCalendarOf(title)}>${words.googleCalendar}</a></p>`;
}

/** The event as an iCalendar (RFC 5545) file, in the page's language. */
export function icalendarOf(host: EventCalendar, item: CalendarEvent, stamp: Date | number = Date.now()): string {
  return toICalendar([icalEvent(host, item)], { prodId: `-//Creative Nodes//Widgets ${LIBRARY_VERSION}//EN`, stamp });
}

/** The event as calendar files and links need it, in the page's language. */
function icalEvent(host: EventCalendar, item: CalendarEvent): ICalEvent {
  const { event, language } = item;
  const location = host['placeText'](item) || (event.onlineUrl ?? '');
  const description = [host['plainText'](event.description ?? event.summary, language), event.onlineUrl ? `${host['localize'].pick(detailsStrings).joinOnline}: ${event.onlineUrl}` : '']
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: eventUid(event.id, item.programmeId),
    summary: host['plainText'](event.title, language),
    description,
    location,
    url: event.url ?? event.onlineUrl,
    start: event.start,
    end: event.end,
    status: event.status,
    categories: event.categories,
  };
}

/** A feed time (a date or a moment) in words. */
function formatMoment(host: EventCalendar, value: string): string {
  return isDateOnly(value)
    ? host['formatDay'](value, { day: 'numeric', month: 'long', year: 'numeric' })
    : host['localize'].dateFormat({ day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }, host['zone']()).format(Date.parse(value));
}

/** A file name people recognise: "creative-talks-2016-03.ics". */
function icsFileName(id: string): string {
  return `${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'event'}.ics`;
}

function download(host: EventCalendar, item: CalendarEvent): void {
  const url = URL.createObjectURL(new Blob([icalendarOf(host, item)], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(item.event.id);
  link.hidden = true;
  host.renderRoot.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
