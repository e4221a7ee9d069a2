import { describe, it, expect } from 'vitest';
import {
  absorbOverflow,
  createTable,
  dropOverflow,
  insertColumn,
  insertRow,
  moveColumn,
  moveRow,
  removeColumn,
  removeRow,
  setAlign,
  setCell,
} from './grid-edits';
import { parseTable } from './parse-table';
import { serializeTable } from './serialize-table';
import type { TableGrid } from './table-types';

/** Freezes every array and object inside, so an edit that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const grid: TableGrid = deepFreeze({
  header: ['A', 'B', 'C'],
  align: ['left', null, 'right'],
  rows: [
    ['a0', 'b0', 'c0'],
    ['a1', 'b1', 'c1'],
    ['a2', 'b2', 'c2'],
  ],
  overflow: [{ row: 1, cells: ['extra'] }],
} satisfies TableGrid);

const column = (table: TableGrid, index: number): string[] => table.rows.map((row) => row[index]!);
const firstCells = (table: TableGrid): string[] => table.rows.map((row) => row[0]!);

describe('createTable', () => {
  it('makes an empty grid with numbered headers', () => {
    expect(createTable(2, 3)).toEqual({
      header: ['Column 1', 'Column 2', 'Column 3'],
      align: [null, null, null],
      rows: [
        ['', '', ''],
        ['', '', ''],
      ],
      overflow: [],
    });
    expect(serializeTable(createTable(0, 1))).toBe('| Column 1 |\n| -------- |');
  });

  it('refuses impossible sizes', () => {
    expect(() => createTable(1, 0)).toThrow(RangeError);
    expect(() => createTable(-1, 2)).toThrow(RangeError);
    expect(() => createTable(1.5, 2)).toThrow(RangeError);
  });
});

describe('row edits', () => {
  it('inserts an empty row and moves overflow along', () => {
    const edited = insertRow(grid, 1);
    expect(firstCells(edited)).toEqual(['a0', '', 'a1', 'a2']);
    expect(edited.rows[1]).toEqual(['', '', '']);
    expect(edited.overflow).toEqual([{ row: 2, cells: ['extra'] }]);
    expect(firstCells(insertRow(grid, 3))).toEqual(['a0', 'a1', 'a2', '']);
    expect(firstCells(insertRow(grid, 0))).toEqual(['', 'a0', 'a1', 'a2']);
  });

  it('removes a row with its overflow', () => {
    expect(firstCells(removeRow(grid, 0))).toEqual(['a1', 'a2']);
    expect(removeRow(grid, 0).overflow).toEqual([{ row: 0, cells: ['extra'] }]);
    expect(removeRow(grid, 1).overflow).toEqual([]);
    expect(removeRow(grid, 2).overflow).toEqual(grid.overflow);
  });

  it('moves a row to its new index, overflow following', () => {
    expect(firstCells(moveRow(grid, 0, 2))).toEqual(['a1', 'a2', 'a0']);
    expect(moveRow(grid, 0, 2).overflow).toEqual([{ row: 0, cells: ['extra'] }]);
    expect(firstCells(moveRow(grid, 2, 0))).toEqual(['a2', 'a0', 'a1']);
    expect(moveRow(grid, 1, 2).overflow).toEqual([{ row: 2, cells: ['extra'] }]);
    expect(moveRow(grid, 1, 1)).toEqual(grid);
  });

  it('throws on rows out of range', () => {
    expect(() => insertRow(grid, 4)).toThrow(RangeError);
    expect(() => removeRow(grid, 3)).toThrow(RangeError);
    expect(() => moveRow(grid, 0, 3)).toThrow(RangeError);
    expect(() => moveRow(grid, -1, 0)).toThrow(RangeError);
  });
});

describe('column edits', () => {
  it('inserts a column with empty cells and no alignment', () => {
    const edited = insertColumn(grid, 1, 'New');
    expect(edited.header).toEqual(['A', 'New', 'B', 'C']);
    expect(edited.align).toEqual(['left', null, null, 'right']);
    expect(column(edited, 1)).toEqual(['', '', '']);
    expect(insertColumn(grid, 3).header).toEqual(['A', 'B', 'C', '']);
    expect(insertColumn(grid, 0).header).toEqual(['', 'A', 'B', 'C']);
  });

  it('removes a column with its alignment, but never the last one', () => {
    const edited = removeColumn(grid, 0);
    expect(edited.header).toEqual(['B', 'C']);
    expect(edited.align).toEqual([null, 'right']);
    expect(edited.rows[2]).toEqual(['b2', 'c2']);
    expect(() => removeColumn(createTable(1, 1), 0)).toThrow(/only column/);
  });

  it('moves a column with its cells and alignment', () => {
    const edited = moveColumn(grid, 2, 0);
    expect(edited.header).toEqual(['C', 'A', 'B']);
    expect(edited.align).toEqual(['right', 'left', null]);
    expect(edited.rows[0]).toEqual(['c0', 'a0', 'b0']);
    expect(moveColumn(grid, 0, 1).header).toEqual(['B', 'A', 'C']);
  });

  it('sets a column alignment', () => {
    expect(setAlign(grid, 1, 'center').align).toEqual(['left', 'center', 'right']);
    expect(setAlign(grid, 0, null).align).toEqual([null, null, 'right']);
  });

  it('throws on columns out of range', () => {
    expect(() => insertColumn(grid, 4)).toThrow(RangeError);
    expect(() => removeColumn(grid, 3)).toThrow(RangeError);
    expect(() => moveColumn(grid, 0, 3)).toThrow(RangeError);
    expect(() => setAlign(grid, 3, 'left')).toThrow(RangeError);
  });
});

describe('setCell', () => {
  it('sets a body cell or, with row -1, a header cell', () => {
    expect(setCell(grid, 2, 1, 'new').rows[2]).toEqual(['a2', 'new', 'c2']);
    expect(setCell(grid, -1, 0, 'Head').header).toEqual(['Head', 'B', 'C']);
    expect(() => setCell(grid, 3, 0, 'x')).toThrow(RangeError);
    expect(() => setCell(grid, -2, 0, 'x')).toThrow(RangeError);
    expect(() => setCell(grid, 0, 3, 'x')).toThrow(RangeError);
  });

  it('stores text as given; serializing makes it safe', () => {
    const edited = setCell(grid, 0, 0, 'a | b\nc');
    expect(edited.rows[0]![0]).toBe('a | b\nc');
    expect(parseTable(serializeTable(edited)).rows[0]![0]).toBe('a \\| b<br>c');
  });
});

describe('overflow decisions', () => {
  it('absorbs overflow cells into new empty-headed columns', () => {
    const widened = absorbOverflow(grid);
    expect(widened.header).toEqual(['A', 'B', 'C', '']);
    expect(widened.align).toEqual(['left', null, 'right', null]);
    expect(column(widened, 3)).toEqual(['', 'extra', '']);
    expect(widened.overflow).toEqual([]);
  });

  it('drops overflow when the writer says so', () => {
    expect(dropOverflow(grid)).toEqual({ ...grid, overflow: [] });
    expect(absorbOverflow(createTable(1, 1))).toEqual(createTable(1, 1));
  });
});

describe('purity', () => {
  it('never changes its input (deeply frozen) and always returns a new grid', () => {
    const deepFrozen = JSON.parse(JSON.stringify(grid)) as TableGrid;
    const edits = [
      insertRow(grid, 0),
      removeRow(grid, 0),
      moveRow(grid, 0, 1),
      insertColumn(grid, 0),
      removeColumn(grid, 0),
      moveColumn(grid, 0, 1),
      setAlign(grid, 0, 'center'),
      setCell(grid, 0, 0, 'x'),
      absorbOverflow(grid),
      dropOverflow(grid),
    ];
    for (const edited of edits) expect(edited).not.toBe(grid);
    expect(grid).toEqual(deepFrozen);
  });
});
