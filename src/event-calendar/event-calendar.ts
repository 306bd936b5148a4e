import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LIBRARY_VERSION } from '../base/define.js';
import { FeedElement } from '../base/feed-element.js';
import { DEFAULT_TIME_ZONE } from '../base/localize.js';
import { lazyPart, PendingRenders } from '../base/pending-renders.js';
import type { SeveralFeeds } from '../data/feed-state.js';
import type { LoadedFeed } from '../data/load-feed.js';
import { pause } from '../data/slices.js';
import type { FeedSection, LocalizedText } from '../feed/schema.js';
import { dayInZone, firstOfMonth, isDateOnly, isIsoDay, isValidTimeZone, utcOf, wallClockInZone, type IsoDay } from '../format/calendar-days.js';
import { eventUid, toICalendar, type ICalEvent } from '../format/icalendar.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { calendarEvents, facetsOf, filterEvents, type Attendance, type CalendarEvent, type EventFilter } from './event-model.js';
import { safePageHref } from './page-href.js';
import { eventCalendarStrings } from './strings.js';

export type CalendarView = 'list' | 'month';

/** Narrower than this (in rem), the element shows the list even when the grid was asked for. */
const NARROW_REM = 36;
/** Above this many events in the list, off-screen ones skip layout and paint (`content-visibility`). */
const MANY = 12;
/** Events of a new list drawn at once (a screenful and more); the rest of its page in the next task, so that drawing is never one long task. */
const DRAW_FIRST = 12;
const ATTENDANCE: readonly Attendance[] = ['onsite', 'online', 'hybrid'];

/** `"talk, workshop"` or `"talk workshop"` → `['talk', 'workshop']`. */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

// Parts most pages never use, loaded when first needed and shared by every calendar on the page.
const monthView = lazyPart('its month grid', () => import('./month-view.js'));
const eventDetails = lazyPart("an event's details", () => import('./details.js'));
const structuredDataPart = lazyPart('its structured data', () => import('./structured-data.js'));

const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const WEEKDAY_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };


/** Intl formatters, made once per page: making one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** "15:00–18:00" by language and wall-clock times (see timeRange). */
const timeRanges = new Map<string, string>();
const DAY_MS = 86_400_000;

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
  /** All the events of the last render (shown again while new ones are prepared). */
  private shownEvents?: CalendarEvent[];
  /** How many events of which list are drawn; whether the next render draws the rest of the page (it follows in the next task). */
  private drawn?: { list: CalendarEvent[]; count: number };
  private drawRest = false;
  /** The events the last render listed: what the structured data describes. */
  private listed: CalendarEvent[] = [];
  private structuredDataScript?: HTMLScriptElement;
  private warnedTimeZone?: string;
  private filterMemo?: { events: CalendarEvent[]; key: string; result: CalendarEvent[] };
  private facetMemo?: { events: CalendarEvent[]; result: ReturnType<typeof facetsOf> };
  /** Work that will bring another render (a lazily loaded part, events prepared in slices): `updateComplete` waits for it. */
  private readonly pending = new PendingRenders(this);

  @state() private narrow = false;
  /** The month grid: the first day of the month it shows, the day cell that holds its tab stop, the selected day. */
  @state() private grid?: { month: IsoDay; focused: IsoDay; selected?: IsoDay };
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
    if (!this.grid || changed.has('month') || (changed.has('today') && !this.month)) {
      const opening = /^\d{4}-\d{2}$/.test(this.month ?? '') && isIsoDay(`${this.month}-01`) ? `${this.month}-01` : firstOfMonth(today);
      this.grid = { ...this.grid, month: opening, focused: opening === firstOfMonth(today) ? today : opening };
    }
    if (['category', 'phase', 'attendance', 'past', 'query', 'pageSize', 'limit'].some((name) => changed.has(name as keyof EventCalendar)) || !this.shownCount) {
      this.shownCount = Math.max(1, this.pageSize || 50);
    }
    if (changed.has('openEvent') && this.openEvent) this.expanded = new Set(this.expanded).add(this.openEvent);
    // Parts this element will need: loaded while the feed loads.
    if (this.view === 'month') this.pending.part(monthView);
    if (this.openEvent) this.pending.part(eventDetails);
  }

  protected override updated(): void {
    if (!this.structuredData || this.feedState.status !== 'ready') this.removeStructuredData();
    else this.pending.part(structuredDataPart)?.syncStructuredData(this);
  }

  /** Also waits for what brings another render: a part of the calendar loaded on demand, or thousands of events being prepared. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
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
    let events = calendarEvents(sources, this.zone());
    if (events instanceof Promise) {
      // Thousands of events are prepared in slices: until they are ready, what was shown stays
      // (a refresh, another time zone), else the placeholder.
      this.pending.add(events);
      if (!this.shownEvents) return this.renderLoading();
      events = this.shownEvents;
    }
    this.shownEvents = events;
    if (events.length === 0) {
      this.listed = [];
      return this.renderMessage(strings.empty);
    }
    const compact = (this.limit ?? 0) > 0;
    const month = this.view === 'month' && !this.narrow && !compact;
    const grid = month ? this.pending.part(monthView) : undefined;
    // The month grid could not be loaded: the list shows the same events.
    const list = !month || grid === null;
    const matching = this.filtered(events, this.currentFilter(!list));
    return html`
      ${compact || this.hideFilters ? nothing : this.renderFilters(events, sources, month)}
      ${list ? this.renderList(matching, compact) : grid ? grid.renderMonth(this, matching) : this.renderLoading()}
      ${compact
        ? this.renderMoreLink()
        : html`<p part="status" role="status" class=${list ? '' : 'visually-hidden'}>${list ? strings.count(matching.length) : grid ? this.monthStatus() : ''}</p>`}
    `;
  }

  private renderFilters(events: CalendarEvent[], sources: LoadedFeed[], month: boolean): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    if (this.facetMemo?.events !== events) this.facetMemo = { events, result: facetsOf(events, sources) };
    const { categories, phases } = this.facetMemo.result;
    const chosenCategories = listOf(this.category);
    const chosenPhases = listOf(this.phase);
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    const chip = (pressed: boolean, label: unknown, toggle: () => void, part = 'chip') =>
      html`<button type="button" part=${part} aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>${label}</button>`;
    const chips = (label: string, items: unknown[]) => html`<div class="chips" role="group" aria-label=${label}><span class="chips-label" aria-hidden="true">${label}:</span>${items}</div>`;
    // Templates without whitespace between tags: no text nodes to make for it.
    return html`<div part="filters" role="group" aria-label=${strings.filters}><div class="fields"><label class="field"><span>${strings.search}</span><input part="search" type="search" .value=${this.query} @input=${(event: Event) => (this.query = value(event))} /></label>${month
      ? nothing
      : html`<label class="field"><span>${strings.when}</span><select @change=${(event: Event) => (this.past = value(event) === 'past')}><option value="upcoming" ?selected=${!this.past}>${strings.upcoming}</option><option value="past" ?selected=${this.past}>${strings.past}</option></select></label>`}<label class="field"><span>${strings.attendance}</span><select @change=${(event: Event) => (this.attendance = (value(event) || undefined) as Attendance | undefined)}><option value="" ?selected=${!this.attendance}>${strings.allAttendance}</option>${ATTENDANCE.map(
      (mode) => html`<option value=${mode} ?selected=${this.attendance === mode}>${strings[mode]}</option>`,
    )}</select></label>${this.narrow
      ? nothing
      : html`<div class="chips" role="group" aria-label=${strings.view}>${chip(!month, strings.listView, () => (this.view = 'list'), 'chip view')}${chip(month, strings.monthView, () => (this.view = 'month'), 'chip view')}</div>`}</div>${categories.length > 1 || chosenCategories.length
      ? chips(
          strings.categories,
          categories.map((category) => chip(chosenCategories.includes(category), this.categoryName(category), () => (this.category = this.toggled(chosenCategories, category)))),
        )
      : nothing}${phases.length > 1 || chosenPhases.length
      ? chips(
          strings.phases,
          phases.map((phase) => chip(chosenPhases.includes(phase.id), this.feedText(phase.name, phase.language), () => (this.phase = this.toggled(chosenPhases, phase.id)))),
        )
      : nothing}</div>`;
  }

  private renderList(matching: CalendarEvent[], compact: boolean): unknown {
    const strings = this.localize.pick(eventCalendarStrings);
    const shown = matching.slice(0, compact ? this.limit : this.shownCount);
    this.listed = shown;
    if (shown.length === 0) {
      const filtered = this.category || this.phase || this.attendance || this.query.trim();
      return this.renderMessage(filtered ? strings.noMatch : this.past ? strings.noPast : strings.noUpcoming);
    }
    // Drawn already (the same list, a page more) stays drawn; a new list starts with a few events.
    let count = this.drawRest ? shown.length : Math.max(this.drawn?.list === matching ? this.drawn.count : 0, DRAW_FIRST);
    this.drawRest = false;
    if (count < shown.length) this.pending.add(pause().then(() => (this.drawRest = true)));
    else count = shown.length;
    this.drawn = { list: matching, count };
    const today = this.currentDay();
    const level = this.level();
    const months: { month: string; days: { day: IsoDay; items: CalendarEvent[] }[] }[] = [];
    for (const item of shown.slice(0, count)) {
      // Upcoming: an event already under way is listed under today, not under a past day.
      const day = !this.past && item.firstDay < today ? today : item.firstDay;
      let month = months[months.length - 1];
      if (month?.month !== day.slice(0, 7)) months.push((month = { month: day.slice(0, 7), days: [] }));
      let group = month.days[month.days.length - 1];
      if (group?.day !== day) month.days.push((group = { day, items: [] }));
      group.items.push(item);
    }
    return html`<div part="list" role="region" aria-label=${strings.listLabel} class=${shown.length > MANY ? 'many' : ''}>${months.map(
        ({ month, days }) =>
          html`<div part="month-heading" role="heading" aria-level=${level}>${this.formatDay(`${month}-01`, MONTH_YEAR)}</div><ol class="days">${days.map(
            ({ day, items }) =>
              html`<li><div part="day-heading" role="heading" aria-level=${level + 1}><time datetime=${day}>${this.formatDay(day, WEEKDAY_DAY)}</time></div><ul class="events">${items.map(
                (item) => html`<li>${this.renderEvent(item, level + 2, false)}</li>`,
              )}</ul></li>`,
          )}</ol>`,
      )}</div>${!compact && shown.length < matching.length
        ? html`<button type="button" part="show-more" @click=${this.showMore}>${strings.showMore(matching.length - shown.length)}</button>`
        : nothing}`;
  }

  private renderEvent(item: CalendarEvent, level: number, withDate: boolean): TemplateResult {
    const strings = this.localize.pick(eventCalendarStrings);
    const { event, language } = item;
    const open = this.expanded.has(event.id);
    const detailsId = `details-${event.id}`;
    return html`<article part="event" class="status-${event.status}" tabindex="-1" data-event=${event.id}><p part="event-time"><time datetime=${event.start}>${this.timeRange(item, withDate)}</time></p><div part="event-title" role="heading" aria-level=${level}>${this.statusMark(item)}${this.feedText(event.title, language)}</div><p part="event-place">${this.placeLine(item)}</p>${event.summary
        ? html`<p class="summary">${this.feedText(event.summary, language)}</p>`
        : nothing}${event.categories?.length
        ? html`<ul part="categories">${event.categories.map((category) => html`<li>${this.categoryName(category)}</li>`)}</ul>`
        : nothing}<button type="button" part="details-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} aria-label=${strings.detailsOf(this.plainText(event.title, language))} @click=${() => this.toggleDetails(event.id)}>${strings.details}</button><div part="details" id=${detailsId} ?hidden=${!open}>${open ? this.renderDetails(item) : nothing}</div></article>`;
  }

  /** "Cancelled"/"Postponed" before a title, in words. */
  private statusMark({ event }: CalendarEvent): unknown {
    return event.status === 'scheduled' ? nothing : html`<span part="event-status">${this.localize.pick(eventCalendarStrings)[event.status]}</span> `;
  }

  /** A feed text as text, in a `<span lang>` only when it is not in the page's language. */
  private feedText(value: LocalizedText | undefined, feedLanguage: string): unknown {
    if (value === undefined) return nothing;
    const { text, lang } = this.localize.text(value, feedLanguage);
    return lang.toLowerCase() === this.localize.language.toLowerCase() ? text : html`<span lang=${lang}>${text}</span>`;
  }

  /** The heading level of the months in the list (and of the day panel). */
  private level(): number {
    return Math.min(5, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  /** The details of an open event: drawn by their lazily loaded part, empty for the moment it takes to arrive. */
  private renderDetails(item: CalendarEvent): unknown {
    const details = this.pending.part(eventDetails);
    return details ? details.renderDetails(this, item) : details === null ? this.localize.strings.unavailable : nothing;
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
    return this.localize.pick(eventCalendarStrings).monthStatus(this.formatDay(this.grid!.month, MONTH_YEAR), this.listed.length);
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

  // --- structured data ------------------------------------------------------------------

  private removeStructuredData(): void {
    this.structuredDataScript?.remove();
    this.structuredDataScript = undefined;
  }

  // --- formatting -----------------------------------------------------------------------

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
    let formatter = formatters.get(key);
    if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(this.localize.locale, { ...options, timeZone })));
    return formatter;
  }

  /** A calendar day in words; days are zone-free, so they are formatted in UTC. */
  private formatDay(day: IsoDay, options: Intl.DateTimeFormatOptions): string {
    return this.formatter(options, 'UTC').format(utcOf(day));
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
    const end = event.end && !isDateOnly(event.end) ? Date.parse(event.end) : undefined;
    const sameDay = item.firstDay === item.lastDay;
    const options: Intl.DateTimeFormatOptions =
      withDate || !sameDay ? { day: 'numeric', month: sameDay ? 'long' : 'short', hour: 'numeric', minute: '2-digit' } : { hour: 'numeric', minute: '2-digit' };
    const zone = this.zone();
    const formatter = this.formatter(options, zone);
    if (end === undefined || end <= start) return formatter.format(start);
    if (withDate || !sameDay) return formatter.formatRange(start, end);
    // Times alone read the same for the same two wall-clock times, and formatRange is slow (tens
    // of microseconds): one per pair of times, counted from the start's midnight.
    const wallStart = wallClockInZone(start, zone);
    const midnight = wallStart - (((wallStart % DAY_MS) + DAY_MS) % DAY_MS);
    const key = `${this.localize.locale}|${wallStart - midnight}|${wallClockInZone(end, zone) - midnight}`;
    let text = timeRanges.get(key);
    if (text === undefined) timeRanges.set(key, (text = formatter.formatRange(start, end)));
    return text;
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
