import * as stories from '../../stories/funder-strip.stories.js';
import { describeStories } from '../support/stories.js';

describeStories(stories);
