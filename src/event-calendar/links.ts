/**
 * Links the calendar builds itself in an event's details (loaded with them), and the check on
 * links the page gives it (page-href.ts, loaded with the compact embed's link). Feed links are already http(s)
 * (the schema drops anything else); these functions never turn feed text into anything but
 * text and http(s) addresses.
 */

export { safePageHref } from './page-href.js';

/** A search on OpenStreetMap for a place, built from its parts. */
export function mapUrl(place: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`;
}

/** A piece of plain text: words, or an http(s) address to link. */
export type TextPiece = { text: string } | { text: string; href: string };

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/gi;

/**
 * Splits plain text into words and http(s) addresses. Punctuation that ends a sentence
 * (or closes a bracket opened before the address) is not part of the address.
 */
export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    let address = match[0].replace(/[.,;:!?'’”)\]]+$/, '');
    // Keep a closing bracket that belongs to the address: https://sv.wikipedia.org/wiki/X_(Y)
    const opens = (address.match(/\(/g) ?? []).length;
    const trail = match[0].slice(address.length);
    if (opens > (address.match(/\)/g) ?? []).length && trail.startsWith(')')) address += ')';
    let href: string | undefined;
    try {
      const url = new URL(address);
      if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
    } catch {
      href = undefined;
    }
    if (!href) continue;
    const start = match.index!;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: address, href });
    last = start + address.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
