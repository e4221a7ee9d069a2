import { markOpaqueLines } from './code-regions';
import { splitLines } from './markdown-lines';
import { serializeTable, type TableLayout } from './serialize-table';
import type { TableBlock, TableGrid } from './table-types';

/**
 * Tables written into a whole body: the edits the table editor and the
 * paste handler make. Each returns the new body and where the table now
 * sits in it, so the editor can apply the change as one edit and keep the
 * caret in the table.
 */
export interface TableChange {
  readonly body: string;
  /** Offsets of the table's text in the new body. */
  readonly start: number;
  readonly end: number;
}

/** The body's own line ending: its first one, LF when it has none. */
function lineEndingOf(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

function tableText(grid: TableGrid, layout: TableLayout, indent: string, eol: string): string {
  return serializeTable(grid, { align: layout })
    .split('\n')
    .map((row) => indent + row)
    .join(eol);
}

/**
 * Writes `grid` over a table `findTables` found in `body`, keeping the
 * header line's indentation (a table in a list item stays there) and the
 * table's line endings; the rest of the body is untouched.
 */
export function replaceTable(body: string, table: Pick<TableBlock, 'start' | 'end' | 'source'>, grid: TableGrid, layout: TableLayout = 'pretty'): TableChange {
  const indent = /^[ ]{0,3}/.exec(table.source)![0];
  const text = tableText(grid, layout, indent, table.source.includes('\r\n') ? '\r\n' : '\n');
  return { body: body.slice(0, table.start) + text + body.slice(table.end), start: table.start, end: table.start + text.length };
}

export interface InsertTableOptions {
  /**
   * Where the table goes: 'selection' replaces the selection (a paste);
   * 'after-block' goes after the lines of text around the caret (its
   * paragraph, list or heading) when the caret's line holds text, so a
   * toolbar insert never splits a paragraph. Default 'selection'.
   */
  readonly at?: 'selection' | 'after-block';
  readonly layout?: TableLayout;
}

/**
 * Puts a table into the body at the selection, with a blank line before and
 * after it unless the body already has one there (a table must not run into
 * a paragraph, or the paragraph swallows its header). New lines use the
 * body's line ending.
 */
export function insertTable(body: string, selection: { readonly start: number; readonly end: number }, grid: TableGrid, options: InsertTableOptions = {}): TableChange {
  const eol = lineEndingOf(body);
  let { start, end } = selection;
  if (options.at === 'after-block') start = end = blockEndAt(body, end);
  const before = body.slice(0, start);
  const after = body.slice(end);
  const text = tableText(grid, options.layout ?? 'pretty', '', eol);
  const lead = before === '' || /(?:^|\n)[ \t]*\r?\n$/.test(before) ? '' : before.endsWith('\n') ? eol : eol + eol;
  const trail = after === '' ? '' : /^\r?\n[ \t]*(?:\r?\n|$)/.test(after) ? '' : /^\r?\n/.test(after) ? eol : eol + eol;
  const tableStart = start + lead.length;
  return { body: before + lead + text + trail + after, start: tableStart, end: tableStart + text.length };
}

/**
 * Just past the last line of the run of non-blank lines holding `offset`
 * (before its line ending); `offset` itself when its line is blank.
 */
function blockEndAt(body: string, offset: number): number {
  const lines = splitLines(body);
  let index = lines.findIndex((line, at) => offset <= line.end || at === lines.length - 1);
  if (lines[index]!.text.trim() === '') return offset;
  while (index + 1 < lines.length && lines[index + 1]!.text.trim() !== '') index += 1;
  return lines[index]!.end;
}

/**
 * Whether `offset` lies in fenced or indented code or a raw HTML block,
 * where pasted tab-separated text is code or markup, not a table to convert.
 */
export function isCodeOrHtmlAt(body: string, offset: number): boolean {
  const lines = splitLines(body);
  const opaque = markOpaqueLines(lines);
  const index = lines.findIndex((line, at) => offset <= line.end || at === lines.length - 1);
  return opaque[index] === true;
}
