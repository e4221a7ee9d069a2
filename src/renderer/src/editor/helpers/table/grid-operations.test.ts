import { describe, expect, it } from 'vitest';
import { findTables, parseTable, replaceTable, serializeTable } from '../../../../../core/table';
import { gridOperations } from './grid-operations';

const body = ['| Tool | `a \\| b` |', '|:-----|--:|', '| [Acme](/acme) | 1 |', '| Zeta | 2 |'].join('\n');
const grid = parseTable(body);
const run = (label: string, row: number, column: number) => {
  const operation = gridOperations(grid, { row, column }).find((candidate) => candidate.label === label)!;
  expect(operation.unavailable).toBeNull();
  return { grid: operation.run(grid), focus: operation.focus };
};

describe('table editor operations', () => {
  it('adds a column right of the focused cell and focuses its cell, links and code kept', () => {
    const { grid: after, focus } = run('Add column right', 0, 0);
    expect(after.header).toEqual(['Tool', '', '`a \\| b`']);
    expect(after.align).toEqual(['left', null, 'right']);
    expect(after.rows[0]).toEqual(['[Acme](/acme)', '', '1']);
    expect(focus).toEqual({ row: 0, column: 1 });
    const written = replaceTable(body, findTables(body)[0]!, after).body;
    expect(parseTable(written)).toEqual(after);
  });

  it('moves rows and columns, and makes a row the header', () => {
    expect(run('Move row down', 0, 1).grid.rows.map((row) => row[0])).toEqual(['Zeta', '[Acme](/acme)']);
    expect(run('Move column left', 1, 1).grid.header).toEqual(['`a \\| b`', 'Tool']);
    expect(run('Make header row', 1, 0).grid).toMatchObject({ header: ['Zeta', '2'], rows: [['[Acme](/acme)', '1'], ['Tool', '`a \\| b`']] });
    expect(serializeTable(run('Delete row', 0, 0).grid)).not.toContain('Acme');
  });

  it('says why an operation is not available where the cell is', () => {
    const reasons = Object.fromEntries(gridOperations(grid, { row: -1, column: 0 }).map((operation) => [operation.label, operation.unavailable]));
    expect(reasons).toMatchObject({ 'Delete row': 'The header row cannot be deleted', 'Move column left': 'Already the first column', 'Add column left': null });
  });
});
