/**
 * Feed texts in the reader's language: no DOM here, so the widgets and the command-line tool
 * choose the same text the same way.
 */
import type { LocalizedText } from './schema.js';

/** Feed text resolved for display, with the language it is really in (for a `lang` attribute). */
export interface ResolvedText {
  text: string;
  lang: string;
}

/** The base language of a tag, lower case: `sv-FI` → `sv`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/**
 * Picks the best text for `language`: exact tag, same base language, English, Swedish,
 * then whatever the feed has. A plain string is in the feed's own language.
 */
export function resolveText(value: LocalizedText, language: string, feedLanguage = 'sv'): ResolvedText {
  if (typeof value === 'string') return { text: value, lang: feedLanguage };
  const entries = Object.entries(value);
  const wanted = baseLanguage(language);
  const match =
    entries.find(([tag]) => tag.toLowerCase() === language.toLowerCase()) ??
    entries.find(([tag]) => baseLanguage(tag) === wanted) ??
    entries.find(([tag]) => baseLanguage(tag) === 'en') ??
    entries.find(([tag]) => baseLanguage(tag) === 'sv') ??
    entries[0];
  return { text: match[1], lang: match[0] };
}
