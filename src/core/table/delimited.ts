import { toCellSource } from './row-cells';
import type { TableGrid } from './table-types';

export type Delimiter = ',' | '\t';

/**
 * Splits delimited text into records, RFC 4180 style: a field that starts
 * with `"` is quoted and may hold delimiters, quotes doubled as `""` and line
 * breaks; records end at `\r\n`, `\n` or `\r`. This is also what Excel,
 * Google Sheets and LibreOffice put on the clipboard as TSV. Lenient where
 * the RFC is strict: a "closing" quote followed by more text means the quotes
 * were plain text (`"Pro" plan` stays as typed), an unclosed quote runs to
 * the end, and a quote inside an unquoted field is a plain character.
 * A byte-order mark is dropped and empty trailing lines are ignored.
 */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let atFieldStart = true;

  const endField = (): void => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char !== '"') field += char;
      else {
        quoted = false;
        // `"a" b`: the quotes were text, not quoting (spreadsheets copy such cells raw).
        const after = text[i + 1];
        if (after !== undefined && after !== delimiter && after !== '\r' && after !== '\n') field = `"${field}"`;
      }
      i += 1;
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i += 1;
      continue;
    }
    atFieldStart = false;
    if (char === delimiter) endField();
    else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (!atFieldStart || field !== '' || record.length > 0 || quoted) endRecord();

  while (records.length > 0 && isEmptyRecord(records[records.length - 1]!)) records.pop();
  return records;
}

function isEmptyRecord(record: readonly string[]): boolean {
  return record.length === 1 && record[0] === '';
}

/**
 * Tab when the first record has a tab outside quotes (spreadsheets copy TSV,
 * and their cells often hold commas, as in `1,250`), comma otherwise.
 */
export function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\t') return '\t';
    else if (!quoted && (char === '\n' || char === '\r')) break;
  }
  return ',';
}

/** A field as a cell: whitespace trimmed, tabs as spaces, line breaks as `<br>`, pipes escaped. */
function fieldToCell(field: string): string {
  return toCellSource(field.replace(/\r\n|\r/g, '\n').trim().replace(/\t/g, ' '));
}

/**
 * Records to a grid: the first record is the header, and every row (header
 * included) is padded with '' to the widest record, so nothing is cut.
 */
export function gridFromRecords(records: readonly (readonly string[])[]): TableGrid | null {
  const width = Math.max(0, ...records.map((record) => record.length));
  if (records.length === 0 || width === 0) return null;
  const padded = records.map((record) => Array.from({ length: width }, (_, column) => fieldToCell(record[column] ?? '')));
  return {
    header: padded[0]!,
    align: padded[0]!.map(() => null),
    rows: padded.slice(1),
    overflow: [],
  };
}

/**
 * CSV or TSV text to a grid (first row = header). Without a delimiter, it is
 * guessed by `detectDelimiter`. Null when the text holds no records at all.
 */
export function fromDelimited(text: string, delimiter?: Delimiter): TableGrid | null {
  return gridFromRecords(parseDelimited(text, delimiter ?? detectDelimiter(text)));
}
