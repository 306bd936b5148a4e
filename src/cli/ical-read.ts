/// <reference types="node" />
// Node's types by name: tsconfig.build.json (declarations for the library) lists no types,
// and this file needs them wherever it is compiled.
/**
 * Reading iCalendar (RFC 5545) as exported by Outlook, Google Calendar and Apple Calendar:
 * lines unfolded, properties with their parameters, components nested, text unescaped.
 * Knows nothing about events: see ics-to-events.ts.
 */
import { Buffer } from 'node:buffer';

export interface IcsProperty {
  /** Upper case: `DTSTART`. */
  name: string;
  /** Upper-case parameter names; values unquoted: `{ TZID: ['Europe/Stockholm'] }`. */
  params: Record<string, string[]>;
  /** The raw value (still escaped for TEXT values: see `unescapeText`). */
  value: string;
  /** The line in the file where the property starts (for messages). */
  line: number;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
  line: number;
}

/** Undoes RFC 6868 caret-encoding in parameter values (^n, ^', ^^). */
function uncaret(value: string): string {
  return value.replace(/\^([n'^])/g, (_, char: string) => (char === 'n' ? '\n' : char === "'" ? '"' : '^'));
}

/** Splits one unfolded content line into name, parameters and value. */
export function parseContentLine(text: string, line: number): IcsProperty | undefined {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(text);
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toUpperCase();
  const params: Record<string, string[]> = {};
  let index = name.length;
  while (text[index] === ';') {
    index++;
    const paramName = /^[A-Za-z0-9-]+/.exec(text.slice(index))?.[0];
    if (!paramName || text[index + paramName.length] !== '=') return undefined;
    index += paramName.length + 1;
    const values: string[] = [];
    for (;;) {
      if (text[index] === '"') {
        const end = text.indexOf('"', index + 1);
        if (end < 0) return undefined;
        values.push(uncaret(text.slice(index + 1, end)));
        index = end + 1;
      } else {
        const end = text.slice(index).search(/[;:,]/);
        if (end < 0) return undefined;
        values.push(uncaret(text.slice(index, index + end)));
        index += end;
      }
      if (text[index] !== ',') break;
      index++;
    }
    params[paramName.toUpperCase()] = values;
  }
  if (text[index] !== ':') return undefined;
  return { name, params, value: text.slice(index + 1), line };
}

/**
 * Parses an iCalendar file. Unfolding happens on bytes (each line kept as Latin-1 until it is
 * whole) because Outlook folds at 75 bytes even inside a multi-byte letter such as "ö".
 * Returns a root holding the file's top-level components (normally one VCALENDAR).
 */
export function parseIcsBytes(bytes: Uint8Array): IcsComponent {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  const physical = raw.split(/\r\n|\n|\r/);
  const logical: { text: string; line: number }[] = [];
  physical.forEach((text, index) => {
    if ((text.startsWith(' ') || text.startsWith('\t')) && logical.length > 0) logical[logical.length - 1].text += text.slice(1);
    else if (text.trim() !== '') logical.push({ text, line: index + 1 });
  });

  const root: IcsComponent = { name: '', properties: [], components: [], line: 0 };
  const stack: IcsComponent[] = [root];
  for (const { text, line } of logical) {
    const property = parseContentLine(Buffer.from(text, 'latin1').toString('utf8'), line);
    if (!property) continue; // A line that is not a property: ignored, as calendar programs do.
    const current = stack[stack.length - 1];
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { name: property.value.trim().toUpperCase(), properties: [], components: [], line };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      // Close up to the matching BEGIN; a stray END is ignored.
      const name = property.value.trim().toUpperCase();
      const at = stack.map((component) => component.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
    } else {
      current.properties.push(property);
    }
  }
  return root;
}

export function parseIcs(text: string): IcsComponent {
  return parseIcsBytes(Buffer.from(text, 'utf8'));
}

/** TEXT values: `\n` or `\N` is a line break; `\,` `\;` `\\` are the characters themselves. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\:"])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** Splits a list value (CATEGORIES, EXDATE) on commas that are not escaped. */
export function splitList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index++;
    } else if (char === ',') {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

export function property(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((candidate) => candidate.name === name);
}

export function properties(component: IcsComponent, name: string): IcsProperty[] {
  return component.properties.filter((candidate) => candidate.name === name);
}

/** Every component with `name`, at any depth. */
export function findComponents(component: IcsComponent, name: string): IcsComponent[] {
  return component.components.flatMap((child) => (child.name === name ? [child] : findComponents(child, name)));
}
