/**
 * vCard 4.0 (RFC 6350) for the contact card's "save contact" download, plus a small parser
 * for tests and tooling. Pure string code: no DOM, no dependencies.
 *
 * The generator writes one card: BEGIN, VERSION:4.0, FN, N, the optional properties that
 * have a value, END, each line ending in CRLF and folded at 75 UTF-8 octets.
 */

/** What a contact card knows about a person. Every text is sanitised before it is written. */
export interface VCardFields {
  /** Full name, written as FN and (split into family/given) as N. Required: must not be blank. */
  name: string;
  /** Job title or role in the programme (TITLE). */
  role?: string;
  /** Organisation (ORG, one component). */
  organisation?: string;
  /** E-mail address (EMAIL). */
  email?: string;
  /**
   * Phone number in E.164 form, e.g. `+46701740605`, written as
   * `TEL;VALUE=uri;TYPE=work:tel:+46701740605`. Other input is reduced to `+` and digits.
   */
  phone?: string;
  /** Absolute URL of a portrait (PHOTO, URI value). */
  photo?: string;
  /** Web page (URL). */
  url?: string;
  /**
   * Stable identifier (UID). A URI such as `urn:uuid:…` is written as is; anything else is
   * written as text (`UID;VALUE=text:…`), since UID's default value type is URI.
   */
  uid?: string;
}

/** One content line of a parsed vCard. */
export interface VCardProperty {
  /** Property name in upper case, without group or parameters: `TEL`. */
  name: string;
  /** The group prefix (`item1` in `item1.EMAIL`), if any. */
  group?: string;
  /** Parameters by upper-case name; values unquoted, split on unquoted commas, RFC 6868 decoded. */
  params: Record<string, string[]>;
  /** The value exactly as written (after unfolding). */
  rawValue: string;
  /** The value unescaped (text) or as written (URI values). */
  value: string;
}

const CRLF = '\r\n';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_LINE_OCTETS = 75;

/**
 * Properties whose default value type is URI (RFC 6350 §6): their values are not
 * text-escaped unless a `VALUE=text` parameter says otherwise.
 */
const URI_PROPERTIES = new Set([
  'SOURCE',
  'PHOTO',
  'IMPP',
  'GEO',
  'LOGO',
  'MEMBER',
  'SOUND',
  'UID',
  'URL',
  'KEY',
  'RELATED',
  'FBURL',
  'CALADRURI',
  'CALURI',
]);

/**
 * Builds a vCard 4.0 for one person.
 *
 * @throws {RangeError} when `name` is blank after sanitising: FN is mandatory.
 */
export function toVCard(fields: VCardFields): string {
  const name = cleanText(fields.name);
  if (!name) throw new RangeError('A vCard needs a name (FN)');

  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(name)}`, `N:${structuredName(name)}`];

  const role = cleanText(fields.role);
  if (role) lines.push(`TITLE:${escapeText(role)}`);

  // ORG is structured (organisation;unit;…); we write one component, escaped like text.
  const organisation = cleanText(fields.organisation);
  if (organisation) lines.push(`ORG:${escapeText(organisation)}`);

  const email = cleanLine(fields.email);
  if (email) lines.push(`EMAIL:${escapeText(email)}`);

  const phone = telUri(fields.phone);
  if (phone) lines.push(`TEL;VALUE=uri;TYPE=work:${phone}`);

  const photo = cleanUri(fields.photo);
  if (photo) lines.push(`PHOTO:${photo}`);

  const url = cleanUri(fields.url);
  if (url) lines.push(`URL:${url}`);

  const uid = cleanLine(fields.uid);
  if (uid) lines.push(looksLikeUri(uid) ? `UID:${cleanUri(uid)}` : `UID;VALUE=text:${escapeText(uid)}`);

  lines.push('END:VCARD');
  return lines.map(foldLine).join('');
}

/**
 * Parses vCard text into property name → values (in order of appearance). Names are upper
 * case without group or parameters; text values are unescaped, URI values kept as written.
 * BEGIN, VERSION and END are included like any other property. Structured values (N, ADR)
 * come back as one string with their `;` separators, so an escaped `\;` inside a component
 * is indistinguishable from a separator there: use {@link parseVCardProperties} and
 * `rawValue` when components matter.
 */
export function parseVCard(text: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const property of parseVCardProperties(text)) {
    (result[property.name] ??= []).push(property.value);
  }
  return result;
}

/**
 * Parses vCard text into its content lines, in order. Lenient about input it did not write:
 * accepts LF as well as CRLF line endings, folds continued with a space or a tab, and skips
 * blank lines and lines without a colon.
 */
export function parseVCardProperties(text: string): VCardProperty[] {
  const properties: VCardProperty[] = [];
  // Unfold first (§3.2): a line break followed by one space or tab joins the lines.
  const unfolded = text.replace(/\r\n[ \t]|\n[ \t]/g, '');
  for (const line of unfolded.split(/\r\n|\n|\r/)) {
    if (!line.trim()) continue;
    const colon = firstUnquotedColon(line);
    if (colon < 0) continue;
    const [nameWithGroup = '', ...paramParts] = splitUnquoted(line.slice(0, colon), ';');
    const dot = nameWithGroup.lastIndexOf('.');
    const name = nameWithGroup.slice(dot + 1).trim().toUpperCase();
    if (!name) continue;
    const params = parseParams(paramParts);
    const rawValue = line.slice(colon + 1);
    const valueType = params['VALUE']?.[0]?.toLowerCase();
    const isUri = valueType === 'uri' || (valueType === undefined && URI_PROPERTIES.has(name));
    properties.push({
      name,
      ...(dot > 0 ? { group: nameWithGroup.slice(0, dot) } : {}),
      params,
      rawValue,
      value: isUri ? rawValue : unescapeText(rawValue),
    });
  }
  return properties;
}

/**
 * Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon and newline. Commas and
 * semicolons are escaped everywhere because that is always safe, also in structured values.
 */
export function escapeText(value: string): string {
  return value.replace(/[\\,;\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** Reverses {@link escapeText}; an unknown escape such as `\x` is kept as written. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/**
 * Folds one content line at 75 octets (§3.2) and ends it (and each fold) with CRLF.
 * Counts UTF-8 bytes and steps through whole code points, so neither a multi-byte UTF-8
 * sequence nor a surrogate pair is ever split.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      out += `${CRLF} `;
      octets = 1; // the leading space of the continuation line counts
    }
    out += char;
    octets += size;
  }
  return out + CRLF;
}

/** "Anna Maria Exempelsson" → "Exempelsson;Anna Maria;;;" (family;given;additional;prefix;suffix). */
function structuredName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const family = words.pop() ?? '';
  return [family, words.join(' '), '', '', ''].map(escapeText).join(';');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Sanitises free text: normalises line breaks to LF, turns tabs into spaces, drops other
 * control characters (C0, DEL, C1) and lone surrogates, which would produce invalid UTF-8.
 */
function cleanText(value: string | undefined): string {
  if (value == null) return '';
  return String(value)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(LONE_SURROGATE, '')
    .trim();
}

/** Sanitises a single-line value: like {@link cleanText}, but line breaks become spaces. */
function cleanLine(value: string | undefined): string {
  return cleanText(value).replace(/\s*\n\s*/g, ' ');
}

/**
 * URIs are written unescaped, so nothing may break the line: control characters (tabs and
 * line breaks included, as browsers do) are dropped and other whitespace is percent-encoded.
 */
function cleanUri(value: string | undefined): string {
  if (value == null) return '';
  return String(value)
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
    .replace(LONE_SURROGATE, '')
    .trim()
    .replace(/\s/g, (space) => encodeURIComponent(space));
}

function looksLikeUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

/** `+46 70-174 06 05` → `tel:+46701740605`; empty when no digits are left. */
function telUri(value: string | undefined): string {
  const cleaned = cleanLine(value).replace(/^tel:/i, '');
  const digits = cleaned.replace(/\D/g, '');
  if (!digits) return '';
  return `tel:${cleaned.startsWith('+') ? '+' : ''}${digits}`;
}

function firstUnquotedColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

function splitUnquoted(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function parseParams(parts: string[]): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const part of parts) {
    const equals = part.indexOf('=');
    // vCard 2.1 style bare parameters (`;WORK`) are read as TYPE values.
    const name = (equals < 0 ? 'TYPE' : part.slice(0, equals)).trim().toUpperCase();
    const values = splitUnquoted(equals < 0 ? part : part.slice(equals + 1), ',').map((v) =>
      decodeParamValue(v.replace(/^"([\s\S]*)"$/, '$1')),
    );
    (params[name] ??= []).push(...values);
  }
  return params;
}

/** RFC 6868: `^n` newline, `^'` double quote, `^^` caret. */
function decodeParamValue(value: string): string {
  return value.replace(/\^([n'^])/g, (_, char: string) => (char === 'n' ? '\n' : char === "'" ? '"' : '^'));
}
