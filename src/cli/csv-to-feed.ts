/**
 * `cn-feed from-csv`: a spreadsheet export turned into the feed's `members` or `contacts`,
 * checked by the widgets' own validator. Rows that cannot be used are reported by the row
 * number the spreadsheet shows.
 */
import { validateFeed } from '../feed/validate.js';
import { parseCsv } from './csv.js';
import { decodeUtf8 } from './io.js';
import { issueMessage, type CliLanguage } from './issue-messages.js';
import type { ConversionMessage } from './ics-to-events.js';
import { cliStrings } from './strings.js';

export type CsvSection = 'members' | 'contacts';

/** A header as compared: lower case, no accents, letters and digits only ("E-post" → "epost"). */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The headers each field answers to, normalised, Swedish and English. */
const FIELDS: Record<CsvSection, Record<string, string[]>> = {
  members: {
    id: ['id'],
    name: ['namn', 'name', 'foretag', 'foretagsnamn', 'company', 'medlem', 'member', 'organisation', 'organization'],
    url: ['webbplats', 'webbsida', 'hemsida', 'webb', 'webbadress', 'url', 'website', 'web', 'lank', 'link'],
    logo: ['logotyp', 'logga', 'logo'],
    sectors: ['bransch', 'branscher', 'sektor', 'sektorer', 'sector', 'sectors', 'industry', 'industries'],
    city: ['ort', 'stad', 'kommun', 'city', 'town'],
    summary: ['beskrivning', 'sammanfattning', 'om', 'summary', 'description', 'about'],
    joined: ['medlemsedan', 'gickmed', 'ansluten', 'anslutningsdatum', 'joined', 'membersince'],
  },
  contacts: {
    id: ['id'],
    name: ['namn', 'name', 'fulltnamn', 'fullname'],
    firstName: ['fornamn', 'firstname', 'givenname'],
    lastName: ['efternamn', 'lastname', 'surname', 'familyname'],
    role: ['roll', 'titel', 'befattning', 'role', 'title', 'position'],
    organisation: ['organisation', 'organization', 'foretag', 'company', 'org', 'arbetsgivare', 'employer'],
    email: ['epost', 'epostadress', 'email', 'emailaddress', 'mejl', 'mail'],
    phone: ['telefon', 'telefonnummer', 'tel', 'mobil', 'mobilnummer', 'phone', 'mobile', 'telephone'],
    photo: ['foto', 'bild', 'photo', 'image', 'picture'],
  },
};

/** Fields whose text may come in several languages: "roll (en)", "role_sv". */
const LOCALIZABLE = new Set(['city', 'summary', 'role', 'organisation']);
const LINKS = new Set(['url', 'logo', 'photo']);

interface Column {
  index: number;
  header: string;
  field: string;
  language?: string;
}

/** Works out which column is which field. */
function mapColumns(headers: string[], section: CsvSection): { columns: Column[]; unused: string[] } {
  const columns: Column[] = [];
  const unused: string[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const withLanguage = /^(.*?)\s*[([]\s*(sv|en)\s*[)\]]\s*$/i.exec(header) ?? /^(.*?)[_:](sv|en)$/i.exec(header);
    const base = normaliseHeader(withLanguage?.[1] ?? header);
    const field = Object.entries(FIELDS[section]).find(([, names]) => names.includes(base))?.[0];
    if (!field || (withLanguage && !LOCALIZABLE.has(field)) || columns.some((column) => column.field === field && column.language === withLanguage?.[2]?.toLowerCase())) {
      unused.push(header.trim());
      return;
    }
    columns.push({ index, header: header.trim(), field, language: withLanguage?.[2]?.toLowerCase() });
  });
  return { columns, unused };
}

/** An id from a name: "Oh my!" → "oh-my", "Åsa Östlund" → "asa-ostlund". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

export interface CsvConversion {
  /** False when nothing could be used (no header, no name column). */
  usable: boolean;
  section: CsvSection;
  items: Record<string, unknown>[];
  messages: ConversionMessage[];
  /** Data rows read (not counting the header or blank rows). */
  rows: number;
}

export function csvToSection(bytes: Uint8Array, options: { section: CsvSection; language: CliLanguage }): CsvConversion {
  const strings = cliStrings[options.language];
  const { section } = options;
  const messages: ConversionMessage[] = [];
  // Messages about rows carry the row number, so they can be told in the spreadsheet's order.
  const warn = (text: string, row = 0) => messages.push({ severity: 'warning', text, row });
  const fail = (text: string, row = 0) => messages.push({ severity: 'error', text, row });
  const unusable = (text: string): CsvConversion => ({ usable: false, section, items: [], messages: [...messages, { severity: 'error', text }], rows: 0 });

  let text = decodeUtf8(bytes);
  if (text === undefined) {
    // Excel's plain "CSV" is Windows-1252 in Sweden; "CSV UTF-8" is UTF-8.
    text = new TextDecoder('windows-1252').decode(bytes);
    warn(strings.csvWindows1252);
  }
  const { records } = parseCsv(text);
  const [header, ...data] = records;
  if (!header || header.cells.every((cell) => cell.trim() === '')) return unusable(strings.csvEmpty);

  const { columns, unused } = mapColumns(header.cells, section);
  const hasName = columns.some((column) => column.field === 'name') || (section === 'contacts' && columns.some((column) => column.field === 'firstName'));
  if (!hasName) {
    const known = FIELDS[section].name.slice(0, 2).map((name) => `"${name}"`).join(options.language === 'sv' ? ' eller ' : ' or ');
    return unusable(strings.csvNoNameColumn(known));
  }
  if (unused.length > 0) warn(strings.csvUnusedColumns(unused));

  const items: Record<string, unknown>[] = [];
  const rowOfItem: number[] = [];
  const rowOfId = new Map<string, number>();
  let rows = 0;

  for (const record of data) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    rows++;
    const row = record.row;
    const item: Record<string, unknown> = {};
    const texts: Record<string, Record<string, string>> = {};
    for (const column of columns) {
      const value = (record.cells[column.index] ?? '').trim();
      if (value === '') continue;
      if (column.language) {
        (texts[column.field] ??= {})[column.language] = value;
        continue;
      }
      switch (column.field) {
        case 'sectors':
          item.sectors = value.split(/[;,]/).map((sector) => sector.trim()).filter(Boolean);
          break;
        case 'email':
          item.email = value.replace(/^mailto:/i, '');
          break;
        case 'joined': {
          const date = /^(\d{4}-\d\d-\d\d)(?:[ T]00:00(?::00)?)?$/.exec(value)?.[1];
          if (date) item.joined = date;
          else warn(strings.csvBadDate(row, column.header, value), row);
          break;
        }
        default:
          if (LINKS.has(column.field) && !/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[\w-]+(\.[\w-]+)+([/?#].*)?$/.test(value)) {
            // "www.ohmy.se" in a spreadsheet means the website; the feed needs the whole link.
            item[column.field] = `https://${value}`;
            warn(strings.csvUrlFixed(row, value), row);
          } else {
            item[column.field] = value;
          }
      }
    }
    for (const [field, byLanguage] of Object.entries(texts)) {
      const plain = item[field];
      item[field] = typeof plain === 'string' && !('sv' in byLanguage) ? { sv: plain, ...byLanguage } : byLanguage;
    }
    if (item.firstName !== undefined || item.lastName !== undefined) {
      if (item.name === undefined) item.name = [item.firstName, item.lastName].filter(Boolean).join(' ');
      delete item.firstName;
      delete item.lastName;
    }
    if (typeof item.name !== 'string' || item.name === '') {
      fail(strings.csvRowSkipped(row, strings.csvNoName), row);
      continue;
    }
    const id = typeof item.id === 'string' ? item.id : slugOf(item.name) || `row-${row}`;
    if (rowOfId.has(id)) {
      fail(strings.csvDuplicateId(row, id, rowOfId.get(id)!), row);
      continue;
    }
    rowOfId.set(id, row);
    // The id first, as people expect to read it.
    const { id: _ignored, ...rest } = item;
    items.push({ id, ...rest });
    rowOfItem.push(row);
  }

  // The widgets' validator has the last word; its findings are told by row and column.
  const { feed, issues } = validateFeed({ version: 1, [section]: items });
  const headerOf = (field: string) => columns.find((column) => column.field === field)?.header ?? field;
  for (const issue of issues) {
    const match = /^\w+\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
    const row = match ? rowOfItem[Number(match[1])] : 0;
    const column = match?.[2] ? headerOf(match[2]) : '';
    const message = issueMessage(issue.message, issue.path, options.language);
    if (issue.severity === 'error') fail(strings.csvRowSkipped(row, column ? `${column}: ${message}` : message), row);
    else warn(strings.csvRowField(row, column, message), row);
  }
  messages.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { usable: true, section, items: (feed[section] ?? []) as unknown as Record<string, unknown>[], messages, rows };
}
