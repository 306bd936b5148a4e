import { defineElement } from '../base/define.js';
import '../programme/define.js';
import { PhaseMeter } from './phase-meter.js';

export { PhaseMeter };
defineElement('cn-phase-meter', PhaseMeter);
