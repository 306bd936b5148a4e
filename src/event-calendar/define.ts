import { defineElement } from '../base/define.js';
import '../programme/define.js';
import { EventCalendar } from './event-calendar.js';

export { EventCalendar };
defineElement('cn-event-calendar', EventCalendar);
