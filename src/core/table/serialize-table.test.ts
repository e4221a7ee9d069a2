import { describe, it, expect } from 'vitest';
import { parseTable } from './parse-table';
import { toCellSource } from './row-cells';
import { formatTable, serializeTable } from './serialize-table';
import type { ColumnAlign, RowOverflow, TableGrid } from './table-types';

const lines = (...rows: string[]): string => rows.join('\n');

describe('serializeTable', () => {
  it('pads columns by display width and spells alignment in the delimiter row', () => {
    const grid: TableGrid = {
      header: ['Name', 'Qty'],
      align: ['left', 'right'],
      rows: [
        ['苹果', '3'],
        ['🍎 apple', '12'],
      ],
      overflow: [],
    };
    expect(serializeTable(grid, { align: 'pretty' })).toBe(
      lines(
        '| Name     |  Qty |', //
        '| :------- | ---: |',
        '| 苹果     |    3 |',
        '| 🍎 apple |   12 |',
      ),
    );
  });

  it('centres cells in centred columns and keeps three dashes at least', () => {
    const grid: TableGrid = { header: ['x', 'y'], align: ['center', null], rows: [['ab', '']], overflow: [] };
    expect(serializeTable(grid)).toBe(lines('|   x   | y   |', '| :---: | --- |', '|  ab   |     |'));
  });

  it('writes compact tables with one space of padding', () => {
    const grid: TableGrid = { header: ['Long header', 'b', 'c', 'd'], align: [null, 'left', 'center', 'right'], rows: [['1', '', 'x', 'y']], overflow: [] };
    expect(serializeTable(grid, { align: 'compact' })).toBe(lines('| Long header | b | c | d |', '| --- | :--- | :---: | ---: |', '| 1 |  | x | y |'));
  });

  it('escapes bare pipes, code spans included, and turns line breaks into <br>', () => {
    const grid: TableGrid = { header: ['a|b', '`x|y`'], align: [null, null], rows: [['already \\| escaped', 'two\nlines']], overflow: [] };
    const table = serializeTable(grid, { align: 'compact' });
    expect(table).toBe(lines('| a\\|b | `x\\|y` |', '| --- | --- |', '| already \\| escaped | two<br>lines |'));
    expect(parseTable(table).header).toEqual(['a\\|b', '`x\\|y`']);
  });

  it('writes overflow cells back after their row', () => {
    const grid: TableGrid = { header: ['a'], align: [null], rows: [['1'], ['2']], overflow: [{ row: 1, cells: ['', 'kept'] }] };
    expect(serializeTable(grid)).toBe(lines('| a   |', '| --- |', '| 1   |', '| 2   |  | kept |'));
  });

  it('pads short hand-built rows and refuses a table without columns', () => {
    const grid: TableGrid = { header: ['a', 'b'], align: [], rows: [['1']], overflow: [] };
    expect(serializeTable(grid, { align: 'compact' })).toBe(lines('| a | b |', '| --- | --- |', '| 1 |  |'));
    expect(() => serializeTable({ header: [], align: [], rows: [], overflow: [] })).toThrow(RangeError);
  });
});

describe('formatTable', () => {
  it('lines up a hand-typed table', () => {
    const source = lines('Feature|Free|Pro', ':--|:-:|--:', 'Exports|no|yes', 'Team seats|1|10');
    expect(formatTable(source)).toBe(
      lines(
        '| Feature    | Free  |  Pro |', //
        '| :--------- | :---: | ---: |',
        '| Exports    |  no   |  yes |',
        '| Team seats |   1   |   10 |',
      ),
    );
  });

  it('keeps the indentation and CRLF line breaks of the source', () => {
    expect(formatTable('  |a|b|\r\n  |-|-|\r\n  |1|2|', 'compact')).toBe('  | a | b |\r\n  | --- | --- |\r\n  | 1 | 2 |');
  });

  it('keeps a row whose code span holds a bare pipe as the preview reads it, the cell past the header kept after it', () => {
    expect(formatTable('| op | means |\n|--|--|\n| `a|b` | either |', 'compact')).toBe(lines('| op | means |', '| --- | --- |', '| `a | b` | either |'));
  });

  it('stays fast on a cell with a very long run of spaces', () => {
    const formatted = formatTable(`| a${' '.repeat(200_000)}b | c |\n|---|---|`, 'compact');
    expect(formatted.length).toBeGreaterThan(200_000);
  });

  it('is idempotent', () => {
    const source = lines('| 名前 | 値 |', '|--:|:-:|', '| 東京 | 🗼 |', '| x | `a|b` \\| c |', '| extra | cells | here |');
    const once = formatTable(source);
    expect(formatTable(once)).toBe(once);
  });
});

/** A small deterministic PRNG (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Z', '9', ' ', '|', '\\', '\\|', '`', '``', '*', '_', '[', ']', '(', ')', '[a|b](u)', ':', '-', '---', '<br>', '中', '😀', 'e\u0301', '\u00a0', '#', '>', '&amp;', '\t'];
const ALIGNS: ColumnAlign[] = [null, 'left', 'center', 'right'];

function randomCell(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 6);
  for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(next() * PIECES.length)];
  return toCellSource(text);
}

function randomGrid(next: () => number): TableGrid {
  const columns = 1 + Math.floor(next() * 4);
  const rowCount = Math.floor(next() * 4);
  const cells = (): string[] => Array.from({ length: columns }, () => randomCell(next));
  const rows = Array.from({ length: rowCount }, cells);
  const overflow: RowOverflow[] = [];
  rows.forEach((cells, row) => {
    // See the overflow ambiguity test below: no backticks where cells overflow.
    const extra = [randomCell(next), `x${randomCell(next)}`];
    if (next() < 0.2 && ![...cells, ...extra].some((cell) => cell.includes('`'))) overflow.push({ row, cells: extra });
  });
  return { header: cells(), align: Array.from({ length: columns }, () => ALIGNS[Math.floor(next() * 4)]!), rows, overflow };
}

describe('round trips', () => {
  const examples: TableGrid[] = [
    { header: ['a'], align: [null], rows: [], overflow: [] },
    { header: ['', ''], align: ['left', 'right'], rows: [['', '']], overflow: [] },
    { header: ['Pipe \\| here', '`code \\| span`'], align: ['center', null], rows: [['[a\\|b](https://example.com)', 'ends with \\']], overflow: [] },
    { header: ['``a ` b``', '\\\\'], align: [null, null], rows: [['`a', 'b`'], ['\\\\\\|', '*x*']], overflow: [] },
    { header: ['中文', '🎉'], align: ['right', 'center'], rows: [['ｶﾀｶﾅ', 'e\u0301']], overflow: [{ row: 0, cells: ['', 'extra'] }] },
  ];

  it.each(examples)('parse(serialize(grid)) gives the grid back: %j', (grid) => {
    expect(parseTable(serializeTable(grid, { align: 'pretty' }))).toEqual(grid);
    expect(parseTable(serializeTable(grid, { align: 'compact' }))).toEqual(grid);
  });

  it('holds for many generated grids of canonical cells', () => {
    const next = random(20240601);
    for (let i = 0; i < 500; i += 1) {
      const grid = randomGrid(next);
      for (const align of ['pretty', 'compact'] as const) {
        const table = serializeTable(grid, { align });
        expect(parseTable(table), table).toEqual(grid);
      }
    }
  });

  it('normalises any cell text to its canonical source, and then holds', () => {
    const grid: TableGrid = { header: [' a|b ', 'x'], align: [null, null], rows: [['c\nd', '`p|q`']], overflow: [] };
    const once = parseTable(serializeTable(grid));
    expect(once).toEqual({ header: ['a\\|b', 'x'], align: [null, null], rows: [['c<br>d', '`p\\|q`']], overflow: [] });
    expect(parseTable(serializeTable(once))).toEqual(once);
  });

  it('reads back an overflowing row whose cells hold unpaired backticks exactly', () => {
    const grid: TableGrid = { header: ['h1', 'h2'], align: [null, null], rows: [['`a', 'b`']], overflow: [{ row: 0, cells: ['c'] }] };
    expect(parseTable(serializeTable(grid, { align: 'compact' }))).toEqual(grid);
  });

  it('parse → serialize → parse is stable for hand-written tables', () => {
    const sources = [
      'a|b\n-|-\n1|2|3\n4',
      '| `x\\|y` | z |\n|:-:|--:|\n| \\| | `` ` `` |',
      '| a | b |\n|---|---|\n| `x|y` | z |',
      '|中|😀|\n|-|-|\n|é|ｱ|',
    ];
    for (const source of sources) {
      const grid = parseTable(source);
      expect(parseTable(serializeTable(grid))).toEqual(grid);
    }
  });
});
