import { defineElement } from '../base/define.js';
import { Programme } from './programme.js';

export { Programme };
defineElement('cn-programme', Programme);
