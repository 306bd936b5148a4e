/**
 * `cn-feed from-ics`: an iCalendar export (Outlook, Google Calendar, Apple Calendar) turned
 * into the feed's `events`, checked by the widgets' own validator.
 */
import type { ProgrammeEvent } from '../feed/schema.js';
import { validateFeed } from '../feed/validate.js';
import { findComponents, parseIcsBytes, properties, property, splitList, unescapeText, type IcsComponent, type IcsProperty } from './ical-read.js';
import { expandRule, parseRule } from './ical-recur.js';
import { DAY, fieldsOf, formatDate, formatInZone, ianaZone, localMs, parseLocal, resolveZone, zonedToInstant, type Zone } from './ical-time.js';
import { issueMessage, type CliLanguage } from './issue-messages.js';
import { cliStrings, type CliStrings } from './strings.js';

export interface ConversionMessage {
  severity: 'error' | 'warning';
  text: string;
  /** The spreadsheet row a message is about, when it is about one. */
  row?: number;
}

export interface IcsConversionOptions {
  language: CliLanguage;
  /** First and last day (`2026-03-14`) of the window recurring events are expanded over. */
  from: string;
  to: string;
  /** For times without a zone; default: the calendar's X-WR-TIMEZONE, else Europe/Stockholm. */
  timeZone?: string;
}

export interface IcsConversion {
  /** False when the file is not an iCalendar file at all. */
  isCalendar: boolean;
  events: ProgrammeEvent[];
  messages: ConversionMessage[];
  /** How many VEVENTs the file holds. */
  entries: number;
}

/** How many occurrences of one series are written at most. */
export const MAX_OCCURRENCES = 1000;

const UTC: Zone = { name: 'UTC', offsetAt: () => 0 };

/** A start or end read from DTSTART/DTEND/EXDATE/RECURRENCE-ID. */
type IcsTime =
  /** A date: `local` is its midnight in local milliseconds. */
  | { allDay: true; local: number }
  /** A moment; `local` is its wall-clock time in `zone` (the zone recurrences follow). */
  | { allDay: false; local: number; instant: number; zone: Zone };

/** FNV-1a, 32 bits: a short stable fingerprint for long or missing UIDs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A feed id from a UID: Outlook's are 100+ hex digits, Google's contain "@". */
export function idFromUid(uid: string): string {
  // A calendar made by `cn-feed to-ics` ("<event id>@<programme>.creative-nodes") or by the
  // calendar widget's download ("<event id>@creative-nodes"): the event's own id comes back.
  const own = /^([A-Za-z0-9][A-Za-z0-9._:-]{0,127})@(?:[A-Za-z0-9._:-]+\.)?creative-nodes$/.exec(uid.trim());
  if (own) return own[1];
  const slug = uid
    .trim()
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (slug === '') return `event-${fingerprint(uid)}`;
  return slug.length > 100 ? `${slug.slice(0, 80)}-${fingerprint(uid)}` : slug;
}

/** Google Calendar exports descriptions with HTML; the feed holds plain text. */
function plainText(text: string): { text: string; wasHtml: boolean } {
  if (!/<\/?(a|b|i|u|p|br|div|span|ul|ol|li|strong|em|html|body)\b[^>]*>/i.test(text)) return { text, wasHtml: false };
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  const plain = text
    // A link keeps its address: "programme (https://…)", or just the address when that is its text.
    .replace(/<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)<\/a>/gis, (_, href: string, label: string) => {
      const shown = label.replace(/<[^>]*>/g, '').trim();
      const bare = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      return !shown || bare(shown) === bare(href) ? href : `${shown} (${href})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name.toLowerCase()] ?? entity),
    )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: plain, wasHtml: true };
}

const isHttpUrl = (value: string) => /^https?:\/\/[^\s<>"]+$/i.test(value) && URL.canParse(value);

export function icsToEvents(bytes: Uint8Array, options: IcsConversionOptions): IcsConversion {
  const strings: CliStrings = cliStrings[options.language];
  const messages: ConversionMessage[] = [];
  const warn = (text: string) => messages.push({ severity: 'warning', text });
  const fail = (text: string) => messages.push({ severity: 'error', text });

  const root = parseIcsBytes(bytes);
  const calendars = findComponents(root, 'VCALENDAR');
  if (calendars.length === 0) return { isCalendar: false, events: [], messages: [{ severity: 'error', text: strings.notCalendar }], entries: 0 };

  const calendarZoneName = property(calendars[0], 'X-WR-TIMEZONE')?.value.trim();
  const defaultZone = ianaZone(options.timeZone ?? (calendarZoneName && ianaZone(calendarZoneName) ? calendarZoneName : 'Europe/Stockholm'))!;
  let warnedFloating = false;

  /** Reads a date or date-time value with the property's TZID / VALUE parameters. */
  const readTime = (raw: string, params: IcsProperty['params'], line: number, calendar: IcsComponent): IcsTime | undefined => {
    const value = raw.trim();
    if (params.VALUE?.[0]?.toUpperCase() === 'DATE' || /^\d{8}$/.test(value)) {
      const local = parseLocal(value.slice(0, 8));
      return local === undefined ? undefined : { allDay: true, local };
    }
    if (value.endsWith('Z')) {
      const instant = parseLocal(value.slice(0, -1));
      return instant === undefined ? undefined : { allDay: false, local: instant, instant, zone: UTC };
    }
    const local = parseLocal(value);
    if (local === undefined) return undefined;
    const tzid = params.TZID?.[0];
    let zone = defaultZone;
    if (tzid) {
      const resolved = resolveZone(tzid, calendar);
      if (resolved) zone = resolved;
      else warn(strings.icsUnknownZone(line, tzid, defaultZone.name));
    } else if (!warnedFloating) {
      warnedFloating = true;
      warn(strings.icsFloating(line, defaultZone.name));
    }
    return { allDay: false, local, instant: zonedToInstant(local, zone), zone };
  };

  const timeOf = (component: IcsComponent, name: string, calendar: IcsComponent) => {
    const found = property(component, name);
    return found ? { time: readTime(found.value, found.params, found.line, calendar), raw: found.value } : undefined;
  };

  /** How the feed writes a moment: the wall clock of the event's own zone (UTC times: the calendar's zone). */
  const formatTime = (time: IcsTime): string => (time.allDay ? formatDate(time.local) : formatInZone(time.instant, time.zone === UTC ? defaultZone : time.zone));

  const windowStart = zonedToInstant(localMs(...(options.from.split('-').map(Number) as [number, number, number])), defaultZone);
  const windowEndLocal = localMs(...(options.to.split('-').map(Number) as [number, number, number])) + DAY - 1;
  const windowEnd = zonedToInstant(windowEndLocal, defaultZone);
  const inWindow = (time: IcsTime) =>
    time.allDay ? time.local >= localMs(...(options.from.split('-').map(Number) as [number, number, number])) && time.local <= windowEndLocal : time.instant >= windowStart && time.instant <= windowEnd;

  const events: { event: ProgrammeEvent; line: number; sortKey: number }[] = [];
  const usedIds = new Set<string>();
  let entries = 0;

  for (const calendar of calendars) {
    const vevents = findComponents(calendar, 'VEVENT');
    entries += vevents.length;
    /** Moved or changed single occurrences, by UID and the occurrence they replace. */
    const overrides = new Map<string, Set<string>>();
    const occurrenceKey = (time: IcsTime) => (time.allDay ? formatDate(time.local) : String(time.instant));

    for (const vevent of vevents) {
      const recurrenceId = property(vevent, 'RECURRENCE-ID');
      const uid = property(vevent, 'UID')?.value.trim();
      if (!recurrenceId || !uid) continue;
      const time = readTime(recurrenceId.value, recurrenceId.params, recurrenceId.line, calendar);
      if (!time) continue;
      if (!overrides.has(uid)) overrides.set(uid, new Set());
      overrides.get(uid)!.add(occurrenceKey(time));
      // Also by date, for overrides whose RECURRENCE-ID is written in another zone than DTSTART.
      overrides.get(uid)!.add(`date:${formatDate(time.local)}`);
    }

    for (const vevent of vevents) {
      const line = vevent.line;
      const classification = property(vevent, 'CLASS')?.value.trim().toUpperCase();
      if (classification === 'PRIVATE' || classification === 'CONFIDENTIAL') {
        warn(strings.icsPrivate(line));
        continue;
      }
      const title = unescapeText(property(vevent, 'SUMMARY')?.value ?? '').trim();
      const start = timeOf(vevent, 'DTSTART', calendar);
      if (!start) {
        fail(strings.icsEventSkipped(line, strings.icsNoStart));
        continue;
      }
      if (!start.time) {
        fail(strings.icsEventSkipped(line, strings.icsBadDate(start.raw)));
        continue;
      }
      if (!title) {
        fail(strings.icsEventSkipped(line, strings.icsNoTitle));
        continue;
      }
      const startTime = start.time;

      // The length of the event, to put an end on every occurrence.
      let length: number | undefined;
      const end = timeOf(vevent, 'DTEND', calendar);
      if (end?.time) {
        length = end.time.allDay ? end.time.local - startTime.local : end.time.instant - (startTime.allDay ? startTime.local : startTime.instant);
      } else if (end) {
        warn(strings.icsLine(line, strings.icsBadDate(end.raw)));
      } else {
        const duration = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(property(vevent, 'DURATION')?.value.trim() ?? '');
        if (duration) {
          const [weeks, days, hours, minutes, seconds] = duration.slice(1).map((part) => Number(part ?? 0));
          length = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000;
        }
      }

      const uid = property(vevent, 'UID')?.value.trim();
      if (!uid) warn(strings.icsNoUid(line));
      const baseId = uid ? idFromUid(uid) : `event-${fingerprint(`${title}|${start.raw}`)}`;

      const description = property(vevent, 'DESCRIPTION') ? plainText(unescapeText(property(vevent, 'DESCRIPTION')!.value).trim()) : undefined;
      if (description?.wasHtml) warn(strings.icsHtml(line));
      const locationText = unescapeText(property(vevent, 'LOCATION')?.value ?? '').trim();
      let onlineUrl = ['X-MICROSOFT-SKYPETEAMSMEETINGURL', 'X-GOOGLE-CONFERENCE'].map((name) => property(vevent, name)?.value.trim()).find((value) => value && isHttpUrl(value));
      let locationName: string | undefined = locationText || undefined;
      if (locationText && isHttpUrl(locationText)) {
        onlineUrl ??= locationText;
        locationName = undefined;
      }
      const urlValue = property(vevent, 'URL')?.value.trim();
      if (urlValue && !isHttpUrl(urlValue)) warn(strings.icsBadUrl(line, urlValue));
      const categories = [
        ...new Set(properties(vevent, 'CATEGORIES').flatMap((entry) => splitList(entry.value).map((item) => unescapeText(item).trim())).filter(Boolean)),
      ];
      const cancelled = property(vevent, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED';

      /** The feed event for one occurrence starting at `occurrence`. */
      const build = (id: string, occurrence: IcsTime): ProgrammeEvent => {
        const event: Record<string, unknown> = { id, title };
        if (description?.text) event.description = description.text;
        event.start = formatTime(occurrence);
        if (length !== undefined && length > 0) {
          if (occurrence.allDay) {
            // iCalendar's all-day end is exclusive; the feed's is the last day.
            const lastDay = occurrence.local + Math.max(DAY, Math.round(length / DAY) * DAY) - DAY;
            if (lastDay > occurrence.local) event.end = formatDate(lastDay);
          } else {
            event.end = formatInZone(occurrence.instant + length, occurrence.zone === UTC ? defaultZone : occurrence.zone);
          }
        }
        if (locationName) event.location = { name: locationName };
        if (onlineUrl) {
          event.onlineUrl = onlineUrl;
          event.attendanceMode = locationName ? 'hybrid' : 'online';
        }
        if (urlValue && isHttpUrl(urlValue)) event.url = urlValue;
        if (categories.length > 0) event.categories = categories;
        if (cancelled) event.status = 'cancelled';
        return event as unknown as ProgrammeEvent;
      };

      const add = (id: string, occurrence: IcsTime) => {
        let unique = id;
        for (let serial = 2; usedIds.has(unique); serial++) unique = `${id}-${serial}`;
        if (unique !== id) warn(strings.icsDuplicateId(line, id));
        usedIds.add(unique);
        events.push({ event: build(unique, occurrence), line, sortKey: occurrence.allDay ? zonedToInstant(occurrence.local, defaultZone) : occurrence.instant });
      };

      const recurrenceId = property(vevent, 'RECURRENCE-ID');
      if (recurrenceId) {
        // One changed occurrence of a series: its id is the series' id and the original date.
        const original = readTime(recurrenceId.value, recurrenceId.params, recurrenceId.line, calendar);
        if (inWindow(startTime) || (original && inWindow(original))) add(`${baseId}-${formatDate(original?.local ?? startTime.local).replaceAll('-', '')}`, startTime);
        continue;
      }

      const rruleProperty = property(vevent, 'RRULE');
      const rdates = properties(vevent, 'RDATE');
      if (!rruleProperty && rdates.length === 0) {
        add(baseId, startTime);
        continue;
      }

      // A series: every occurrence in the window, minus EXDATEs and overridden occurrences.
      const occurrences: IcsTime[] = [];
      const zone = startTime.allDay ? defaultZone : startTime.zone;
      const toTime = (local: number): IcsTime => (startTime.allDay ? { allDay: true, local } : { allDay: false, local, instant: zonedToInstant(local, zone), zone });
      if (rruleProperty) {
        const rule = parseRule(rruleProperty.value);
        if (!rule) {
          warn(strings.icsRuleUnsupported(rruleProperty.line, rruleProperty.value));
          occurrences.push(startTime);
        } else {
          for (const part of rule.unsupported) warn(strings.icsRuleUnsupported(rruleProperty.line, part));
          let pastUntil = (_local: number) => false;
          if (rule.until) {
            const until = rule.until;
            if (until.endsWith('Z')) {
              const limit = parseLocal(until.slice(0, -1));
              if (limit !== undefined) pastUntil = (local) => (startTime.allDay ? local > limit : zonedToInstant(local, zone) > limit);
            } else {
              const limit = parseLocal(until);
              if (limit !== undefined) pastUntil = (local) => local > (/^\d{8}$/.test(until) ? limit + DAY - 1 : limit);
            }
          }
          const expanded = expandRule(rule, startTime.local, {
            notAfter: windowEndLocal + DAY,
            pastUntil,
            maxOccurrences: 50_000,
          });
          occurrences.push(...expanded.occurrences.map(toTime));
        }
      } else {
        occurrences.push(startTime);
      }
      for (const rdate of rdates) {
        for (const value of splitList(rdate.value)) {
          const time = readTime(value, rdate.params, rdate.line, calendar);
          if (!time) continue;
          // A date-only RDATE of a timed event happens at the event's time of day.
          if (time.allDay && !startTime.allDay) occurrences.push(toTime(time.local + (startTime.local - localMs(fieldsOf(startTime.local).year, fieldsOf(startTime.local).month, fieldsOf(startTime.local).day))));
          else occurrences.push(time.allDay === startTime.allDay ? time : toTime(time.local));
        }
      }

      const excludedMoments = new Set<number>();
      const excludedDates = new Set<string>();
      for (const exdate of properties(vevent, 'EXDATE')) {
        for (const value of splitList(exdate.value)) {
          const time = readTime(value, exdate.params, exdate.line, calendar);
          if (!time) continue;
          if (time.allDay) excludedDates.add(formatDate(time.local));
          else {
            excludedMoments.add(time.instant);
            if (startTime.allDay) excludedDates.add(formatDate(time.local));
          }
        }
      }
      const replaced = (uid && overrides.get(uid)) || new Set<string>();

      const kept = occurrences
        .filter((time, index, all) => all.findIndex((other) => occurrenceKey(other) === occurrenceKey(time)) === index)
        .filter((time) => !(time.allDay ? excludedDates.has(formatDate(time.local)) : excludedMoments.has(time.instant) || excludedDates.has(formatDate(time.local))))
        .filter((time) => !replaced.has(occurrenceKey(time)) && !replaced.has(`date:${formatDate(time.local)}`))
        .filter(inWindow)
        .sort((a, b) => (a.allDay ? a.local : a.instant) - (b.allDay ? b.local : b.instant));
      if (kept.length === 0) warn(strings.icsNoOccurrences(line, title, options.from, options.to));
      if (kept.length > MAX_OCCURRENCES) warn(strings.icsTooMany(line, title, MAX_OCCURRENCES));
      for (const time of kept.slice(0, MAX_OCCURRENCES)) add(`${baseId}-${formatDate(time.local).replaceAll('-', '')}`, time);
    }
  }

  events.sort((a, b) => a.sortKey - b.sortKey || a.event.id.localeCompare(b.event.id));

  // The widgets' validator has the last word: what it rejects is reported and left out.
  const { feed, issues } = validateFeed({ version: 1, events: events.map(({ event }) => event) });
  for (const issue of issues) {
    const index = Number(/^events\[(\d+)\]/.exec(issue.path)?.[1]);
    const where = Number.isInteger(index) ? events[index].line : 0;
    const text = `${issue.path}: ${issueMessage(issue.message, issue.path, options.language)}`;
    if (issue.severity === 'error') fail(strings.icsEventSkipped(where, text));
    else warn(strings.icsLine(where, text));
  }
  const cleaned = (feed.events ?? []).map((event) => {
    const { status, ...rest } = event;
    // "scheduled" is the default the validator filled in: leave it out as the file did.
    return (status === 'scheduled' ? rest : event) as ProgrammeEvent;
  });
  return { isCalendar: true, events: cleaned, messages, entries };
}
