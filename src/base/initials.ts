import { css } from 'lit';

/**
 * Initials on a stable colour, for a person or a company without a photo or logo (or whose
 * image does not load). The same name gets the same colour in every widget on every site.
 */
export const TONES = 8;

/** Up to two initials: "Anna Exempelsson" → "AE", "Creative North" → "CN". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word.replace(/^\P{L}+/u, '')][0]?.toLocaleUpperCase('sv') ?? '').join('');
}

/** The colour (0–7) for a name: a small string hash, the same everywhere. */
export function toneOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % TONES;
}

/** `class="tone-N"` backgrounds; each keeps white text at 4.5:1 or better (WCAG 1.4.3). */
export const toneStyles = css`
  .tone-0 { background: #005a8c; }
  .tone-1 { background: #6a3d9a; }
  .tone-2 { background: #2e6b30; }
  .tone-3 { background: #a4161a; }
  .tone-4 { background: #8a4b08; }
  .tone-5 { background: #00695c; }
  .tone-6 { background: #4a4f8c; }
  .tone-7 { background: #7a2e5a; }
`;
