import * as stories from '../../stories/contact-card.stories.js';
import { describeStories } from '../support/stories.js';

describeStories(stories);
