import { describe, it, expect } from 'vitest';
import { renderMarkdown } from '../markdown';
import { parseTable } from './parse-table';
import { escapeBarePipes, parseDelimiterRow, splitRow, toCellSource } from './row-cells';
import { TableSyntaxError } from './table-types';

describe('parseTable', () => {
  it('reads header, alignment and trimmed body cells', () => {
    const grid = parseTable('| Tool | Plan | Price |\n|:-----|:----:|------:|\n|  Acme  | Pro |  $12 |\n| Zeta | Free | $0 |');
    expect(grid).toEqual({
      header: ['Tool', 'Plan', 'Price'],
      align: ['left', 'center', 'right'],
      rows: [
        ['Acme', 'Pro', '$12'],
        ['Zeta', 'Free', '$0'],
      ],
      overflow: [],
    });
  });

  it('reads rows without outer pipes and a plain delimiter as null alignment', () => {
    expect(parseTable('a | b\n--- | ---\n1 | 2')).toEqual({ header: ['a', 'b'], align: [null, null], rows: [['1', '2']], overflow: [] });
  });

  it('pads short rows with empty cells', () => {
    expect(parseTable('| a | b | c |\n|---|---|---|\n| 1 |\nlazy').rows).toEqual([
      ['1', '', ''],
      ['lazy', '', ''],
    ]);
  });

  it('keeps cells past the header width as overflow, not lost', () => {
    const grid = parseTable('| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |\n| 5 | 6 |\n| 7 | 8 | | 9 | |');
    expect(grid.rows).toEqual([
      ['1', '2'],
      ['5', '6'],
      ['7', '8'],
    ]);
    expect(grid.overflow).toEqual([
      { row: 0, cells: ['3', '4'] },
      { row: 2, cells: ['', '9'] },
    ]);
  });

  it('does not report an extra empty cell (a doubled trailing pipe) as overflow', () => {
    expect(parseTable('| a |\n|---|\n| 1 | |').overflow).toEqual([]);
  });

  it('keeps escaped pipes escaped in the cell text', () => {
    expect(parseTable('| a \\| b | c |\n|---|---|\n| x\\|y | \\| |').rows).toEqual([['x\\|y', '\\|']]);
    expect(parseTable('| a \\| b | c |\n|---|---|').header).toEqual(['a \\| b', 'c']);
  });

  it('reads a pipe after two backslashes as GitHub does (one cell), then escapes it for every renderer', () => {
    expect(parseTable('| a\\\\|b |\n|---|').header).toEqual(['a\\\\\\|b']);
  });

  it('splits at a pipe inside a code span, as GitHub and markdown-it render it', () => {
    const source = '| Operator | Meaning |\n|---|---|\n| `a|b` | or |\n| `ls \\| wc` | already escaped |';
    const grid = parseTable(source);
    // The preview shows "`a" and "b`" and drops "or": the model reads the same, and keeps "or" as overflow.
    expect(grid.rows).toEqual([
      ['`a', 'b`'],
      ['`ls \\| wc`', 'already escaped'],
    ]);
    expect(grid.overflow).toEqual([{ row: 0, cells: ['or'] }]);
    const cells = [...renderMarkdown(source).matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toEqual(['`a', 'b`', '<code>ls | wc</code>', 'already escaped']);
  });

  it('reads CRLF sources and allows blank lines around the table', () => {
    expect(parseTable('\r\n| a |\r\n|---|\r\n| 1 |\r\n\r\n').rows).toEqual([['1']]);
  });

  it('throws a TableSyntaxError for text that is not exactly one table', () => {
    expect(() => parseTable('')).toThrow(TableSyntaxError);
    expect(() => parseTable('just text')).toThrow(TableSyntaxError);
    expect(() => parseTable('| a | b |\n| --- |')).toThrow(/delimiter/);
    expect(() => parseTable('| a |\n|---|\n\nafter')).toThrow(expect.objectContaining({ line: 4 }));
    expect(() => parseTable('| a |\n|---|\n# heading')).toThrow(/another block/);
  });
});

describe('row cells', () => {
  it('splits rows with and without outer pipes', () => {
    expect(splitRow('| a | b |')).toEqual(['a', 'b']);
    expect(splitRow('a|b')).toEqual(['a', 'b']);
    expect(splitRow('| a | b')).toEqual(['a', 'b']);
    expect(splitRow('|')).toEqual(['']);
    expect(splitRow('| |  |')).toEqual(['', '']);
    expect(splitRow('bar')).toEqual(['bar']);
  });

  it('treats a pipe after a backslash as escaped, as GitHub and markdown-it do', () => {
    expect(splitRow('| a\\|b | c \\|')).toEqual(['a\\|b', 'c \\|']);
    expect(splitRow('| a\\\\|b |')).toEqual(['a\\\\|b']);
  });

  it('trims only ASCII spaces and tabs', () => {
    expect(splitRow('|\u3000全角\u3000|\t x \t|')).toEqual(['\u3000全角\u3000', 'x']);
  });

  it('splits at every bare pipe, code spans included', () => {
    expect(splitRow('| `a|b` | c |')).toEqual(['`a', 'b`', 'c']);
    expect(splitRow('| `a\\|b` | c |')).toEqual(['`a\\|b`', 'c']);
  });

  it('reads delimiter rows', () => {
    expect(parseDelimiterRow('| :-- | :-: | --: | - |')).toEqual(['left', 'center', 'right', null]);
    expect(parseDelimiterRow(':---')).toEqual(['left']);
    expect(parseDelimiterRow('---')).toBeNull();
    expect(parseDelimiterRow('| --- | a |')).toBeNull();
    expect(parseDelimiterRow('| -:- |')).toBeNull();
    expect(parseDelimiterRow('')).toBeNull();
  });

  it('escapes bare pipes once, code spans included', () => {
    expect(escapeBarePipes('a|b\\|c||`x|y`')).toBe('a\\|b\\|c\\|\\|`x\\|y`');
    // An even run of backslashes escapes itself, not the pipe.
    expect(escapeBarePipes('a\\\\|b\\\\\\|c')).toBe('a\\\\\\|b\\\\\\|c');
    expect(toCellSource(' line one\nline two | x ')).toBe('line one<br>line two \\| x');
    expect(toCellSource(toCellSource('a|b\r\nc'))).toBe(toCellSource('a|b\r\nc'));
  });
});
