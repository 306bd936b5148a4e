import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedElement } from '../base/feed-element.js';
import { DEFAULT_TIME_ZONE } from '../base/localize.js';
import { lazyPart, PendingRenders } from '../base/pending-renders.js';
import type { SeveralFeeds } from '../data/feed-state.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { FeedSection, LocalizedText } from '../feed/schema.js';
import { dayInZone, isDateOnly, isIsoDay, isValidTimeZone, utcOf, wallClockInZone, type IsoDay } from '../format/calendar-days.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import * as filterBar from './filters.js';
import { eventsOfFeed, eventsWhen, SLICED_ABOVE, type Attendance, type CalendarEvent } from './event-model.js';
import { eventCalendarStrings } from './strings.js';

export type CalendarView = 'list' | 'month';

/**
 * Events of a new list drawn at once (a screenful and more). A longer list is drawn and paged by
 * a part of its own (long-list.ts): the rest of its page in the next task, so that drawing is
 * never one long task, with off-screen events skipping layout and paint (`content-visibility`).
 */
const DRAW_FIRST = 12;

// Parts of the calendar loaded when first needed and shared by every calendar on the page. A
// compact embed's link is asked for while the feed loads; the others when a calendar first needs
// them: the grid, an event's details, several feeds or thousands of events, a list of more than a
// screenful, the JSON-LD. (The filter bar is shown by default, so it comes with the calendar.)
const compactLink = lazyPart('its link to the full calendar', () => import('./compact.js'));
const monthView = lazyPart('its month grid', () => import('./month-view.js'));
const eventDetails = lazyPart("an event's details", () => import('./details.js'));
const manyEvents = lazyPart('its preparation of many events', () => import('./many-events.js'));
const longList = lazyPart('its paging of long lists', () => import('./long-list.js'));
const structuredDataPart = lazyPart('its structured data', () => import('./structured-data.js'));

const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const WEEKDAY_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

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
  static override styles = [...FeedElement.styles, eventCalendarStyles, filterBar.styles];

  protected readonly sections: readonly FeedSection[] = ['events'];

  /** All the events of the last render (shown again while new ones are prepared). */
  private shownEvents?: CalendarEvent[];
  /** The events the last render listed: what the structured data describes. */
  private listed: CalendarEvent[] = [];
  private warnedTimeZone?: string;
  private filterMemo?: { events: CalendarEvent[]; key: string; result: CalendarEvent[] };
  /** Work that will bring another render (a lazily loaded part, events prepared in slices): `updateComplete` waits for it. */
  private readonly pending = new PendingRenders(this);

  /** Narrower than 36rem, the calendar shows the list even when the grid was asked for (followed by month-view.ts). */
  @state() protected narrow = false;
  /** The month grid: the first day of the month it shows, the day cell that holds its tab stop, the selected day (kept by month-view.ts). */
  @state() protected grid?: { month: IsoDay; focused: IsoDay; selected?: IsoDay };
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    structuredDataPart.module?.removeStructuredData(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['category', 'phase', 'attendance', 'past', 'query', 'pageSize', 'limit'].some((name) => changed.has(name as keyof EventCalendar)) || !this.shownCount) {
      this.shownCount = Math.max(1, this.pageSize || 50);
    }
    if (changed.has('openEvent') && this.openEvent) this.expanded = new Set(this.expanded).add(this.openEvent);
    // Parts this element will need: loaded while the feed loads.
    if (/\S\s+\S/.test(this.src ?? '')) this.pending.part(manyEvents);
    if (this.isCompact()) this.pending.part(compactLink);
    if (this.view === 'month') this.pending.part(monthView)?.followWidth(this);
    if (this.openEvent) this.pending.part(eventDetails);
    // Once the grid's part is here: the month it opens on.
    monthView.module?.openGrid(this, changed);
  }

  protected override updated(): void {
    if (this.structuredData && this.feedState.status === 'ready') this.pending.part(structuredDataPart)?.syncStructuredData(this);
    else structuredDataPart.module?.removeStructuredData(this);
  }

  /** Also waits for what brings another render: a part of the calendar loaded on demand, or thousands of events being prepared. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settled(() => super.getUpdateComplete());
  }

  /** The event as an iCalendar (RFC 5545) file, in the page's language (the file's writer comes with an event's details, loaded when first needed). */
  async icalendarOf(item: CalendarEvent, stamp: Date | number = Date.now()): Promise<string> {
    return (await eventDetails.load()).icalendarOf(this, item, stamp);
  }

  /** The events the calendar lists now (for the structured data, and for tests). */
  get listedEvents(): readonly CalendarEvent[] {
    return this.listed;
  }

  // --- rendering ------------------------------------------------------------------------

  /** With several feeds in `src`, each arrived feed is a source: events keep their programme. */
  protected renderFeed(loaded: LoadedFeed & SeveralFeeds): unknown {
    const sources = loaded.sources ?? [loaded];
    const strings = this.localize.pick(eventCalendarStrings);
    // One feed of the usual size is prepared at once; several feeds, or thousands of events, by
    // a part of their own (merged, in slices).
    const feed = sources[0].feed;
    const many = sources.length > 1 || (feed.events?.length ?? 0) > SLICED_ABOVE;
    const manyPart = many ? this.pending.part(manyEvents) : undefined;
    if (manyPart === null) return this.renderMessage(this.localize.strings.unavailable);
    const zone = this.zone();
    let events = many ? manyPart?.calendarEvents(sources, zone) : eventsOfFeed(feed, zone);
    if (!Array.isArray(events)) {
      // Thousands of events being prepared in slices (or the part that does it, loading): until
      // they are ready, what was shown stays (a refresh, another time zone), else the placeholder.
      if (events) this.pending.add(events);
      if (!this.shownEvents) return this.renderLoading();
      events = this.shownEvents;
    }
    this.shownEvents = events;
    if (events.length === 0) {
      this.listed = [];
      return this.renderMessage(strings.empty);
    }
    const compact = this.isCompact();
    // A compact embed's placeholder stays until its link has arrived, so that nothing moves when
    // it does; without the link (not loadable), the list is shown.
    const link = compact ? this.pending.part(compactLink) : null;
    if (link === undefined) return this.renderLoading();
    const filters = this.showsFilterBar() || this.hasCriteria() ? filterBar : null;
    const month = this.view === 'month' && !this.narrow && !compact;
    const grid = month ? this.pending.part(monthView) : undefined;
    // The month grid could not be loaded: the list shows the same events.
    const list = !month || grid === null;
    const matching = this.filtered(events, !list, filters);
    return html`
      ${filters && this.showsFilterBar() ? filters.renderFilters(this, events, sources, month) : nothing}
      ${list ? this.renderList(matching, compact) : grid ? grid.renderMonth(this, matching) : this.renderLoading()}
      ${compact
        ? (link?.renderMoreLink(this) ?? nothing)
        : html`<p part="status" role="status" class=${list ? '' : 'visually-hidden'}>${list ? strings.count(matching.length) : grid ? grid.monthStatus(this) : ''}</p>`}
    `;
  }

  private renderList(matching: CalendarEvent[], compact: boolean): unknown {
    const strings = this.localize.pick(eventCalendarStrings);
    let shown = matching.slice(0, compact ? this.limit : this.shownCount);
    if (shown.length === 0) {
      this.listed = shown;
      return this.renderMessage(this.hasCriteria() ? strings.noMatch : this.past ? strings.noPast : strings.noUpcoming);
    }
    // A long list (or one with more pages) has its part draw it; the first events are drawn while it loads.
    const paging = !compact && shown.length < matching.length;
    const needsPart = shown.length > DRAW_FIRST || paging;
    const long = needsPart ? this.pending.part(longList) : undefined;
    // Without that part (it could not be loaded) there is no "Show more": every event is drawn, so none is out of reach.
    if (long === null && !compact) shown = matching;
    this.listed = shown;
    const count = !needsPart || long === null ? shown.length : long ? long.drawCount(this, matching, shown.length, DRAW_FIRST) : DRAW_FIRST;
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
    return html`<div part="list" role="region" aria-label=${strings.listLabel} class=${shown.length > DRAW_FIRST ? 'many' : ''}>${months.map(
        ({ month, days }) =>
          html`<div part="month-heading" role="heading" aria-level=${level}>${this.formatDay(`${month}-01`, MONTH_YEAR)}</div><ol class="days">${days.map(
            ({ day, items }) =>
              html`<li><div part="day-heading" role="heading" aria-level=${level + 1}><time datetime=${day}>${this.formatDay(day, WEEKDAY_DAY)}</time></div><ul class="events">${items.map(
                (item) => html`<li>${this.renderEvent(item, level + 2, false)}</li>`,
              )}</ul></li>`,
          )}</ol>`,
      )}</div>${long && paging ? long.renderShowMore(this, matching.length - shown.length) : nothing}`;
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

  // --- what to show ---------------------------------------------------------------------

  private zone(): string {
    if (isValidTimeZone(this.timeZone)) return this.timeZone;
    if (this.warnedTimeZone !== this.timeZone) {
      this.warnedTimeZone = this.timeZone;
      console.warn(`<${this.localName}> time-zone="${this.timeZone}" is not a time zone; using ${DEFAULT_TIME_ZONE}.`);
    }
    return DEFAULT_TIME_ZONE;
  }

  /** Compact embed: the next `limit` events, no filters, a link to `more-href`. */
  private isCompact(): boolean {
    return (this.limit ?? 0) > 0;
  }

  private showsFilterBar(): boolean {
    return !this.isCompact() && !this.hideFilters;
  }

  /** Whether events are chosen by categories, phases, attendance or search words. */
  private hasCriteria(): boolean {
    // `query` is null once its attribute is removed.
    return !!(this.category || this.phase || this.attendance || this.query?.trim());
  }

  private currentDay(): IsoDay {
    return isIsoDay(this.today) ? this.today : dayInZone(Date.now(), this.zone());
  }

  /** Filtering is memoised: re-renders that change nothing (focus moves, details) cost nothing. */
  private filtered(events: CalendarEvent[], month: boolean, filters: typeof filterBar | null): CalendarEvent[] {
    // The grid shows every event of its month, past or not.
    const past = month ? undefined : this.past;
    const today = this.currentDay();
    const key = JSON.stringify([past, today, this.category, this.phase, this.attendance, this.query]);
    if (this.filterMemo?.events !== events || this.filterMemo.key !== key) {
      const when = eventsWhen(events, past, today);
      this.filterMemo = { events, key, result: filters && this.hasCriteria() ? filters.matching(this, when) : when };
    }
    return this.filterMemo.result;
  }

  // --- interaction ----------------------------------------------------------------------

  private toggleDetails(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
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

  /** A calendar day in words; days are zone-free, so they are formatted in UTC. */
  private formatDay(day: IsoDay, options: Intl.DateTimeFormatOptions): string {
    return this.localize.dateFormat(options, 'UTC').format(utcOf(day));
  }

  /** "15:00–18:00", "23–25 februari", "30 okt. 22:00 – 31 okt. 02:00"; with the date when asked. */
  private timeRange(item: CalendarEvent, withDate: boolean): string {
    const { event } = item;
    const strings = this.localize.pick(eventCalendarStrings);
    if (item.allDay) {
      const date: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: withDate ? 'numeric' : undefined };
      if (item.firstDay === item.lastDay) return withDate ? this.formatDay(item.firstDay, date) : strings.allDay;
      return this.localize.dateFormat(date, 'UTC').formatRange(utcOf(item.firstDay), utcOf(item.lastDay));
    }
    const start = item.startMs;
    const end = event.end && !isDateOnly(event.end) ? Date.parse(event.end) : undefined;
    const sameDay = item.firstDay === item.lastDay;
    const options: Intl.DateTimeFormatOptions =
      withDate || !sameDay ? { day: 'numeric', month: sameDay ? 'long' : 'short', hour: 'numeric', minute: '2-digit' } : { hour: 'numeric', minute: '2-digit' };
    const zone = this.zone();
    const formatter = this.localize.dateFormat(options, zone);
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

}

declare global {
  interface HTMLElementTagNameMap {
    'cn-event-calendar': EventCalendar;
  }
}
