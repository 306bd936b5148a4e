/**
 * The elements above a node, from its parent up, stepping out of shadow roots to their
 * hosts: how `lang` and the nearest `<cn-programme>` are found for a widget that sits inside
 * another component.
 */
export function* composedAncestors(node: Node): Generator<Element> {
  let current: Node | null = node.parentNode;
  while (current) {
    if (current instanceof ShadowRoot) current = current.host;
    if (current instanceof Element) yield current;
    current = current.parentNode;
  }
}
