import type { ColumnAlign, RowOverflow, TableGrid } from './table-types';

/**
 * Pure edits on a grid: each returns a new grid and leaves its input alone.
 * Indices are 0-based; body rows are counted without the header. An index out
 * of range throws a RangeError rather than guessing what the caller meant.
 * Overflow cells follow their row through row edits; column edits leave them
 * where they are (past the last column).
 */

function checkIndex(index: number, size: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`${what} ${index} is out of range (0..${size - 1})`);
  }
}

/** Moves an item so it ends up at index `to`. */
function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  const [item] = result.splice(from, 1);
  result.splice(to, 0, item as T);
  return result;
}

function remapOverflow(overflow: readonly RowOverflow[], newRow: (row: number) => number | null): RowOverflow[] {
  return overflow
    .flatMap((entry) => {
      const row = newRow(entry.row);
      return row === null ? [] : [{ row, cells: entry.cells }];
    })
    .sort((a, b) => a.row - b.row);
}

/** An empty table with headers `Column 1` … `Column n` and `rows` empty body rows. */
export function createTable(rows: number, columns: number): TableGrid {
  if (!Number.isInteger(columns) || columns < 1) throw new RangeError('a table needs at least one column');
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError('the row count cannot be negative');
  return {
    header: Array.from({ length: columns }, (_, column) => `Column ${column + 1}`),
    align: Array.from({ length: columns }, () => null),
    rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => '')),
    overflow: [],
  };
}

/** Inserts an empty body row so that it becomes row `at` (`rows.length` appends). */
export function insertRow(grid: TableGrid, at: number): TableGrid {
  checkIndex(at, grid.rows.length + 1, 'row');
  const rows = [...grid.rows];
  rows.splice(at, 0, grid.header.map(() => ''));
  return { ...grid, rows, overflow: remapOverflow(grid.overflow, (row) => (row >= at ? row + 1 : row)) };
}

/** Removes body row `at`, with any overflow cells it had. */
export function removeRow(grid: TableGrid, at: number): TableGrid {
  checkIndex(at, grid.rows.length, 'row');
  return {
    ...grid,
    rows: grid.rows.filter((_, row) => row !== at),
    overflow: remapOverflow(grid.overflow, (row) => (row === at ? null : row > at ? row - 1 : row)),
  };
}

/** Moves body row `from` so it ends up at index `to`. */
export function moveRow(grid: TableGrid, from: number, to: number): TableGrid {
  checkIndex(from, grid.rows.length, 'row');
  checkIndex(to, grid.rows.length, 'row');
  const order = moved(
    grid.rows.map((_, row) => row),
    from,
    to,
  );
  return {
    ...grid,
    rows: order.map((row) => grid.rows[row]!),
    overflow: remapOverflow(grid.overflow, (row) => order.indexOf(row)),
  };
}

/** Inserts a column at `at` (`header.length` appends) with empty cells and no alignment. */
export function insertColumn(grid: TableGrid, at: number, header = ''): TableGrid {
  checkIndex(at, grid.header.length + 1, 'column');
  const inserted = <T>(cells: readonly T[], value: T): T[] => [...cells.slice(0, at), value, ...cells.slice(at)];
  return {
    ...grid,
    header: inserted(grid.header, header),
    align: inserted<ColumnAlign>(grid.align, null),
    rows: grid.rows.map((row) => inserted(row, '')),
  };
}

/** Removes column `at`. The last column cannot go: a table without columns is not a table. */
export function removeColumn(grid: TableGrid, at: number): TableGrid {
  checkIndex(at, grid.header.length, 'column');
  if (grid.header.length === 1) throw new RangeError('cannot remove the only column; remove the table instead');
  const without = <T>(cells: readonly T[]): T[] => cells.filter((_, column) => column !== at);
  return { ...grid, header: without(grid.header), align: without(grid.align), rows: grid.rows.map(without) };
}

/** Moves column `from` so it ends up at index `to`, with its alignment. */
export function moveColumn(grid: TableGrid, from: number, to: number): TableGrid {
  checkIndex(from, grid.header.length, 'column');
  checkIndex(to, grid.header.length, 'column');
  return {
    ...grid,
    header: moved(grid.header, from, to),
    align: moved(grid.align, from, to),
    rows: grid.rows.map((row) => moved(row, from, to)),
  };
}

export function setAlign(grid: TableGrid, column: number, align: ColumnAlign): TableGrid {
  checkIndex(column, grid.header.length, 'column');
  return { ...grid, align: grid.align.map((current, index) => (index === column ? align : current)) };
}

/**
 * Sets one cell's Markdown source; `row` -1 is the header. The text is stored
 * as given: `serializeTable` escapes pipes and turns line breaks into `<br>`.
 */
export function setCell(grid: TableGrid, row: number, column: number, text: string): TableGrid {
  checkIndex(column, grid.header.length, 'column');
  const replaced = (cells: readonly string[]): string[] => cells.map((cell, index) => (index === column ? text : cell));
  if (row === -1) return { ...grid, header: replaced(grid.header) };
  checkIndex(row, grid.rows.length, 'row');
  return { ...grid, rows: grid.rows.map((cells, index) => (index === row ? replaced(cells) : cells)) };
}

/** Forgets the overflow cells (the writer chose to drop them). */
export function dropOverflow(grid: TableGrid): TableGrid {
  return { ...grid, overflow: [] };
}

/**
 * Widens the table so overflow cells become real columns (with empty
 * headers), which is what a writer who typed them past the header usually meant.
 */
export function absorbOverflow(grid: TableGrid): TableGrid {
  const extra = Math.max(0, ...grid.overflow.map((entry) => entry.cells.length));
  if (extra === 0) return grid.overflow.length === 0 ? grid : dropOverflow(grid);
  const blanks = <T>(value: T): T[] => Array.from({ length: extra }, () => value);
  return {
    header: [...grid.header, ...blanks('')],
    align: [...grid.align, ...blanks<ColumnAlign>(null)],
    rows: grid.rows.map((row, index) => {
      const cells = grid.overflow.find((entry) => entry.row === index)?.cells ?? [];
      return [...row, ...cells, ...blanks('').slice(cells.length)];
    }),
    overflow: [],
  };
}

/**
 * Makes body row `row` the header and the header that body row, in its
 * place: how a writer chooses which row heads the table (GFM tables always
 * have one). A row with overflow cells cannot be the header, which has
 * none: make them columns or drop them first.
 */
export function swapHeaderWithRow(grid: TableGrid, row: number): TableGrid {
  checkIndex(row, grid.rows.length, 'row');
  if (grid.overflow.some((entry) => entry.row === row)) throw new RangeError(`row ${row} has cells past the header; make them columns or drop them first`);
  return { ...grid, header: [...grid.rows[row]!], rows: grid.rows.map((cells, index) => (index === row ? [...grid.header] : cells)) };
}
