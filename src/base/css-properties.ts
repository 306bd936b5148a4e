import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM on every render, including the first:
 * `<div ${cssProperties({ '--_share': 0.4 })}>`. Lit's `styleMap` writes a `style="…"`
 * attribute on its first render, which a strict `style-src` refuses; `style.setProperty`
 * is always allowed. Properties dropped between renders are removed.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element: <div ${cssProperties({…})}>');
  }

  render(_properties: Readonly<Record<string, string | number | undefined>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string | number | undefined>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
