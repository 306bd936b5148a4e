import * as stories from '../../stories/phase-meter.stories.js';
import { describeStories } from '../support/stories.js';

describeStories(stories);
