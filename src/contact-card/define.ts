import { defineElement } from '../base/define.js';
import '../programme/define.js';
import { ContactCard } from './contact-card.js';

export { ContactCard };
defineElement('cn-contact-card', ContactCard);
