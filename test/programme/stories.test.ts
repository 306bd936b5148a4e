import * as stories from '../../stories/programme.stories.js';
import { describeStories } from '../support/stories.js';

describeStories(stories);
