import { expect } from '@open-wc/testing';

/**
 * Loading the library must cost a page as little as possible: the page's first Intl object
 * loads locale data (about 20 ms on a modest machine), so none is made before a widget needs one.
 * This file's page has loaded nothing of the library before the test imports it.
 */
describe('loading the library', () => {
  it('makes no Intl object while its modules load', async () => {
    const made: string[] = [];
    const kinds = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter'] as const;
    const originals = kinds.map((kind) => [kind, Intl[kind]] as const);
    for (const [kind, original] of originals) {
      (Intl as Record<string, unknown>)[kind] = new Proxy(original, {
        construct(target, args) {
          made.push(kind);
          return Reflect.construct(target, args);
        },
      });
    }
    try {
      await import('../../src/index.js');
    } finally {
      for (const [kind, original] of originals) (Intl as Record<string, unknown>)[kind] = original;
    }
    expect(made).to.deep.equal([]);
  });
});
