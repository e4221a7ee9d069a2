import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTables, parseTable, serializeTable, TableSyntaxError, toCellSource, type TableGrid } from './index';

/** Cell text in the model's own form (what parseTable returns): trimmed, pipes escaped. */
const cell = fc.stringMatching(/^[a-zA-Z0-9 |\\`*_[\]()<>:.-]{0,12}$/).map((text) => toCellSource(text));
const grid = fc.integer({ min: 1, max: 5 }).chain((columns) =>
  fc.record({
    header: fc.array(cell, { minLength: columns, maxLength: columns }),
    align: fc.array(fc.constantFrom('left', 'center', 'right', null), { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
  }),
);

describe('table model under random input', () => {
  it('serialise then parse gives the grid back', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const written = serializeTable({ ...g, overflow: [] } as TableGrid, { align: 'pretty' });
        const read = parseTable(written);
        expect({ header: read.header, align: read.align, rows: read.rows }).toEqual(g);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds tables in any text without throwing, and parses each or says why', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('|', '---', ':--', '\n', '\n\n', ' ', '```', '\\', '`', 'a'), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (markdown) => {
        for (const table of findTables(markdown)) {
          try {
            parseTable(table.source);
          } catch (error) {
            expect(error).toBeInstanceOf(TableSyntaxError);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the tables of a 1 MB body within a second', () => {
    const big = `${'| a | b |\n|---|--:|\n| 1 | 2 |\n\n'.repeat(20000)}${'|'.repeat(200000)}`;
    const started = performance.now();
    findTables(big);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
