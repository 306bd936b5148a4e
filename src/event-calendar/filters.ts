/**
 * The filter bar (search, upcoming/past, attendance, view switch, category and phase chips)
 * and the choice of events by the categories, phases, attendance and search words chosen
 * there or by the page's attributes. It comes with the calendar, which shows the bar by
 * default, and keeps its own module and styles so the element class stays readable. It draws
 * with the element's own helpers (reached as `host['name']`, which TypeScript allows for
 * private members and checks as usual).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadedFeed } from '../data/load-feed.js';
import type { EventCalendar } from './event-calendar.js';
import type { Attendance, CalendarEvent } from './event-model.js';
import { eventsMatching, facetsOf } from './event-search.js';
import { filterStrings } from './filter-strings.js';
import { eventCalendarStrings } from './strings.js';

export const styles = css`
  [part~='filters'] {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: var(--_space);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .field input,
  .field select {
    font-size: 1rem;
    color: var(--_text);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  .chips-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='chip'] {
    border-radius: 999px;
  }
  [part~='chip'][aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* Pressed is told by a tick too, not by colour alone. */
  [part~='chip'][aria-pressed='true']::before {
    content: '✓ ';
  }
  /* A narrow calendar shows the list whatever the view (see month-view.ts): no switch. */
  @container (width < 36rem) {
    .view-switch {
      display: none;
    }
  }
`;

const ATTENDANCE: readonly Attendance[] = ['onsite', 'online', 'hybrid'];

/** `"talk, workshop"` or `"talk workshop"` → `['talk', 'workshop']`. */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The events in the categories, phases and attendance chosen, with every word searched for. */
export function matching(host: EventCalendar, events: CalendarEvent[]): CalendarEvent[] {
  return eventsMatching(events, {
    categories: listOf(host.category),
    phases: listOf(host.phase),
    attendance: ATTENDANCE.includes(host.attendance!) ? host.attendance : undefined,
    query: host.query ?? '',
  });
}

/** The categories and phases of each list of events, found once per list. */
const facetsByEvents = new WeakMap<CalendarEvent[], ReturnType<typeof facetsOf>>();

function toggled(chosen: string[], value: string): string | undefined {
  const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value];
  return next.join(' ') || undefined;
}

export function renderFilters(host: EventCalendar, events: CalendarEvent[], sources: LoadedFeed[], month: boolean): TemplateResult {
  const strings = host['localize'].pick(eventCalendarStrings);
  const words = host['localize'].pick(filterStrings);
  let facets = facetsByEvents.get(events);
  if (!facets) facetsByEvents.set(events, (facets = facetsOf(events, sources)));
  const { categories, phases } = facets;
  const chosenCategories = listOf(host.category);
  const chosenPhases = listOf(host.phase);
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const chip = (pressed: boolean, label: unknown, toggle: () => void, part = 'chip') =>
    html`<button type="button" part=${part} aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>${label}</button>`;
  const chips = (label: string, items: unknown[]) => html`<div class="chips" role="group" aria-label=${label}><span class="chips-label" aria-hidden="true">${label}:</span>${items}</div>`;
  // Templates without whitespace between tags: no text nodes to make for it.
  return html`<div part="filters" role="group" aria-label=${words.filters}><div class="fields"><label class="field"><span>${words.search}</span><input part="search" type="search" .value=${host.query} @input=${(event: Event) => (host.query = value(event))} /></label>${month
    ? nothing
    : html`<label class="field"><span>${words.when}</span><select @change=${(event: Event) => (host.past = value(event) === 'past')}><option value="upcoming" ?selected=${!host.past}>${words.upcoming}</option><option value="past" ?selected=${host.past}>${words.past}</option></select></label>`}<label class="field"><span>${words.attendance}</span><select @change=${(event: Event) => (host.attendance = (value(event) || undefined) as Attendance | undefined)}><option value="" ?selected=${!host.attendance}>${words.allAttendance}</option>${ATTENDANCE.map(
    (mode) => html`<option value=${mode} ?selected=${host.attendance === mode}>${strings[mode]}</option>`,
  )}</select></label><div class="chips view-switch" role="group" aria-label=${words.view}>${chip(!month, words.listView, () => (host.view = 'list'), 'chip view')}${chip(month, words.monthView, () => (host.view = 'month'), 'chip view')}</div></div>${categories.length > 1 || chosenCategories.length
    ? chips(
        words.categories,
        categories.map((category) => chip(chosenCategories.includes(category), host['categoryName'](category), () => (host.category = toggled(chosenCategories, category)))),
      )
    : nothing}${phases.length > 1 || chosenPhases.length
    ? chips(
        words.phases,
        phases.map((phase) => chip(chosenPhases.includes(phase.id), host['feedText'](phase.name, phase.language), () => (host.phase = toggled(chosenPhases, phase.id)))),
      )
    : nothing}</div>`;
}
