import * as stories from '../../stories/event-calendar.stories.js';
import { describeStories } from '../support/stories.js';

describeStories(stories);
