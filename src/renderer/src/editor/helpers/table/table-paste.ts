import { detectPastedTable, insertTable, isCodeOrHtmlAt, tableAt, type PastedTableFormat } from '../../../../../core/table';
import type { BodyRange } from '../helper-store';

export interface PastedTableChange {
  readonly body: string;
  /** Where the table now sits. */
  readonly start: number;
  readonly end: number;
  readonly format: PastedTableFormat;
  readonly rows: number;
  readonly columns: number;
}

/**
 * What pasting the clipboard at `selection` should do to the body: a
 * Markdown table in place of a spreadsheet's TSV, CSV or an HTML table, or
 * null for "paste the text as it is". Never in code or raw HTML (there the
 * text is what it is), never inside a table (a table cannot hold another).
 */
export function pasteAsTable(body: string, selection: BodyRange, text: string, html: string): PastedTableChange | null {
  if (isCodeOrHtmlAt(body, selection.start) || tableAt(body, selection.start) || tableAt(body, selection.end)) return null;
  const pasted = detectPastedTable(text, html === '' ? undefined : html);
  if (!pasted) return null;
  const change = insertTable(body, selection, pasted.grid);
  return { ...change, format: pasted.format, rows: pasted.grid.rows.length, columns: pasted.grid.header.length };
}

const FORMAT_NAMES: Readonly<Record<PastedTableFormat, string>> = { html: 'a copied table', tsv: 'spreadsheet cells', csv: 'CSV' };

export function pastedTableMessage(change: PastedTableChange): string {
  return `Pasted ${FORMAT_NAMES[change.format]} as a Markdown table: ${change.columns} columns, header and ${change.rows} ${change.rows === 1 ? 'row' : 'rows'}.`;
}
