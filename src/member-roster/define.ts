import { defineElement } from '../base/define.js';
import '../programme/define.js';
import { MemberRoster } from './member-roster.js';

export { MemberRoster };
defineElement('cn-member-roster', MemberRoster);
