/**
 * Reading CSV as spreadsheets write it (RFC 4180 and Excel's habits): quoted fields with ""
 * for a quote and line breaks inside, CRLF or LF, a comma or (Swedish Excel) a semicolon or a
 * tab between fields, an optional `sep=;` first line, and a byte-order mark.
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  cells: string[];
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
}

/** Counts a character in the first record, outside quotes. */
function countOutsideQuotes(text: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const current of text) {
    if (current === '"') quoted = !quoted;
    else if (!quoted && (current === '\n' || current === '\r')) break;
    else if (!quoted && current === char) count++;
  }
  return count;
}

/** The delimiter the header row uses most; a semicolon wins a tie (what Excel writes in Sweden). */
export function detectDelimiter(text: string): Delimiter {
  const counts = ([';', ',', '\t'] as const).map((char) => [char, countOutsideQuotes(text, char)] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] === 0 ? ',' : best[0];
}

/** Parses CSV text (a BOM is dropped). `delimiter` is detected when not given. */
export function parseCsv(input: string, delimiter?: Delimiter): { records: CsvRecord[]; delimiter: Delimiter } {
  let text = input.replace(/^\uFEFF/, '');
  // Excel's own hint, "sep=;" on the first line; it is not a row in the spreadsheet.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const separator = delimiter ?? ((hint?.[1] as Delimiter | undefined) && [',', ';', '\t'].includes(hint![1]) ? (hint![1] as Delimiter) : detectDelimiter(text));

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRecord = () => {
    endCell();
    records.push({ cells, row: records.length + 1 });
    cells = [];
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (char === separator) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  if (cell !== '' || cells.length > 0 || quoted) endRecord();
  // Line breaks inside quoted cells are kept as \n whatever the file used.
  for (const record of records) record.cells = record.cells.map((value) => value.replace(/\r\n?/g, '\n'));
  return { records, delimiter: separator };
}
