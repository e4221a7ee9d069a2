import { absorbOverflow, dropOverflow, insertColumn, insertRow, moveColumn, moveRow, removeColumn, removeRow, swapHeaderWithRow, type TableGrid } from '../../../../../core/table';

/** A cell of the grid editor; row -1 is the header row. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
}

export interface GridOperation {
  readonly label: string;
  readonly group: 'Rows' | 'Columns';
  /** Why it cannot be done at this cell, or null. */
  readonly unavailable: string | null;
  readonly run: (grid: TableGrid) => TableGrid;
  /** The cell to focus afterwards: the one that moved, or the new one. */
  readonly focus: GridCell;
}

/**
 * The row and column operations the table editor offers for the focused
 * cell, each a core grid edit with the cell the writer's focus follows.
 */
export function gridOperations(grid: TableGrid, at: GridCell): GridOperation[] {
  const { row, column } = at;
  const rows = grid.rows.length;
  const columns = grid.header.length;
  const inHeader = row < 0;
  const op = (group: GridOperation['group'], label: string, unavailable: string | null, run: GridOperation['run'], focus: GridCell): GridOperation => ({ group, label, unavailable, run, focus });
  return [
    op('Rows', 'Add row above', inHeader ? 'The header is always the first row' : null, (g) => insertRow(g, row), { row, column }),
    op('Rows', 'Add row below', null, (g) => insertRow(g, row + 1), { row: row + 1, column }),
    op('Rows', 'Delete row', inHeader ? 'The header row cannot be deleted' : null, (g) => removeRow(g, row), { row: Math.min(row, rows - 2), column }),
    op('Rows', 'Move row up', row <= 0 ? 'Already the first row' : null, (g) => moveRow(g, row, row - 1), { row: row - 1, column }),
    op('Rows', 'Move row down', inHeader || row >= rows - 1 ? 'Already the last row' : null, (g) => moveRow(g, row, row + 1), { row: row + 1, column }),
    op('Rows', 'Make header row', inHeader ? 'This is the header row' : grid.overflow.some((entry) => entry.row === row) ? 'This row has cells past the last column' : null, (g) => swapHeaderWithRow(g, row), { row: -1, column }),
    op('Columns', 'Add column left', null, (g) => insertColumn(g, column), { row, column }),
    op('Columns', 'Add column right', null, (g) => insertColumn(g, column + 1), { row, column: column + 1 }),
    op('Columns', 'Delete column', columns === 1 ? 'A table needs one column' : null, (g) => removeColumn(g, column), { row, column: Math.min(column, columns - 2) }),
    op('Columns', 'Move column left', column === 0 ? 'Already the first column' : null, (g) => moveColumn(g, column, column - 1), { row, column: column - 1 }),
    op('Columns', 'Move column right', column >= columns - 1 ? 'Already the last column' : null, (g) => moveColumn(g, column, column + 1), { row, column: column + 1 }),
  ];
}

/** What to do with cells typed past the header's width, which GFM renderers drop. */
export const OVERFLOW_FIXES = [
  { label: 'Make them columns', run: absorbOverflow },
  { label: 'Drop them', run: dropOverflow },
] as const;
