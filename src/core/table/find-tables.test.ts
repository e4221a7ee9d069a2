import { describe, it, expect } from 'vitest';
import { findTables, tableAt } from './find-tables';

const doc = [
  '# Best budget phones', // 1
  '', // 2
  'Our picks for this year:', // 3
  '| Phone | Price |', // 4
  '| --- | ---: |', // 5
  '| Alpha 3 | $199 |', // 6
  '| Beta S | $249 |', // 7
  '', // 8
  'More text.', // 9
].join('\n');

describe('findTables', () => {
  it('finds a table with offsets, lines and source', () => {
    const [table, ...rest] = findTables(doc);
    expect(rest).toEqual([]);
    expect(table).toMatchObject({ startLine: 4, endLine: 7 });
    expect(table!.source).toBe('| Phone | Price |\n| --- | ---: |\n| Alpha 3 | $199 |\n| Beta S | $249 |');
    expect(doc.slice(table!.start, table!.end)).toBe(table!.source);
    expect(doc.slice(0, table!.start).endsWith('this year:\n')).toBe(true);
  });

  it('accepts rows without outer pipes, a header-only table and one column', () => {
    expect(findTables('a | b\n--|:-:')).toMatchObject([{ startLine: 1, endLine: 2, source: 'a | b\n--|:-:' }]);
    expect(findTables('| Only |\n| --- |\n| one |')).toHaveLength(1);
    expect(findTables('x\n\n| a |\n|:--|\n')).toMatchObject([{ startLine: 3, endLine: 4 }]);
  });

  it('counts offsets through CRLF line breaks', () => {
    const text = 'intro\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\nafter';
    const [table] = findTables(text);
    expect(table).toMatchObject({ startLine: 3, endLine: 5, source: '| a | b |\r\n|---|---|\r\n| 1 | 2 |' });
    expect(text.slice(table!.start, table!.end)).toBe(table!.source);
  });

  it('needs the header and delimiter column counts to match', () => {
    expect(findTables('| a | b |\n| --- |\n| c |')).toEqual([]);
    expect(findTables('| a |\n| --- | --- |')).toEqual([]);
  });

  it('does not take setext underlines, thematic breaks or bad delimiters for tables', () => {
    expect(findTables('a | b\n---')).toEqual([]);
    expect(findTables('| a | b |\n| -- | x- |')).toEqual([]);
    expect(findTables('| a | b |\n|    |    |')).toEqual([]);
    expect(findTables('no pipes here\n| --- |')).toEqual([]);
  });

  it('ends the body at a blank line or another block', () => {
    const ends = ['', '# Heading', '> quote', '```', '~~~', '- item', '* item', '1. item', '<div>', '<!-- note -->', '***', '    indented'];
    for (const end of ends) {
      const [table] = findTables(`| a | b |\n| - | - |\n| 1 | 2 |\n${end}\n| 3 | 4 |`);
      expect(table?.endLine, JSON.stringify(end)).toBe(3);
    }
  });

  it('keeps pipe-less lines and inline HTML lines in the body, as GFM does', () => {
    expect(findTables('| a | b |\n| - | - |\nlazy row\n<b>x</b> | y')[0]?.endLine).toBe(4);
  });

  it('finds a table right after a paragraph line and several tables in a row', () => {
    const text = 'Para\n| a | b |\n|---|---|\n\n| c |\n|---|\n| d |';
    expect(findTables(text).map((table) => [table.startLine, table.endLine])).toEqual([
      [2, 3],
      [5, 7],
    ]);
  });

  it('ignores tables inside fenced code of any length, with info strings', () => {
    const text = [
      '```markdown',
      '| a | b |',
      '|---|---|',
      '```',
      '~~~~ md {.table}',
      '| c | d |',
      '|---|---|',
      '~~~', // too short: does not close the ~~~~ fence
      '| e | f |',
      '|---|---|',
      '~~~~',
      '````',
      '```', // a shorter fence inside a longer one is text
      '| g | h |',
      '|---|---|',
      '````',
      '| real | one |',
      '|---|---|',
    ].join('\n');
    expect(findTables(text).map((table) => table.startLine)).toEqual([17]);
  });

  it('treats an unclosed fence as running to the end', () => {
    expect(findTables('```\n| a | b |\n|---|---|')).toEqual([]);
  });

  it('ignores tables in indented code but not in paragraph continuations', () => {
    expect(findTables('text\n\n    | a | b |\n    |---|---|')).toEqual([]);
    expect(findTables('\t| a | b |\n\t|---|---|')).toEqual([]);
    // Up to three spaces of indent is still a table.
    expect(findTables('   | a | b |\n   |---|---|')).toHaveLength(1);
  });

  it('ignores tables inside HTML blocks and comments', () => {
    expect(findTables('<div>\n| a | b |\n|---|---|\n</div>')).toEqual([]);
    expect(findTables('<!--\n| a | b |\n|---|---|\n-->\n')).toEqual([]);
    expect(findTables('<pre>\n| a | b |\n\n|---|---|\n</pre>')).toEqual([]);
    // After the HTML block's blank line, tables count again.
    expect(findTables('<div>x</div>\n\n| a | b |\n|---|---|')).toHaveLength(1);
  });

  it('does not read headings, list items or quotes as header rows', () => {
    expect(findTables('# a | b\n--|--')).toEqual([]);
    expect(findTables('- a | b\n--|--')).toEqual([]);
    expect(findTables('> a | b\n> --|--')).toEqual([]);
  });

  it('reads a header as markdown-it does: a pipe in a code span splits it, so its cells must still match the delimiter row', () => {
    expect(findTables('| `a|b` | c |\n|---|---|')).toEqual([]);
    expect(findTables('| `a|b` | c |\n|---|---|---|')).toHaveLength(1);
    expect(findTables('| `a\\|b` | c |\n|---|---|')).toHaveLength(1);
  });

  it('returns nothing for empty text', () => {
    expect(findTables('')).toEqual([]);
  });
});

describe('tableAt', () => {
  it('finds the table under the cursor, ends included', () => {
    const [table] = findTables(doc);
    expect(tableAt(doc, table!.start)).toEqual(table);
    expect(tableAt(doc, table!.end)).toEqual(table);
    expect(tableAt(doc, table!.start + 20)).toEqual(table);
  });

  it('returns null outside any table', () => {
    const [table] = findTables(doc);
    expect(tableAt(doc, 0)).toBeNull();
    expect(tableAt(doc, table!.start - 1)).toBeNull();
    expect(tableAt(doc, table!.end + 1)).toBeNull();
    expect(tableAt('```\n| a | b |\n|---|---|\n```', 6)).toBeNull();
  });

  it('picks the right one of two tables', () => {
    const text = '| a |\n|---|\n\n| b |\n|---|';
    expect(tableAt(text, text.indexOf('b'))?.startLine).toBe(4);
  });
});
