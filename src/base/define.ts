/**
 * Registration that survives other people's pages: a partner may load a widget twice, or
 * two versions of this library, and neither may throw. A clash is reported once.
 */
export const LIBRARY_VERSION = '0.1.0';

const WARNED_KEY = Symbol.for('creative-nodes.define-warnings.v1');
type GlobalWithWarnings = typeof globalThis & { [WARNED_KEY]?: Set<string> };
const warned = ((globalThis as GlobalWithWarnings)[WARNED_KEY] ??= new Set<string>());

/** Registers `constructor` as `tag` unless the tag is taken; returns whether it registered. */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return true;
  }
  if (existing !== constructor && !warned.has(tag)) {
    warned.add(tag);
    const theirs = (existing as { version?: string }).version ?? 'unknown';
    console.warn(
      `<${tag}> is already defined (Creative Nodes widgets ${theirs}); this copy (${LIBRARY_VERSION}) left it as it was. Load the library once per page.`,
    );
  }
  return false;
}
