/**
 * Reads the widgets and their attributes from the Custom Elements Manifest
 * (`custom-elements.json`), so the configurator offers exactly what the code declares: a new
 * attribute in a widget's JSDoc appears here after `npm run analyze`, with no edit.
 */
import { PROVIDER_TAG } from '../../src/data/feed-controller.js';

/** The parts of the manifest this module reads (schema 1.0). */
export interface Manifest {
  modules: ReadonlyArray<{ declarations?: ReadonlyArray<ManifestDeclaration> }>;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ReadonlyArray<ManifestAttribute>;
}
export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}

/** A widget a partner can embed. */
export interface WidgetInfo {
  tag: string;
  summary: string;
  attributes: readonly ManifestAttribute[];
}

/** One control of the configurator: booleans are checkboxes, literal unions selects, the rest text. */
export type Control =
  | { kind: 'boolean'; name: string; description: string }
  | { kind: 'select'; name: string; description: string; choices: readonly string[]; defaultValue?: string }
  | { kind: 'text'; name: string; description: string; numeric: boolean; defaultValue?: string };

/** Attributes the configurator sets itself (the feed) or that are not attributes at all. */
export const SKIPPED_ATTRIBUTES: readonly string[] = ['src', 'data'];

/** Every element with a tag in the manifest that draws something (the provider `<cn-programme>` draws nothing). */
export function widgetsIn(manifest: Manifest): WidgetInfo[] {
  const widgets: WidgetInfo[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag || tag === PROVIDER_TAG) continue;
      widgets.push({ tag, summary: declaration.summary ?? declaration.description ?? '', attributes: declaration.attributes ?? [] });
    }
  }
  return widgets;
}

/** The type without `undefined`/`null`: what a value may be when it is set. */
function setType(typeText: string): string[] {
  return typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null' && part !== '');
}

const QUOTED = /^(['"])(.*)\1$/;

/** `'light' | 'dark' | undefined` → `['light', 'dark']`; anything else → undefined. */
export function stringLiterals(typeText: string): string[] | undefined {
  const parts = setType(typeText);
  if (parts.length === 0 || !parts.every((part) => QUOTED.test(part))) return undefined;
  return parts.map((part) => QUOTED.exec(part)![2]);
}

/**
 * The analyzer writes a named union (`view: CalendarView`) as its name, not its members. Every
 * such attribute here lists its values in backticks in its description ("`list` (default) …;
 * `month` …"), so those are the choices; two at least, or it stays a text field.
 */
export function aliasChoices(typeText: string, description: string): string[] | undefined {
  const parts = setType(typeText);
  if (parts.length !== 1 || !/^[A-Z][A-Za-z0-9]*$/.test(parts[0])) return undefined;
  const values = [...description.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((match) => match[1]);
  const unique = [...new Set(values)];
  return unique.length >= 2 ? unique : undefined;
}

/** A manifest default as the value a person would type (`'list'` → `list`); identifiers are not shown. */
function defaultText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const quoted = QUOTED.exec(value);
  if (quoted) return quoted[2];
  return /^-?\d+(\.\d+)?$/.test(value) || value === 'true' || value === 'false' ? value : undefined;
}

/** The control for one attribute. */
export function controlFor(attribute: ManifestAttribute): Control {
  const typeText = attribute.type?.text ?? '';
  const description = attribute.description ?? '';
  const parts = setType(typeText);
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean', name: attribute.name, description };
  const choices = stringLiterals(typeText) ?? aliasChoices(typeText, description);
  const defaultValue = defaultText(attribute.default);
  if (choices) return { kind: 'select', name: attribute.name, description, choices, defaultValue };
  return { kind: 'text', name: attribute.name, description, numeric: parts.length === 1 && parts[0] === 'number', defaultValue };
}

/** The controls for a widget's attributes, in the manifest's order, without the feed's own. */
export function controlsFor(widget: WidgetInfo): Control[] {
  return widget.attributes.filter((attribute) => !SKIPPED_ATTRIBUTES.includes(attribute.name)).map(controlFor);
}
