/**
 * Members are built as plain DOM (no template markers per member): these helpers are shared by
 * the cards (member-roster.ts) and the list and logo wall (layouts.ts, loaded on demand).
 */

/**
 * A new element. Children that are strings become text nodes, never markup; false and
 * undefined children are left out.
 */
export function el(tag: string, attributes: Record<string, string | number>, ...children: (Node | string | false | undefined)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, String(attributes[name]));
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Words for screen readers only ("Ort: " before a city). */
export const hidden = (text: string) => el('span', { class: 'visually-hidden' }, text);
