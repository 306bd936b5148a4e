/**
 * The check on the one link the page gives the calendar (`more-href`): loaded with the compact
 * embed's link (compact.ts), apart from links.ts, whose feed-text links load with an event's
 * details.
 */

/** An http(s) or relative address the page gave (`more-href`); anything with another scheme is refused. */
export function safePageHref(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || /[\u0000-\u001F\u007F]/.test(trimmed)) return undefined;
  // A scheme is letters followed by ":" before any "/", "?" or "#": `javascript:`, `data:`, `https:`.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return undefined;
  try {
    const url = new URL(trimmed, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
