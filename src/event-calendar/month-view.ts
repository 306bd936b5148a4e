/**
 * The month grid, loaded only by calendars that show it (`view="month"`): a WAI-ARIA grid of
 * the visible month with the events of each day, keyboard operable, and the selected day's
 * events under it; the month it opens on, and the calendar's width, which decides between the
 * grid and the list. It draws with the element's own helpers (reached as `host['name']`, which
 * TypeScript allows for private members and checks as usual).
 */
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { addDays, addMonths, daysInMonth, firstOfMonth, isIsoDay, weekdayOf, type IsoDay } from '../format/calendar-days.js';
import type { EventCalendar } from './event-calendar.js';
import type { CalendarEvent } from './event-model.js';
import { monthStrings } from './month-strings.js';

/** Events shown in one cell of the month grid before "+N more". */
const EVENTS_PER_CELL = 3;
/** Narrower than this (in rem), the calendar shows the list even when the grid was asked for. */
const NARROW_REM = 36;

export const styles = css`
  :host {
    --_cell-height: var(--cn-event-calendar-cell-height, 6.5rem) !important;
    --_today: var(--cn-event-calendar-today-color, var(--_accent)) !important;
  }
  [part~='month-nav'] {
    display: flex;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  [part~='grid'] {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  [part~='caption'] {
    caption-side: top;
    text-align: start;
    font-size: 1.25em;
    font-weight: 650;
    padding-bottom: 0.5rem;
    text-transform: capitalize;
  }
  th {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
    padding: 0.25rem;
  }
  abbr {
    text-decoration: none;
  }
  td {
    height: var(--_cell-height);
    padding: 0.25rem;
    vertical-align: top;
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  td[data-day] {
    cursor: pointer;
    background: var(--_surface);
  }
  td.outside {
    background: var(--_surface-alt);
  }
  td[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  td.today .day-number {
    display: inline-block;
    min-width: 1.75em;
    text-align: center;
    border-radius: 999px;
    background: var(--_today);
    color: var(--_accent-contrast);
  }
  .day-number {
    font-weight: 600;
  }
  td li {
    line-height: 1.3;
    margin-top: 0.125rem;
  }
  td [part~='event-status'] {
    font-size: 0.875em;
  }
  [part~='more-in-day'] {
    display: block;
    margin-top: 0.125rem;
    color: var(--_accent);
    font-weight: 600;
  }
  td:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  [part~='day-panel'] {
    margin-top: var(--_space);
  }
  [part~='day-panel'] > [role='heading'] {
    font-weight: 650;
    margin-bottom: 0.5rem;
  }
`;

/** Events on each day of a span, for the month grid (multi-day events on every day). */
export function eventsByDay(events: readonly CalendarEvent[], first: IsoDay, last: IsoDay): Map<IsoDay, CalendarEvent[]> {
  const days = new Map<IsoDay, CalendarEvent[]>();
  for (const item of events) {
    if (item.lastDay < first || item.firstDay > last) continue;
    let day = item.firstDay < first ? first : item.firstDay;
    const end = item.lastDay > last ? last : item.lastDay;
    while (day <= end) {
      let list = days.get(day);
      if (!list) days.set(day, (list = []));
      list.push(item);
      day = addDays(day, 1);
    }
  }
  return days;
}

const followed = new WeakSet<EventCalendar>();

/**
 * From the first render that asks for the grid: follows the calendar's width (the element's,
 * not the window's), so that a narrow one shows the list instead (the filter bar hides its view
 * switch by a container query of its own).
 */
export function followWidth(host: EventCalendar): void {
  if (followed.has(host)) return;
  followed.add(host);
  const isNarrow = (width: number) => width > 0 && width < NARROW_REM * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  // Measured at once, as the observer below measures (the content box: what the grid gets,
  // without padding, border or scrollbar), so that this render already draws the view that stays.
  const style = getComputedStyle(host);
  host['narrow'] = isNarrow(host.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0));
  const observer = new ResizeObserver(([entry]) => {
    const width = entry.contentRect.width;
    // Next frame: changing the layout inside the observer's callback would loop.
    requestAnimationFrame(() => (host['narrow'] = isNarrow(width)));
  });
  host.addController({ hostConnected: () => observer.observe(host), hostDisconnected: () => observer.disconnect() });
}

/** Before each render once the grid has arrived: the month it opens on (`month`, else today's), again when `month` (or, without it, `today`) changes. */
export function openGrid(host: EventCalendar, changed: PropertyValues<EventCalendar>): void {
  const grid = host['grid'];
  if (grid && !changed.has('month') && !(changed.has('today') && !host.month)) return;
  const today = host['currentDay']();
  const opening = /^\d{4}-\d{2}$/.test(host.month ?? '') && isIsoDay(`${host.month}-01`) ? `${host.month}-01` : firstOfMonth(today);
  host['grid'] = { ...grid, month: opening, focused: opening === firstOfMonth(today) ? today : opening };
}

export function renderMonth(host: EventCalendar, matching: CalendarEvent[]): TemplateResult {
  const words = host['localize'].pick(monthStrings);
  const formatDay = (day: IsoDay, options: Intl.DateTimeFormatOptions) => host['formatDay'](day, options);
  const { month: first, focused: focusedDay, selected: selectedDay } = host['grid']!;
  const length = daysInMonth(first);
  const last = addDays(first, length - 1);
  const byDay = eventsByDay(matching, first, last);
  const lead = weekdayOf(first);
  const today = host['currentDay']();
  const focused = focusedDay && focusedDay >= first && focusedDay <= last ? focusedDay : first;
  const monday = addDays(first, -lead);
  const weeks = Math.ceil((lead + length) / 7);
  const inMonth = new Set<CalendarEvent>();
  byDay.forEach((items) => items.forEach((item) => inMonth.add(item)));
  host['listed'] = [...inMonth];
  const selected = selectedDay && selectedDay >= first && selectedDay <= last ? selectedDay : undefined;
  const dayCell = (day: IsoDay) => {
    if (day < first || day > last) return html`<td role="gridcell" class="outside"></td>`;
    const items = byDay.get(day) ?? [];
    const full = items.length > EVENTS_PER_CELL;
    const visible = full ? items.slice(0, EVENTS_PER_CELL - 1) : items;
    return html`<td role="gridcell" part="day" class=${day === today ? 'today' : ''} data-day=${day} tabindex=${day === focused ? '0' : '-1'} aria-selected=${day === selected ? 'true' : 'false'} aria-current=${day === today ? 'date' : nothing}><span class="day-number" aria-hidden="true">${Number(day.slice(8))}</span><span class="visually-hidden">${formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' })}, ${words.dayCount(items.length)}</span>${visible.length
        ? html`<ul>${visible.map((item) => html`<li class="status-${item.event.status}">${host['statusMark'](item)}${host['feedText'](item.event.title, item.language)}</li>`)}</ul>`
        : nothing}${full ? html`<span part="more-in-day">${words.moreInDay(items.length - visible.length)}</span>` : nothing}</td>`;
  };
  // Templates without whitespace between tags: no text nodes to make for it.
  return html`<div part="month"><div part="month-nav"><button type="button" aria-label=${words.previousMonth} @click=${() => showMonth(host, -1)}><span aria-hidden="true">‹</span></button><button type="button" @click=${() => focusMonthOf(host, host['currentDay']())}>${words.today}</button><button type="button" aria-label=${words.nextMonth} @click=${() => showMonth(host, 1)}><span aria-hidden="true">›</span></button></div><table part="grid" role="grid" @keydown=${(event: KeyboardEvent) => onGridKey(host, event)} @click=${(event: Event) => onGridClick(host, event)}><caption part="caption">${formatDay(first, { month: 'long', year: 'numeric' })}</caption><thead><tr>${Array.from({ length: 7 }, (_, index) => {
    const day = addDays(monday, index);
    return html`<th scope="col"><abbr title=${formatDay(day, { weekday: 'long' })}>${formatDay(day, { weekday: 'short' })}</abbr></th>`;
  })}</tr></thead><tbody>${Array.from({ length: weeks }, (_, week) => html`<tr>${Array.from({ length: 7 }, (_, index) => dayCell(addDays(monday, week * 7 + index)))}</tr>`)}</tbody></table>${selected
    ? renderDayPanel(host, selected, byDay.get(selected) ?? [])
    : nothing}</div>`;
}

/** The status line under the grid, read after renderMonth (which sets `listed` to the month's events). */
export function monthStatus(host: EventCalendar): string {
  return host['localize'].pick(monthStrings).monthStatus(host['formatDay'](host['grid']!.month, { month: 'long', year: 'numeric' }), host['listed'].length);
}

function renderDayPanel(host: EventCalendar, day: IsoDay, items: CalendarEvent[]): TemplateResult {
  const words = host['localize'].pick(monthStrings);
  const level = host['level']();
  return html`<section part="day-panel" aria-labelledby="day-panel-heading"><div id="day-panel-heading" role="heading" aria-level=${level}>${words.dayEvents(
    host['formatDay'](day, { weekday: 'long', day: 'numeric', month: 'long' }),
  )}</div>${items.length
    ? html`<ul class="events">${items.map((item) => html`<li>${host['renderEvent'](item, level + 1, item.firstDay !== item.lastDay)}</li>`)}</ul>`
    : html`<p>${words.noEventsOnDay}</p>`}</section>`;
}

function showMonth(host: EventCalendar, months: number): void {
  const grid = host['grid']!;
  host['grid'] = { ...grid, month: firstOfMonth(addMonths(grid.month, months)), focused: addMonths(grid.focused, months) };
}

/** Shows the month of `day`, with `day` holding the grid's tab stop. */
function focusMonthOf(host: EventCalendar, day: IsoDay): void {
  host['grid'] = { ...host['grid'], month: firstOfMonth(day), focused: day };
}

function onGridClick(host: EventCalendar, event: Event): void {
  const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
  if (cell) selectDay(host, cell.dataset.day!);
}

/** The WAI-ARIA grid pattern: arrows by day and week, Home/End in the week, PageUp/PageDown by month (with Shift, by year). */
function onGridKey(host: EventCalendar, event: KeyboardEvent): void {
  const from = (event.target as Element).closest<HTMLElement>('td[data-day]')?.dataset.day;
  if (!from) return;
  let to: IsoDay | undefined;
  switch (event.key) {
    case 'ArrowLeft':
      to = addDays(from, -1);
      break;
    case 'ArrowRight':
      to = addDays(from, 1);
      break;
    case 'ArrowUp':
      to = addDays(from, -7);
      break;
    case 'ArrowDown':
      to = addDays(from, 7);
      break;
    case 'Home':
      to = event.ctrlKey ? firstOfMonth(from) : addDays(from, -weekdayOf(from));
      break;
    case 'End':
      to = event.ctrlKey ? addDays(firstOfMonth(from), daysInMonth(from) - 1) : addDays(from, 6 - weekdayOf(from));
      break;
    case 'PageUp':
      to = addMonths(from, event.shiftKey ? -12 : -1);
      break;
    case 'PageDown':
      to = addMonths(from, event.shiftKey ? 12 : 1);
      break;
    case 'Enter':
    case ' ':
      event.preventDefault();
      selectDay(host, from);
      return;
    default:
      return;
  }
  event.preventDefault();
  focusDay(host, to);
}

async function focusDay(host: EventCalendar, day: IsoDay): Promise<void> {
  focusMonthOf(host, day);
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`)?.focus();
}

function selectDay(host: EventCalendar, day: IsoDay): void {
  const grid = host['grid']!;
  host['grid'] = { ...grid, selected: grid.selected === day ? undefined : day, focused: day };
}
