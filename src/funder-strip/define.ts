import { defineElement } from '../base/define.js';
import '../programme/define.js';
import { FunderStrip } from './funder-strip.js';

export { FunderStrip };
defineElement('cn-funder-strip', FunderStrip);
