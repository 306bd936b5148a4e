/**
 * Where each value of a JSON text starts, by the path the validator reports
 * (`events[3].start`), so a problem can be shown as "line 12, column 7" in an editor.
 *
 * A small tokenizer, not `JSON.parse`: `JSON.parse` keeps no positions, and its syntax errors
 * differ between engines. This one also explains the mistakes people make by hand
 * (a trailing comma, a comment, single quotes, a line break inside text) with their place.
 * Pure code without Node or DOM dependencies: the playground page uses it too.
 */

/** A place in the text. `line` and `column` count from 1; the column counts UTF-16 units, as editors do. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** What went wrong, as a code the CLI and playground put into words (see issue-messages.ts). */
export type JsonSyntaxCode =
  | 'empty'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'trailing-comma'
  | 'comment'
  | 'single-quote'
  | 'unquoted-key'
  | 'missing-colon'
  | 'missing-comma'
  | 'line-break-in-text'
  | 'control-character-in-text'
  | 'bad-escape'
  | 'bad-number'
  | 'extra-text'
  | 'too-deep';

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly code: JsonSyntaxCode,
    readonly position: TextPosition,
    /** The character found, when there is one. */
    readonly found?: string,
  ) {
    super(`${code} at line ${position.line}, column ${position.column}${found === undefined ? '' : ` (${JSON.stringify(found)})`}`);
  }
}

/** A key that occurs twice in one object: `JSON.parse` silently keeps the last one. */
export interface DuplicateKey {
  path: string;
  position: TextPosition;
}

export interface JsonMap {
  /** The start of every value, by path; the document itself is `''`. */
  positions: Map<string, TextPosition>;
  duplicateKeys: DuplicateKey[];
}

/** Turns offsets into lines and columns (`\n`, `\r\n` and a lone `\r` each end a line). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) this.lineStarts.push(index + 1);
    }
  }

  at(offset: number): TextPosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { offset, line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}

/** The path of a child, formatted exactly as the validator's `formatPath` does. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

const MAX_DEPTH = 512;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Maps a JSON text. Throws `JsonSyntaxError` at the first mistake.
 * A leading byte-order mark is skipped (browsers drop it when they decode a response).
 */
export function mapJson(text: string): JsonMap {
  const lines = new LineIndex(text);
  const positions = new Map<string, TextPosition>();
  const duplicateKeys: DuplicateKey[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (code: JsonSyntaxCode, at = index, found: string | undefined = text[at]): never => {
    throw new JsonSyntaxError(code, lines.at(at), found);
  };

  function skipWhitespace(): void {
    for (;;) {
      while (index < text.length && WHITESPACE.has(text[index])) index++;
      if (text[index] === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) fail('comment');
      return;
    }
  }

  function parseString(): string {
    if (text[index] === "'") fail('single-quote');
    const start = index;
    index++; // the opening quote
    let value = '';
    for (;;) {
      if (index >= text.length) fail('unexpected-end', start, '"');
      const char = text[index];
      if (char === '"') {
        index++;
        return value;
      }
      if (char === '\n' || char === '\r') fail('line-break-in-text');
      if (char < ' ') fail('control-character-in-text');
      if (char === '\\') {
        const escape = text[index + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape !== undefined && escape in simple) {
          value += simple[escape];
          index += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          value += String.fromCharCode(parseInt(text.slice(index + 2, index + 6), 16));
          index += 6;
        } else {
          fail('bad-escape', index, text.slice(index, index + 2));
        }
        continue;
      }
      value += char;
      index++;
    }
  }

  function parseNumber(): void {
    const start = index;
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (!match) fail('bad-number');
    index += match![0].length;
    // "1.5.2", "07", "12px": the number ended but a number-ish character follows.
    if (/[0-9A-Za-z.]/.test(text[index] ?? '')) fail('bad-number', start);
  }

  function parseValue(path: string, depth: number): void {
    if (depth > MAX_DEPTH) fail('too-deep');
    skipWhitespace();
    if (index >= text.length) fail('unexpected-end');
    positions.set(path, lines.at(index));
    const char = text[index];
    if (char === '{') return parseObject(path, depth);
    if (char === '[') return parseArray(path, depth);
    if (char === '"' || char === "'") {
      parseString();
      return;
    }
    if (char === '-' || (char >= '0' && char <= '9')) return parseNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, index)) {
        index += word.length;
        if (/[A-Za-z0-9_]/.test(text[index] ?? '')) fail('unexpected-character');
        return;
      }
    }
    fail('unexpected-character');
  }

  function parseObject(path: string, depth: number): void {
    index++; // {
    const seen = new Set<string>();
    skipWhitespace();
    if (text[index] === '}') {
      index++;
      return;
    }
    for (;;) {
      skipWhitespace();
      if (index >= text.length) fail('unexpected-end');
      if (text[index] === "'") fail('single-quote');
      if (text[index] !== '"') fail(/[A-Za-z_$]/.test(text[index]) ? 'unquoted-key' : 'unexpected-character');
      const keyOffset = index;
      const key = parseString();
      const valuePath = childPath(path, key);
      if (seen.has(key)) duplicateKeys.push({ path: valuePath, position: lines.at(keyOffset) });
      seen.add(key);
      skipWhitespace();
      if (text[index] !== ':') fail(index >= text.length ? 'unexpected-end' : 'missing-colon');
      index++;
      parseValue(valuePath, depth + 1);
      skipWhitespace();
      if (text[index] === '}') {
        index++;
        return;
      }
      if (text[index] !== ',') fail(index >= text.length ? 'unexpected-end' : 'missing-comma');
      const comma = index;
      index++;
      skipWhitespace();
      if (text[index] === '}') fail('trailing-comma', comma, ',');
    }
  }

  function parseArray(path: string, depth: number): void {
    index++; // [
    skipWhitespace();
    if (text[index] === ']') {
      index++;
      return;
    }
    for (let item = 0; ; item++) {
      parseValue(childPath(path, item), depth + 1);
      skipWhitespace();
      if (text[index] === ']') {
        index++;
        return;
      }
      if (text[index] !== ',') fail(index >= text.length ? 'unexpected-end' : 'missing-comma');
      const comma = index;
      index++;
      skipWhitespace();
      if (text[index] === ']') fail('trailing-comma', comma, ',');
    }
  }

  skipWhitespace();
  if (index >= text.length) fail('empty');
  parseValue('', 0);
  skipWhitespace();
  if (index < text.length) fail('extra-text');
  return { positions, duplicateKeys };
}

/** Removes the last step of a path: `events[3].start` → `events[3]` → `events` → ``. */
function parentOf(path: string): string {
  const match = /(\[\d+\]|\.[^.[\]]*)$/.exec(path);
  return match ? path.slice(0, match.index) : '';
}

/**
 * The position of `path`, or of its nearest ancestor that is in the text (a required field
 * that is missing is reported where its object starts). `exact` says which.
 */
export function locate(map: JsonMap, path: string): (TextPosition & { exact: boolean }) | undefined {
  let candidate = path;
  for (;;) {
    const position = map.positions.get(candidate);
    if (position) return { ...position, exact: candidate === path };
    if (candidate === '') return undefined;
    candidate = parentOf(candidate);
  }
}
