import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LIBRARY_VERSION } from '../base/define.js';
import { setJsonScriptText } from '../base/trusted-types.js';
import { FeedElement } from '../base/feed-element.js';
import { DEFAULT_TIME_ZONE } from '../base/localize.js';
import type { SeveralFeeds } from '../data/feed-state.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, LocalizedText } from '../feed/schema.js';
import {
  addDays,
  addMonths,
  dayInZone,
  daysInMonth,
  firstOfMonth,
  isIsoDay,
  isValidTimeZone,
  utcOf,
  weekdayOf,
  type IsoDay,
} from '../format/calendar-days.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { eventsByDay, facetsOf, filterEvents, mergeEvents, type Attendance, type CalendarEvent, type EventFilter } from './event-model.js';
import { eventUid, googleCalendarUrl, toICalendar, type ICalEvent } from '../format/icalendar.js';
import { linkify, mapUrl, safePageHref } from './links.js';
import { eventCalendarStrings } from './strings.js';
import { jsonLdText } from './structured-data.js';

export type CalendarView = 'list' | 'month';

/** Narrower than this (in rem), the element shows the list even when the grid was asked for. */
const NARROW_REM = 36;
/** Events shown in one cell of the month grid before "+N more". */
const EVENTS_PER_CELL = 3;
const ATTENDANCE: readonly Attendance[] = ['onsite', 'online', 'hybrid'];

/** A file name people recognise: "creative-talks-2016-03.ics". */
function icsFileName(id: string): string {
  return `${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'event'}.ics`;
}

/** `"talk, workshop"` or `"talk workshop"` → `['talk', 'workshop']`. */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * @summary The programme's events as an agenda list or a month grid, with filters, details, "add to calendar" and schema.org data; one or several feeds.
 *
 * @csspart filters - The filter bar (search, upcoming/past, attendance, chips, view switch).
 * @csspart search - The search field.
 * @csspart chip - A category or phase toggle button (`aria-pressed`).
 * @csspart status - The polite live region with the result count or the month shown.
 * @csspart list - The agenda list.
 * @csspart month-heading - A month in the agenda list.
 * @csspart day-heading - A day in the agenda list.
 * @csspart event - One event.
 * @csspart event-time - Its date and time.
 * @csspart event-title - Its title.
 * @csspart event-status - The "Cancelled"/"Postponed" mark.
 * @csspart event-place - Where (or "Online").
 * @csspart categories - The event's categories.
 * @csspart details-toggle - The button that shows or hides the details (`aria-expanded`).
 * @csspart details - The details: description, place, links, organiser, programme, phase.
 * @csspart add-to-calendar - The iCalendar download button.
 * @csspart google-calendar - The Google Calendar link.
 * @csspart show-more - The button that shows the next page of the list.
 * @csspart more-link - The link to the full calendar in a compact embed.
 * @csspart month - The month view.
 * @csspart month-nav - Previous/today/next buttons.
 * @csspart grid - The month grid (a table with `role="grid"`).
 * @csspart caption - The grid's caption: its month.
 * @csspart day - A day cell of the grid.
 * @csspart more-in-day - "+N more" in a full day.
 * @csspart day-panel - The events of the selected day, under the grid.
 *
 * @cssprop --cn-event-calendar-min-height - Height reserved while loading (default: 24rem; 12rem with `limit`).
 * @cssprop --cn-event-calendar-cell-height - Smallest height of a day in the month grid (default: 6.5rem).
 * @cssprop --cn-event-calendar-cancelled-color - Colour of the "Cancelled" mark (default: the danger colour).
 * @cssprop --cn-event-calendar-postponed-color - Colour of the "Postponed" mark (default: a dark amber / light amber).
 * @cssprop --cn-event-calendar-today-color - Outline of today's cell (default: the accent colour).
 */
export class EventCalendar extends FeedElement {
  static override styles = [...FeedElement.styles, eventCalendarStyles];

  protected readonly sections: readonly FeedSection[] = ['events'];

  private resizeObserver?: ResizeObserver;
  /** The events the last render listed: what the structured data describes. */
  private listed: CalendarEvent[] = [];
  private structuredDataScript?: HTMLScriptElement;
  private warnedTimeZone?: string;
  private filterMemo?: { events: CalendarEvent[]; key: string; result: CalendarEvent[] };
  private facetMemo?: { events: CalendarEvent[]; result: ReturnType<typeof facetsOf> };
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();

  @state() private narrow = false;
  /** The first day of the month the grid shows. */
  @state() private visibleMonth?: IsoDay;
  /** The day cell that holds the grid's tab stop. */
  @state() private focusedDay?: IsoDay;
  @state() private selectedDay?: IsoDay;
  @state() private expanded = new Set<string>();
  @state() private shownCount = 0;

  /** `list` (default): upcoming events by month and day; `month`: a month grid (the list in narrow containers). */
  @property() view: CalendarView = 'list';

  /** Compact embed: show only the next N events (no filters), with a link to `more-href`. */
  @property({ type: Number }) limit?: number;

  /** The full calendar, linked from a compact embed (http(s) or a relative address). */
  @property({ attribute: 'more-href' }) moreHref?: string;

  /** Only events in these categories (space or comma separated), e.g. `category="workshop"`. */
  @property() category?: string;

  /** Only events of these phases (ids, space or comma separated), e.g. `phase="fuse"`. */
  @property() phase?: string;

  /** Only `onsite`, `online` or `hybrid` events. */
  @property() attendance?: Attendance;

  /** Past events (latest first) instead of upcoming ones. */
  @property({ type: Boolean }) past = false;

  /** Free-text search over titles, descriptions, places, organisers and categories. */
  @property() query = '';

  /** Hides the filter bar (a compact embed with `limit` has none anyway). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** The IANA time zone that decides days and times (default Europe/Stockholm). */
  @property({ attribute: 'time-zone' }) timeZone = DEFAULT_TIME_ZONE;

  /** "Today" as an ISO date (`2016-03-01`), for previews and tests; the real date when unset. */
  @property() today?: string;

  /** The month the grid opens on (`2016-03`); today's month when unset. */
  @property() month?: string;

  /** Adds schema.org Event JSON-LD for the listed events to the page (light DOM). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The heading level of the months in the list (2–5, default 2); days and events follow. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The id of an event whose details start open (a deep link from the partner page). */
  @property({ attribute: 'open-event' }) openEvent?: string;

  /** Events per page of the list; "Show more" adds as many again (default 50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      // Next frame: changing the layout inside the observer's callback would loop.
      requestAnimationFrame(() => (this.narrow = width > 0 && width < NARROW_REM * rem));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.removeStructuredData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const today = this.currentDay();
    if (!this.visibleMonth || changed.has('month') || (changed.has('today') && !this.month)) {
      const opening = /^\d{4}-\d{2}$/.test(this.month ?? '') && isIsoDay(`${this.month}-01`) ? `${this.month}-01` : firstOfMonth(today);
      this.visibleMonth = opening;
      this.focusedDay = opening === firstOfMonth(today) ? today : opening;
    }
    if (['category', 'phase', 'attendance', 'past', 'query', 'pageSize', 'limit'].some((name) => changed.has(name as keyof EventCalendar)) || !this.shownCount) {
      this.shownCount = Math.max(1, this.pageSize || 50);
    }
    if (changed.has('openEvent') && this.openEvent) this.expanded = new Set(this.expanded).add(this.openEvent);
  }

  protected override updated(): void {
    this.syncStructuredData();
  }

  /** The event as an iCalendar (RFC 5545) file, in the page's language. */
  icalendarOf(item: CalendarEvent, stamp: Date | number = Date.now()): string {
    return toICalendar([this.icalEvent(item)], { prodId: `-//Creative Nodes//Widgets ${LIBRARY_VERSION}//EN`, stamp });
  }

  /** The events the calendar lists now (for the structured data, and for tests). */
  get listedEvents(): readonly CalendarEvent[] {
    return this.listed;
  }

  // --- rendering ------------------------------------------------------------------------

  /** With several feeds in `src`, each arrived feed is a source: events keep their programme. */
  protected renderFeed(loaded: LoadedFeed & SeveralFeeds): unknown {
    return this.renderCalendar(loaded.sources ?? [loaded]);
  }

  private renderCalendar(sources: LoadedFeed[]): unknown {
    const strings = this.localize.pick(eventCalendarStrings);
    const events = mergeEvents(sources, this.zone());
    if (events.length === 0) {
      this.listed = [];
      return this.renderMessage(strings.empty);
    }
    const compact = (this.limit ?? 0) > 0;
    const month = this.view === 'month' && !this.narrow && !compact;
    const filter = this.currentFilter(month);
    const matching = this.filtered(events, filter);
    return html`
      ${compact || this.hideFilters ? nothing : this.renderFilters(events, sources, month)}
      ${month ? this.renderMonth(matching) : this.renderList(matching, compact)}
      ${compact ? this.renderMoreLink() : html`<p part="status" role="status" class=${month ? 'visually-hidden' : ''}>${month ? this.monthStatus() : strings.count(matching.length)}</p>`}
    `;
  }

  private renderFilters(events: CalendarEvent[], sources: LoadedFeed[], month: boolean): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    if (this.facetMemo?.events !== events) this.facetMemo = { events, result: facetsOf(events, sources) };
    const { categories, phases } = this.facetMemo.result;
    const chosenCategories = listOf(this.category);
    const chosenPhases = listOf(this.phase);
    return html`<div part="filters" role="group" aria-label=${strings.filters}>
      <div class="fields">
        <label class="field"
          ><span>${strings.search}</span>
          <input part="search" type="search" .value=${this.query} @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        /></label>
        ${month
          ? nothing
          : html`<label class="field"
              ><span>${strings.when}</span>
              <select @change=${(event: Event) => (this.past = (event.target as HTMLSelectElement).value === 'past')}>
                <option value="upcoming" ?selected=${!this.past}>${strings.upcoming}</option>
                <option value="past" ?selected=${this.past}>${strings.past}</option>
              </select></label
            >`}
        <label class="field"
          ><span>${strings.attendance}</span>
          <select @change=${(event: Event) => (this.attendance = ((event.target as HTMLSelectElement).value || undefined) as Attendance | undefined)}>
            <option value="" ?selected=${!this.attendance}>${strings.allAttendance}</option>
            ${ATTENDANCE.map((mode) => html`<option value=${mode} ?selected=${this.attendance === mode}>${strings[mode]}</option>`)}
          </select></label
        >
        ${this.narrow
          ? nothing
          : html`<div class="chips" role="group" aria-label=${strings.view}>
              ${(['list', 'month'] as const).map(
                (view) =>
                  html`<button type="button" part="chip view" aria-pressed=${(view === 'month') === month ? 'true' : 'false'} @click=${() => (this.view = view)}>
                    ${view === 'list' ? strings.listView : strings.monthView}
                  </button>`,
              )}
            </div>`}
      </div>
      ${categories.length > 1 || chosenCategories.length
        ? html`<div class="chips" role="group" aria-label=${strings.categories}>
            <span class="chips-label" aria-hidden="true">${strings.categories}:</span>
            ${categories.map(
              (category) =>
                html`<button type="button" part="chip" aria-pressed=${chosenCategories.includes(category) ? 'true' : 'false'} @click=${() => (this.category = this.toggled(chosenCategories, category))}>
                  ${this.categoryName(category)}
                </button>`,
            )}
          </div>`
        : nothing}
      ${phases.length > 1 || chosenPhases.length
        ? html`<div class="chips" role="group" aria-label=${strings.phases}>
            <span class="chips-label" aria-hidden="true">${strings.phases}:</span>
            ${phases.map(
              (phase) =>
                html`<button type="button" part="chip" aria-pressed=${chosenPhases.includes(phase.id) ? 'true' : 'false'} @click=${() => (this.phase = this.toggled(chosenPhases, phase.id))}>
                  ${this.text(phase.name, phase.language)}
                </button>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  private renderList(matching: CalendarEvent[], compact: boolean): unknown {
    const strings = this.localize.pick(eventCalendarStrings);
    const shown = matching.slice(0, compact ? this.limit : this.shownCount);
    this.listed = shown;
    if (shown.length === 0) {
      const filtered = this.category || this.phase || this.attendance || this.query.trim();
      return this.renderMessage(filtered ? strings.noMatch : this.past ? strings.noPast : strings.noUpcoming);
    }
    const today = this.currentDay();
    const level = Math.min(5, Math.max(2, Math.round(this.headingLevel) || 2));
    // Upcoming: an event already under way is listed under today, not under a past day.
    const dayOf = (item: CalendarEvent) => (!this.past && item.firstDay < today ? today : item.firstDay);
    const months: { month: string; days: { day: IsoDay; items: CalendarEvent[] }[] }[] = [];
    for (const item of shown) {
      const day = dayOf(item);
      let month = months[months.length - 1];
      if (month?.month !== day.slice(0, 7)) months.push((month = { month: day.slice(0, 7), days: [] }));
      let group = month.days[month.days.length - 1];
      if (group?.day !== day) month.days.push((group = { day, items: [] }));
      group.items.push(item);
    }
    return html`<div part="list" role="region" aria-label=${strings.listLabel}>
        ${months.map(
          ({ month, days }) => html`<div part="month-heading" role="heading" aria-level=${level}>${this.formatDay(`${month}-01`, { month: 'long', year: 'numeric' })}</div>
            <ol class="days">
              ${days.map(
                ({ day, items }) => html`<li>
                  <div part="day-heading" role="heading" aria-level=${level + 1}>
                    <time datetime=${day}>${this.formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' })}</time>
                  </div>
                  <ul class="events">
                    ${items.map((item) => html`<li>${this.renderEvent(item, level + 2, false)}</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>`,
        )}
      </div>
      ${!compact && shown.length < matching.length
        ? html`<button type="button" part="show-more" @click=${this.showMore}>${strings.showMore(matching.length - shown.length)}</button>`
        : nothing}`;
  }

  private renderEvent(item: CalendarEvent, level: number, withDate: boolean): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    const { event, language } = item;
    const title = this.plainText(event.title, language);
    const open = this.expanded.has(event.id);
    const detailsId = `details-${event.id}`;
    return html`<article part="event" class="status-${event.status}" tabindex="-1" data-event=${event.id}>
      <p part="event-time"><time datetime=${event.start}>${this.timeRange(item, withDate)}</time></p>
      <div part="event-title" role="heading" aria-level=${level}>
        ${event.status !== 'scheduled' ? html`<span part="event-status">${strings[event.status]}</span> ` : nothing}${this.text(event.title, language)}
      </div>
      <p part="event-place">${this.placeLine(item)}</p>
      ${event.summary ? html`<p class="summary">${this.text(event.summary, language)}</p>` : nothing}
      ${event.categories?.length
        ? html`<ul part="categories">
            ${event.categories.map((category) => html`<li>${this.categoryName(category)}</li>`)}
          </ul>`
        : nothing}
      <button type="button" part="details-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} aria-label=${strings.detailsOf(title)} @click=${() => this.toggleDetails(event.id)}>
        ${strings.details}
      </button>
      <div part="details" id=${detailsId} ?hidden=${!open}>${open ? this.renderDetails(item) : nothing}</div>
    </article>`;
  }

  private renderDetails(item: CalendarEvent): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    const { event, language } = item;
    const title = this.plainText(event.title, language);
    const description = this.plainText(event.description, language);
    const place = this.placeText(item);
    const deadline = event.registrationDeadline;
    const fact = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    return html`
      ${description
        ? html`<p class="description" lang=${this.langOf(event.description!, language)}>
            ${linkify(description).map((piece) => ('href' in piece ? html`<a href=${piece.href} rel="noopener">${piece.text}</a>` : piece.text))}
          </p>`
        : nothing}
      <dl>
        ${place
          ? fact(strings.place, html`${place} <a href=${mapUrl(place)} aria-label=${strings.showOnMapOf(place)} rel="noopener">${strings.showOnMap}</a>`)
          : nothing}
        ${event.onlineUrl ? fact(strings.online, html`<a href=${event.onlineUrl} rel="noopener">${strings.joinOnline}</a>`) : nothing}
        ${event.registrationUrl || deadline
          ? fact(
              strings.registration,
              html`${event.registrationUrl ? html`<a href=${event.registrationUrl} rel="noopener">${strings.register}</a>` : nothing}
              ${deadline ? strings.registerBy(this.formatMoment(deadline)) : nothing}`,
            )
          : nothing}
        ${event.organiser ? fact(strings.organiser, this.text(event.organiser, language)) : nothing}
        ${item.programmes.length ? fact(strings.programme, item.programmes.map((name, index) => html`${index ? ', ' : ''}${this.text(name, language)}`)) : nothing}
        ${item.phaseName ? fact(strings.phase, this.text(item.phaseName, language)) : nothing}
      </dl>
      <p class="actions">
        ${event.url ? html`<a href=${event.url} rel="noopener">${strings.moreInfo}</a>` : nothing}
        <button type="button" part="add-to-calendar" aria-label=${strings.addToCalendarOf(title)} @click=${() => this.download(item)}>${strings.addToCalendar}</button>
        <a part="google-calendar" href=${googleCalendarUrl(this.icalEvent(item))} target="_blank" rel="noopener noreferrer" aria-label=${strings.googleCalendarOf(title)}
          >${strings.googleCalendar}</a
        >
      </p>
    `;
  }

  private renderMonth(matching: CalendarEvent[]): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    const first = this.visibleMonth!;
    const length = daysInMonth(first);
    const last = addDays(first, length - 1);
    const byDay = eventsByDay(matching, first, last);
    const lead = weekdayOf(first);
    const today = this.currentDay();
    const focused = this.focusedDay && this.focusedDay >= first && this.focusedDay <= last ? this.focusedDay : first;
    const monday = addDays(first, -lead);
    const weeks = Math.ceil((lead + length) / 7);
    const inMonth = new Set<CalendarEvent>();
    byDay.forEach((items) => items.forEach((item) => inMonth.add(item)));
    this.listed = [...inMonth];
    const selected = this.selectedDay && this.selectedDay >= first && this.selectedDay <= last ? this.selectedDay : undefined;
    return html`<div part="month">
      <div part="month-nav">
        <button type="button" aria-label=${strings.previousMonth} @click=${() => this.showMonth(-1)}><span aria-hidden="true">‹</span></button>
        <button type="button" @click=${this.goToToday}>${strings.today}</button>
        <button type="button" aria-label=${strings.nextMonth} @click=${() => this.showMonth(1)}><span aria-hidden="true">›</span></button>
      </div>
      <table part="grid" role="grid" @keydown=${this.onGridKey} @click=${this.onGridClick}>
        <caption part="caption">${this.formatDay(first, { month: 'long', year: 'numeric' })}</caption>
        <thead>
          <tr>
            ${Array.from({ length: 7 }, (_, index) => {
              const day = addDays(monday, index);
              return html`<th scope="col"><abbr title=${this.formatDay(day, { weekday: 'long' })}>${this.formatDay(day, { weekday: 'short' })}</abbr></th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${Array.from(
            { length: weeks },
            (_, week) => html`<tr>
              ${Array.from({ length: 7 }, (_, index) => {
                const day = addDays(monday, week * 7 + index);
                if (day < first || day > last) return html`<td role="gridcell" class="outside"></td>`;
                const items = byDay.get(day) ?? [];
                const full = items.length > EVENTS_PER_CELL;
                const visible = full ? items.slice(0, EVENTS_PER_CELL - 1) : items;
                return html`<td
                  role="gridcell"
                  part="day"
                  class=${day === today ? 'today' : ''}
                  data-day=${day}
                  tabindex=${day === focused ? '0' : '-1'}
                  aria-selected=${day === selected ? 'true' : 'false'}
                  aria-current=${day === today ? 'date' : nothing}
                >
                  <span class="day-number" aria-hidden="true">${Number(day.slice(8))}</span>
                  <span class="visually-hidden">${this.formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' })}, ${strings.dayCount(items.length)}</span>
                  ${visible.length
                    ? html`<ul>
                        ${visible.map(
                          (item) => html`<li class="status-${item.event.status}">
                            ${item.event.status !== 'scheduled' ? html`<span part="event-status">${strings[item.event.status]}</span> ` : nothing}${this.text(item.event.title, item.language)}
                          </li>`,
                        )}
                      </ul>`
                    : nothing}
                  ${full ? html`<span part="more-in-day">${strings.moreInDay(items.length - visible.length)}</span>` : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      ${selected ? this.renderDayPanel(selected, byDay.get(selected) ?? []) : nothing}
    </div>`;
  }

  private renderDayPanel(day: IsoDay, items: CalendarEvent[]): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    const level = Math.min(5, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<section part="day-panel" aria-labelledby="day-panel-heading">
      <div id="day-panel-heading" role="heading" aria-level=${level}>${strings.dayEvents(this.formatDay(day, { weekday: 'long', day: 'numeric', month: 'long' }))}</div>
      ${items.length
        ? html`<ul class="events">
            ${items.map((item) => html`<li>${this.renderEvent(item, level + 1, item.firstDay !== item.lastDay)}</li>`)}
          </ul>`
        : html`<p>${strings.noEventsOnDay}</p>`}
    </section>`;
  }

  private renderMoreLink(): unknown {
    const href = safePageHref(this.moreHref);
    if (this.moreHref && !href) console.warn(`<${this.localName}> more-href="${this.moreHref}" is not an http(s) or relative address; no link is shown.`);
    return href ? html`<p class="more"><a part="more-link" href=${href}>${this.localize.pick(eventCalendarStrings).fullCalendar}</a></p>` : nothing;
  }

  // --- what to show ---------------------------------------------------------------------

  private zone(): string {
    if (isValidTimeZone(this.timeZone)) return this.timeZone;
    if (this.warnedTimeZone !== this.timeZone) {
      this.warnedTimeZone = this.timeZone;
      console.warn(`<${this.localName}> time-zone="${this.timeZone}" is not a time zone; using ${DEFAULT_TIME_ZONE}.`);
    }
    return DEFAULT_TIME_ZONE;
  }

  private currentDay(): IsoDay {
    return isIsoDay(this.today) ? this.today : dayInZone(Date.now(), this.zone());
  }

  private currentFilter(month: boolean): EventFilter {
    return {
      categories: listOf(this.category),
      phases: listOf(this.phase),
      attendance: ATTENDANCE.includes(this.attendance!) ? this.attendance : undefined,
      query: this.query ?? '',
      // The grid shows every event of its month, past or not.
      past: month ? undefined : this.past,
      today: this.currentDay(),
    };
  }

  /** Filtering is memoised: re-renders that change nothing (focus moves, details) cost nothing. */
  private filtered(events: CalendarEvent[], filter: EventFilter): CalendarEvent[] {
    const key = JSON.stringify(filter);
    if (this.filterMemo?.events !== events || this.filterMemo.key !== key) this.filterMemo = { events, key, result: filterEvents(events, filter) };
    return this.filterMemo.result;
  }

  private toggled(chosen: string[], value: string): string | undefined {
    const next = chosen.includes(value) ? chosen.filter((item) => item !== value) : [...chosen, value];
    return next.join(' ') || undefined;
  }

  /** Read after renderMonth, which sets `listed` to the month's events. */
  private monthStatus(): string {
    return this.localize.pick(eventCalendarStrings).monthStatus(this.formatDay(this.visibleMonth!, { month: 'long', year: 'numeric' }), this.listed.length);
  }

  // --- interaction ----------------------------------------------------------------------

  private toggleDetails(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  private async showMore(): Promise<void> {
    const firstNew = this.shownCount;
    this.shownCount += Math.max(1, this.pageSize || 50);
    await this.updateComplete;
    // Focus goes to the first new event, so keyboard users continue where the list grew.
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] [part~="event"]')[firstNew]?.focus();
  }

  private showMonth(months: number): void {
    this.visibleMonth = firstOfMonth(addMonths(this.visibleMonth!, months));
    this.focusedDay = addMonths(this.focusedDay ?? this.visibleMonth, months);
  }

  private goToToday(): void {
    const today = this.currentDay();
    this.visibleMonth = firstOfMonth(today);
    this.focusedDay = today;
  }

  private onGridClick(event: Event): void {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    if (cell) this.selectDay(cell.dataset.day!);
  }

  /** The WAI-ARIA grid pattern: arrows by day and week, Home/End in the week, PageUp/PageDown by month (with Shift, by year). */
  private onGridKey(event: KeyboardEvent): void {
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
        this.selectDay(from);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusDay(to);
  }

  private async focusDay(day: IsoDay): Promise<void> {
    this.focusedDay = day;
    this.visibleMonth = firstOfMonth(day);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`td[data-day="${day}"]`)?.focus();
  }

  private selectDay(day: IsoDay): void {
    this.selectedDay = this.selectedDay === day ? undefined : day;
    this.focusedDay = day;
  }

  private download(item: CalendarEvent): void {
    const url = URL.createObjectURL(new Blob([this.icalendarOf(item)], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(item.event.id);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: some browsers read the Blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // --- structured data ------------------------------------------------------------------

  private syncStructuredData(): void {
    if (!this.structuredData || this.feedState.status !== 'ready') {
      this.removeStructuredData();
      return;
    }
    const text = jsonLdText(this.listed, (value, language) => this.plainText(value, language));
    if (!this.structuredDataScript) {
      this.structuredDataScript = document.createElement('script');
      this.structuredDataScript.type = 'application/ld+json';
      this.structuredDataScript.dataset.cnEventCalendar = '';
    }
    if (this.structuredDataScript.textContent !== text && !setJsonScriptText(this.structuredDataScript, text)) {
      this.removeStructuredData();
      return;
    }
    // Light DOM: search engines do not read shadow roots.
    if (this.structuredDataScript.parentNode !== this) this.append(this.structuredDataScript);
  }

  private removeStructuredData(): void {
    this.structuredDataScript?.remove();
    this.structuredDataScript = undefined;
  }

  // --- formatting -----------------------------------------------------------------------

  private langOf(value: LocalizedText, feedLanguage: string): string {
    return this.localize.text(value, feedLanguage).lang;
  }

  private categoryName(category: string): string {
    const names = this.localize.pick(eventCalendarStrings).categoryNames;
    return names[category] ?? category.charAt(0).toLocaleUpperCase() + category.slice(1).replace(/[-_]/g, ' ');
  }

  private placeText(item: CalendarEvent): string {
    const location = item.event.location;
    if (!location) return '';
    return [location.name, location.address, location.city]
      .map((part) => this.plainText(part, item.language))
      .filter((part, index, parts) => part && parts.indexOf(part) === index)
      .join(', ');
  }

  private placeLine(item: CalendarEvent): string {
    const strings = this.localize.pick(eventCalendarStrings);
    const place = this.placeText(item);
    if (item.attendance === 'online') return strings.online;
    if (item.attendance === 'hybrid') return place ? strings.placeAndOnline(place) : strings.hybrid;
    return place;
  }

  private formatter(options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
    const key = `${this.localize.locale}|${timeZone}|${JSON.stringify(options)}`;
    let formatter = this.formatters.get(key);
    if (!formatter) this.formatters.set(key, (formatter = new Intl.DateTimeFormat(this.localize.locale, { ...options, timeZone })));
    return formatter;
  }

  /** A calendar day in words; days are zone-free, so they are formatted in UTC. */
  private formatDay(day: IsoDay, options: Intl.DateTimeFormatOptions): string {
    return this.formatter(options, 'UTC').format(utcOf(day));
  }

  /** A feed time (a date or a moment) in words. */
  private formatMoment(value: string): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? this.formatDay(value, { day: 'numeric', month: 'long', year: 'numeric' })
      : this.formatter({ day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }, this.zone()).format(Date.parse(value));
  }

  /** "15:00–18:00", "23–25 februari", "30 okt. 22:00 – 31 okt. 02:00"; with the date when asked. */
  private timeRange(item: CalendarEvent, withDate: boolean): string {
    const { event } = item;
    const strings = this.localize.pick(eventCalendarStrings);
    if (item.allDay) {
      const date: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: withDate ? 'numeric' : undefined };
      if (item.firstDay === item.lastDay) return withDate ? this.formatDay(item.firstDay, date) : strings.allDay;
      return this.formatter(date, 'UTC').formatRange(utcOf(item.firstDay), utcOf(item.lastDay));
    }
    const start = item.startMs;
    const end = event.end && !/^\d{4}-\d{2}-\d{2}$/.test(event.end) ? Date.parse(event.end) : undefined;
    const sameDay = item.firstDay === item.lastDay;
    const options: Intl.DateTimeFormatOptions =
      withDate || !sameDay ? { day: 'numeric', month: sameDay ? 'long' : 'short', hour: 'numeric', minute: '2-digit' } : { hour: 'numeric', minute: '2-digit' };
    const formatter = this.formatter(options, this.zone());
    return end !== undefined && end > start ? formatter.formatRange(start, end) : formatter.format(start);
  }

  private icalEvent(item: CalendarEvent): ICalEvent {
    const { event, language } = item;
    const location = this.placeText(item) || (event.onlineUrl ?? '');
    const description = [this.plainText(event.description ?? event.summary, language), event.onlineUrl ? `${this.localize.pick(eventCalendarStrings).joinOnline}: ${event.onlineUrl}` : '']
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: eventUid(event.id, item.programmeId),
      summary: this.plainText(event.title, language),
      description,
      location,
      url: event.url ?? event.onlineUrl,
      start: event.start,
      end: event.end,
      status: event.status,
      categories: event.categories,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-event-calendar': EventCalendar;
  }
}
