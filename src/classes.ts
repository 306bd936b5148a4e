/**
 * The element classes without registering any tag, for apps that register their own names:
 * `customElements.define('my-contacts', ContactCard)`.
 */
export { Programme } from './programme/programme.js';
export { ContactCard } from './contact-card/contact-card.js';
export { MemberRoster } from './member-roster/member-roster.js';
export { PhaseMeter } from './phase-meter/phase-meter.js';
export { EventCalendar } from './event-calendar/event-calendar.js';
export { FunderStrip } from './funder-strip/funder-strip.js';
export { FeedElement } from './base/feed-element.js';
