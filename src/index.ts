/**
 * Everything, registered: `<cn-programme>` and every widget. For `<script type="module">`
 * users and for apps that want all widgets; import a widget's own `define.js` for just one.
 */
import './programme/define.js';
import './contact-card/define.js';
import './member-roster/define.js';
import './phase-meter/define.js';
import './event-calendar/define.js';
import './funder-strip/define.js';

export { Programme } from './programme/programme.js';
export { ContactCard } from './contact-card/contact-card.js';
export { MemberRoster } from './member-roster/member-roster.js';
export { PhaseMeter } from './phase-meter/phase-meter.js';
export { EventCalendar } from './event-calendar/event-calendar.js';
export { FunderStrip } from './funder-strip/funder-strip.js';
export { FeedElement, type Theme } from './base/feed-element.js';
export { defineElement, LIBRARY_VERSION } from './base/define.js';
export type { CnErrorDetail, CnLoadDetail } from './base/events.js';
export type { FeedState } from './data/feed-state.js';
export type { LoadedFeed } from './data/load-feed.js';
export { validateFeed, FeedError, type FeedIssue, type FeedErrorKind } from './feed/validate.js';
export type * from './feed/schema.js';
