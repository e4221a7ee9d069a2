import { continuesTable, readTableAt } from './find-tables';
import { isBlank, splitLines } from './markdown-lines';
import { escapeBarePipes, splitRow } from './row-cells';
import { TableSyntaxError, type RowOverflow, type TableGrid } from './table-types';

/** Drops empty cells at the end: they hold nothing a writer typed. */
function withoutTrailingEmpties(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}

/**
 * Parses the source of one GFM table (as `findTables` returns it) into a
 * grid of canonical cells (see `toCellSource`). Short rows are padded with ''. Cells past the header's width are not
 * rendered by GFM but are kept in `overflow` rather than thrown away.
 * Blank lines around the table are allowed; anything else outside it is a
 * `TableSyntaxError`, so formatting can never silently drop text.
 */
export function parseTable(source: string): TableGrid {
  const lines = splitLines(source);
  let first = 0;
  while (first < lines.length && isBlank(lines[first]!.text)) first += 1;
  if (first === lines.length) throw new TableSyntaxError('there is no table here', 1);

  const found = readTableAt(lines, first);
  if (!found) {
    const reason = first + 1 < lines.length ? 'a table needs a header row with pipes and a matching delimiter row' : 'a table needs a delimiter row under its header';
    throw new TableSyntaxError(reason, first + 1);
  }
  for (let index = found.lastLine + 1; index < lines.length; index += 1) {
    if (!isBlank(lines[index]!.text)) {
      const reason = continuesTable(lines[index]!.text) ? 'text after a blank line is not part of the table' : 'this line starts another block after the table';
      throw new TableSyntaxError(reason, index + 1);
    }
  }

  const width = found.align.length;
  // Cells come back canonical: a pipe after an escaped backslash (`\\|`, one
  // cell to GitHub and markdown-it) is escaped again, as `serializeTable` will write it.
  const cellsOf = (line: string): string[] => splitRow(line).map(escapeBarePipes);
  const header = cellsOf(lines[first]!.text);
  const rows: string[][] = [];
  const overflow: RowOverflow[] = [];
  for (let index = first + 2; index <= found.lastLine; index += 1) {
    const cells = cellsOf(lines[index]!.text);
    const extra = withoutTrailingEmpties(cells.slice(width));
    if (extra.length > 0) overflow.push({ row: rows.length, cells: extra });
    const row = cells.slice(0, width);
    while (row.length < width) row.push('');
    rows.push(row);
  }
  return { header, align: found.align, rows, overflow };
}
