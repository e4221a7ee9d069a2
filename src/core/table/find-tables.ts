import { markOpaqueLines } from './code-regions';
import { indentWidth, splitLines, startsOtherBlock, type SourceLine } from './markdown-lines';
import { parseDelimiterRow, splitRow } from './row-cells';
import type { ColumnAlign, TableBlock } from './table-types';

/** A table found at a line index: its alignments and the index of its last line. */
export interface TableLines {
  readonly align: ColumnAlign[];
  readonly lastLine: number;
}

/** Whether a body line continues the table rather than starting something else. */
export function continuesTable(line: string): boolean {
  return indentWidth(line) < 4 && !startsOtherBlock(line);
}

/**
 * Reads the table whose header is `lines[index]`, or null. GFM: the header
 * must hold a pipe, not start another block, and split into as many cells as
 * the delimiter row below it; body rows run until a line that does not
 * continue the table (`continuesTable`) or an opaque (code/HTML) line.
 */
export function readTableAt(lines: readonly SourceLine[], index: number, opaque?: readonly boolean[]): TableLines | null {
  const header = lines[index];
  const delimiter = lines[index + 1];
  if (!header || !delimiter || opaque?.[index] || opaque?.[index + 1]) return null;
  if (!header.text.includes('|') || !continuesTable(header.text)) return null;
  if (indentWidth(delimiter.text) >= 4) return null;
  const align = parseDelimiterRow(delimiter.text);
  if (!align || splitRow(header.text).length !== align.length) return null;

  let lastLine = index + 1;
  while (lastLine + 1 < lines.length && !opaque?.[lastLine + 1] && continuesTable(lines[lastLine + 1]!.text)) {
    lastLine += 1;
  }
  return { align, lastLine };
}

/**
 * Every GFM table in a Markdown body, in order, with offsets and 1-based
 * lines. Tables in fenced or indented code and in raw HTML blocks are not
 * tables. Pass the body (after the frontmatter); offsets are into the text given.
 */
export function findTables(markdown: string): TableBlock[] {
  const lines = splitLines(markdown);
  const opaque = markOpaqueLines(lines);
  const tables: TableBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const found = readTableAt(lines, index, opaque);
    if (!found) continue;
    const start = lines[index]!.start;
    const end = lines[found.lastLine]!.end;
    tables.push({ start, end, startLine: index + 1, endLine: found.lastLine + 1, source: markdown.slice(start, end) });
    index = found.lastLine;
  }
  return tables;
}

/**
 * The table under a cursor: the one with `start <= offset <= end`, so a caret
 * at the very end of the last row still counts as in the table.
 */
export function tableAt(markdown: string, offset: number): TableBlock | null {
  return findTables(markdown).find((table) => table.start <= offset && offset <= table.end) ?? null;
}
