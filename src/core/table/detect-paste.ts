import { gridFromRecords, parseDelimited } from './delimited';
import { fromHtmlTable } from './html-table';
import type { TableGrid } from './table-types';

export type PastedTableFormat = 'html' | 'tsv' | 'csv';

export interface PastedTable {
  readonly format: PastedTableFormat;
  readonly grid: TableGrid;
}

/** At least a header and one row, and at least two columns: one cell or one column is just text. */
function isTabular(grid: TableGrid | null): grid is TableGrid {
  return grid !== null && grid.header.length >= 2 && grid.rows.length >= 1;
}

/** Two or more records, all with the same number (two or more) of fields. */
function isRectangular(records: readonly (readonly string[])[]): boolean {
  const width = records[0]?.length ?? 0;
  return records.length >= 2 && width >= 2 && records.every((record) => record.length === width);
}

/** Markdown that happens to hold commas: lists, headings, quotes, or a Markdown table already. */
const MARKDOWN_LINE = /^[ \t]{0,3}(?:[-+*][ \t]|\d{1,9}[.)][ \t]|#|>|\|)/m;

/**
 * Sentences joined by commas split into a neat grid too; real CSV rows rarely
 * end like sentences or hold many words per field.
 */
function looksLikeProse(records: readonly (readonly string[])[]): boolean {
  const sentenceEnds = records.filter((record) => /[.!?]["')\]]?$/.test(record[record.length - 1]!.trim())).length;
  const fields = records.flat();
  const words = fields.reduce((total, field) => total + (field.trim().match(/\S+/g)?.length ?? 0), 0);
  return sentenceEnds * 2 >= records.length || words / fields.length > 6;
}

function fromTsv(text: string): TableGrid | null {
  if (!text.includes('\t')) return null;
  const records = parseDelimited(text, '\t');
  if (!isRectangular(records)) return null;
  // Lines indented with tabs (code) split into an empty first column.
  if (records.every((record) => record[0]!.trim() === '')) return null;
  return gridFromRecords(records);
}

function fromCsv(text: string): TableGrid | null {
  if (!text.includes(',') || MARKDOWN_LINE.test(text)) return null;
  const records = parseDelimited(text, ',');
  if (!isRectangular(records) || looksLikeProse(records)) return null;
  return gridFromRecords(records);
}

/**
 * Whether a paste is a table, and which: the clipboard's HTML table first
 * (web pages and spreadsheets put one there), then its text as TSV (what
 * spreadsheets put as text), then as CSV. Conservative on purpose — a wrong
 * "yes" turns a writer's prose into a table: it needs two or more columns and
 * a header plus at least one row, TSV and CSV need every row to have the same
 * number of fields, and CSV is refused when it reads like sentences or
 * Markdown. Null means "paste the text as it is".
 */
export function detectPastedTable(text: string, html?: string): PastedTable | null {
  if (html) {
    const grid = fromHtmlTable(html);
    if (isTabular(grid)) return { format: 'html', grid };
  }
  const tsv = fromTsv(text);
  if (isTabular(tsv)) return { format: 'tsv', grid: tsv };
  const csv = fromCsv(text);
  if (isTabular(csv)) return { format: 'csv', grid: csv };
  return null;
}
