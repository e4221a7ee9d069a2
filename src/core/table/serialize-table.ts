import { displayWidth } from './display-width';
import { parseTable } from './parse-table';
import { toCellSource } from './row-cells';
import type { ColumnAlign, TableGrid } from './table-types';

/**
 * 'pretty' pads every column to one width so the pipes line up (by display
 * width, so CJK and emoji line up too); 'compact' writes each cell with one
 * space either side and nothing more.
 */
export type TableLayout = 'pretty' | 'compact';

export interface SerializeOptions {
  /** How the pipes are aligned in the source (not the columns' alignment, which is in the grid). */
  readonly align?: TableLayout;
}

/** Narrowest delimiter cell per alignment, keeping at least three dashes. */
function minimumWidth(align: ColumnAlign): number {
  if (align === 'center') return 5;
  return align === null ? 3 : 4;
}

function delimiterCell(align: ColumnAlign, width: number): string {
  if (align === 'left') return `:${'-'.repeat(width - 1)}`;
  if (align === 'right') return `${'-'.repeat(width - 1)}:`;
  if (align === 'center') return `:${'-'.repeat(width - 2)}:`;
  return '-'.repeat(width);
}

/** Pads a cell the way its column is aligned, so the source reads like the render. */
function padCell(text: string, width: number, align: ColumnAlign): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + text + ' '.repeat(gap - left);
  }
  return text + ' '.repeat(gap);
}

function line(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Writes a grid as a GFM table: leading and trailing pipes, one space of
 * padding, a delimiter row that spells each column's alignment. Cells are
 * written in their canonical form (`toCellSource`): trimmed, bare pipes
 * escaped, line breaks as `<br>`, so no cell text can break the table.
 * Overflow cells (and any cells a hand-built row has past the header) are
 * written back after the row's cells, unpadded. Lines end with `\n`, no
 * final line break.
 */
export function serializeTable(grid: TableGrid, options: SerializeOptions = {}): string {
  const columns = grid.header.length;
  if (columns === 0) throw new RangeError('a table needs at least one column');
  const layout = options.align ?? 'pretty';
  const align = Array.from({ length: columns }, (_, column) => grid.align[column] ?? null);
  const header = grid.header.map(toCellSource);
  const rows = grid.rows.map((row) => {
    const cells = Array.from({ length: columns }, (_, column) => toCellSource(row[column] ?? ''));
    return { cells, extra: row.slice(columns).map(toCellSource) };
  });
  for (const { row, cells } of grid.overflow) rows[row]?.extra.push(...cells.map(toCellSource));

  const widths = align.map((columnAlign, column) => {
    if (layout === 'compact') return minimumWidth(columnAlign);
    const cellWidths = [header[column]!, ...rows.map((row) => row.cells[column]!)].map(displayWidth);
    return Math.max(minimumWidth(columnAlign), ...cellWidths);
  });
  const pad = (cells: readonly string[]): string[] =>
    layout === 'compact' ? [...cells] : cells.map((cell, column) => padCell(cell, widths[column]!, align[column]!));

  const lines = [line(pad(header)), line(align.map((columnAlign, column) => delimiterCell(columnAlign, widths[column]!)))];
  for (const row of rows) lines.push(line([...pad(row.cells), ...row.extra]));
  return lines.join('\n');
}

/**
 * Re-writes one table's source: `serializeTable(parseTable(source))`, keeping
 * the header line's indentation (a table inside a list item stays there) and
 * `\r\n` line breaks when the source used them. Throws `TableSyntaxError`
 * when the source is not exactly one table.
 */
export function formatTable(source: string, layout: TableLayout = 'pretty'): string {
  const indent = /^(?:[ \t]*(?:\r\n|\n|\r))*( {0,3})/.exec(source)?.[1] ?? '';
  const lineBreak = source.includes('\r\n') ? '\r\n' : '\n';
  const table = serializeTable(parseTable(source), { align: layout });
  return table
    .split('\n')
    .map((row) => indent + row)
    .join(lineBreak);
}
