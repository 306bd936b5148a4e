import * as stories from '../../stories/member-roster.stories.js';
import { describeStories } from '../support/stories.js';

describeStories(stories);
