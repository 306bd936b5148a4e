import { funderStripStrings } from '../../src/funder-strip/strings.js';
import { expectCompleteTranslations } from '../support/translations.js';

describe('funder strip strings', () => {
  it('are complete in Swedish and English', () => {
    expectCompleteTranslations(funderStripStrings);
  });
});
