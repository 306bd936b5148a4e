/**
 * The HTML a partner pastes, built in one place so that the "Embedding" docs page and the embed
 * configurator (demo/configurator/) never disagree about it.
 *
 * Values may come from a person typing into the configurator, so every attribute value is
 * escaped, and tag and attribute names are checked rather than trusted.
 */

/** Where a partner hosts the whole `dist/cdn/` folder (the files share chunks, so it moves as one). */
export const CDN_PLACEHOLDER = 'https://YOUR-HOST/cdn/';

/** Where a partner's feed lives, in examples. */
export const FEED_PLACEHOLDER = 'https://YOUR-HOST/feeds/creative-nodes-fusion.json';

/** The file in `dist/cdn/` that registers every widget. */
export const ALL_WIDGETS_FILE = 'creative-nodes.js';

/** An attribute's value in a snippet: `true` is written bare, `false`, `undefined`, `null` and `''` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** Attributes in the order they are written. */
export type Attributes = Readonly<Record<string, AttributeValue>> | ReadonlyArray<readonly [string, AttributeValue]>;

const TAG_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Escapes a value for a double-quoted attribute: it can neither end the quotes nor start markup. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text content between tags. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Whether `name` is a valid custom element name of the plain kind the widgets use (`cn-contact-card`). */
export function isTagName(name: string): boolean {
  return TAG_NAME.test(name);
}

function entries(attributes: Attributes): ReadonlyArray<readonly [string, AttributeValue]> {
  return Array.isArray(attributes) ? (attributes as ReadonlyArray<readonly [string, AttributeValue]>) : Object.entries(attributes);
}

/** ` name="value"` for each attribute that is set, ` name` for `true`. */
export function attributeText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`Not an attribute name: ${JSON.stringify(name)}`);
    if (value === undefined || value === null || value === false || value === '') continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

export interface ElementOptions {
  /** Lines inside the element (already HTML), indented by two spaces each. */
  children?: readonly string[];
}

/** One element as HTML: `<cn-event-calendar src="…" past></cn-event-calendar>`. */
export function elementSnippet(tag: string, attributes: Attributes = {}, options: ElementOptions = {}): string {
  if (!isTagName(tag)) throw new Error(`Not a custom element name: ${JSON.stringify(tag)}`);
  const open = `<${tag}${attributeText(attributes)}>`;
  const children = options.children ?? [];
  if (children.length === 0) return `${open}</${tag}>`;
  const inner = children.flatMap((child) => child.split('\n')).map((line) => (line ? `  ${line}` : line));
  return [open, ...inner, `</${tag}>`].join('\n');
}

/** The CDN file of one widget: `cn-event-calendar` → `event-calendar.js`. */
export function widgetFile(tag: string): string {
  if (!isTagName(tag) || !tag.startsWith('cn-')) throw new Error(`Not a Creative Nodes tag: ${JSON.stringify(tag)}`);
  return `${tag.slice('cn-'.length)}.js`;
}

/** The address of a file in the hosted `cdn/` folder (`base` with or without its final slash). */
export function cdnUrl(base: string = CDN_PLACEHOLDER, file: string = ALL_WIDGETS_FILE): string {
  return `${base.replace(/\/+$/, '')}/${file}`;
}

/** The one script line: `<script type="module" src="…"></script>`. */
export function scriptSnippet(src: string): string {
  return `<script type="module" src="${escapeAttribute(src)}"></script>`;
}

export interface EmbedOptions {
  /** The widget's tag. */
  tag: string;
  /** Its attributes, in order (`src` first reads best). */
  attributes?: Attributes;
  /** Where the hosted `cdn/` folder is (default: the placeholder). */
  cdnBase?: string;
  /** Load only this widget's file instead of `creative-nodes.js` (every widget). */
  onlyThisWidget?: boolean;
  /** Lines inside the element. */
  children?: readonly string[];
}

/** What a partner pastes: the script line, then the widget. */
export function embedSnippet(options: EmbedOptions): string {
  const file = options.onlyThisWidget ? widgetFile(options.tag) : ALL_WIDGETS_FILE;
  return `${scriptSnippet(cdnUrl(options.cdnBase, file))}\n\n${elementSnippet(options.tag, options.attributes, { children: options.children })}`;
}

/** A CSS rule for a partner's stylesheet: `cn-contact-card {\n  --cn-radius: 0;\n}`. */
export function cssRuleSnippet(selector: string, declarations: ReadonlyArray<readonly [string, string]>): string {
  if (declarations.length === 0) return '';
  return `${selector} {\n${declarations.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}
