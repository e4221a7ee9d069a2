import { describe, expect, it } from 'vitest';
import { cellEditText, createTable, findTables, insertColumn, insertTable, isCodeOrHtmlAt, parseTable, replaceTable, setCell, swapHeaderWithRow, toCellSource } from './index';

const lf = (...lines: string[]): string => lines.join('\n');
const small = createTable(1, 2);
const SMALL = lf('| Column 1 | Column 2 |', '| -------- | -------- |', '|          |          |');

describe('insertTable', () => {
  it('puts a blank line on each side, but never a second one', () => {
    expect(insertTable('', { start: 0, end: 0 }, small).body).toBe(SMALL);
    expect(insertTable('Intro.', { start: 6, end: 6 }, small).body).toBe(`Intro.\n\n${SMALL}`);
    expect(insertTable('Intro.\n', { start: 7, end: 7 }, small).body).toBe(`Intro.\n\n${SMALL}`);
    expect(insertTable('Intro.\n\n\nOutro.', { start: 8, end: 8 }, small).body).toBe(`Intro.\n\n${SMALL}\n\nOutro.`);
    expect(insertTable('Intro.\n\nOutro.', { start: 8, end: 8 }, small).body).toBe(`Intro.\n\n${SMALL}\n\nOutro.`);
  });

  it('replaces the selection, splitting the line there (a paste)', () => {
    const change = insertTable('Before [x] after', { start: 7, end: 10 }, small);
    expect(change.body).toBe(`Before \n\n${SMALL}\n\n after`);
    expect(change.body.slice(change.start, change.end)).toBe(SMALL);
  });

  it('goes after the paragraph around the caret when asked, so a paragraph is never split', () => {
    const body = lf('# Title', '', 'One line', 'and its continuation.', '', 'Next.');
    const change = insertTable(body, { start: 12, end: 12 }, small, { at: 'after-block' });
    expect(change.body).toBe(lf('# Title', '', 'One line', 'and its continuation.', '', SMALL, '', 'Next.'));
    expect(findTables(change.body)).toEqual([expect.objectContaining({ start: change.start, end: change.end })]);
    // On a blank line it goes right there.
    expect(insertTable('A.\n\n\nB.', { start: 4, end: 4 }, small, { at: 'after-block' }).body).toBe(`A.\n\n${SMALL}\n\nB.`);
  });

  it('writes CRLF into a CRLF body', () => {
    expect(insertTable('A.\r\n', { start: 4, end: 4 }, small).body).toBe(`A.\r\n\r\n${SMALL.replace(/\n/g, '\r\n')}`);
  });
});

describe('replaceTable', () => {
  it('rewrites only the table, keeping its indentation and line endings', () => {
    const body = lf('- Item:', '', '  |a|b|', '  |-|-|', '  |1|2|', '', 'After.');
    const [table] = findTables(body);
    const change = replaceTable(body, table!, insertColumn(parseTable(table!.source), 2, 'c'));
    expect(change.body).toBe(lf('- Item:', '', '  | a   | b   | c   |', '  | --- | --- | --- |', '  | 1   | 2   |     |', '', 'After.'));
    expect(change.body.slice(change.start, change.end)).toBe(findTables(change.body)[0]!.source);
    const crlf = '|a|\r\n|-|\r\n|1|\r\n\r\nText';
    expect(replaceTable(crlf, findTables(crlf)[0]!, parseTable(findTables(crlf)[0]!.source)).body).toBe('| a   |\r\n| --- |\r\n| 1   |\r\n\r\nText');
  });

  it('keeps cells with pipes, inline code and links through an edit', () => {
    const body = lf('| Cell | Note |', '|---|:-:|', '| a \\| b | `x \\| y` |', '| [link](/a_b "t") | ``a`b`` |');
    const [table] = findTables(body);
    const grid = insertColumn(parseTable(table!.source), 1, 'New');
    const after = replaceTable(body, table!, grid).body;
    expect(parseTable(after).rows).toEqual([
      ['a \\| b', '', '`x \\| y`'],
      ['[link](/a_b "t")', '', '``a`b``'],
    ]);
  });
});

describe('cellEditText', () => {
  it('shows escaped pipes as pipes, and writes back exactly', () => {
    for (const source of ['a \\| b', '`x \\| y`', 'x\\\\\\|y', 'plain', '\\\\', 'a<br>b']) {
      expect(toCellSource(cellEditText(source))).toBe(source);
    }
    expect(cellEditText('a \\| b')).toBe('a | b');
    expect(cellEditText('x\\\\\\|y')).toBe('x\\\\|y');
  });

  it('lets a typed pipe stay in its cell', () => {
    const grid = setCell(createTable(0, 1), -1, 0, 'a|b `c|d`');
    expect(parseTable(replaceTable('', { start: 0, end: 0, source: '' }, grid).body).header).toEqual(['a\\|b `c\\|d`']);
  });
});

describe('swapHeaderWithRow', () => {
  it('makes a body row the header, and the header that row', () => {
    const grid = parseTable(lf('| 1 | 2 |', '|---|---|', '| Name | Price |', '| x | y |'));
    expect(swapHeaderWithRow(grid, 0)).toMatchObject({ header: ['Name', 'Price'], rows: [['1', '2'], ['x', 'y']] });
    expect(() => swapHeaderWithRow(parseTable('| a |\n|---|\n| 1 | extra |'), 0)).toThrow(/past the header/);
    expect(() => swapHeaderWithRow(grid, 5)).toThrow(RangeError);
  });
});

describe('isCodeOrHtmlAt', () => {
  it('tells code and HTML blocks from text', () => {
    const body = lf('Text', '', '```', 'code', '```', '', '<div>', 'html', '</div>', '', 'More');
    expect(isCodeOrHtmlAt(body, body.indexOf('code'))).toBe(true);
    expect(isCodeOrHtmlAt(body, body.indexOf('html'))).toBe(true);
    expect(isCodeOrHtmlAt(body, 2)).toBe(false);
    expect(isCodeOrHtmlAt(body, body.length)).toBe(false);
  });
});
