import { expect } from '@open-wc/testing';
import type { Translations } from '../../src/i18n/strings.js';

/** Every key has a non-empty Swedish and English string (functions are called with a sample). */
export function expectCompleteTranslations(translations: Translations<object>): void {
  const keys = (strings: object): string[] =>
    Object.entries(strings).flatMap(([key, value]) => (value && typeof value === 'object' ? keys(value).map((inner) => `${key}.${inner}`) : [key]));
  expect(keys(translations.sv)).to.deep.equal(keys(translations.en));
  for (const strings of [translations.sv, translations.en]) {
    for (const key of keys(strings)) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings);
      const text = typeof value === 'function' ? (value as (...args: unknown[]) => unknown)('x', 1, 2) : value;
      expect(text, key).to.be.a('string').and.not.equal('');
    }
  }
}
