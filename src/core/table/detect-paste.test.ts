import { describe, it, expect } from 'vitest';
import { detectPastedTable } from './detect-paste';

const sheetRange = 'Keyword\tVolume\tDifficulty\r\nstanding desk\t40500\t62\r\n"desk\r\nconverter"\t9900\t41\r\n';

describe('detectPastedTable', () => {
  it('prefers the HTML table when the clipboard has one', () => {
    const html = '<table><tr><td><b>Keyword</b></td><td>Volume</td></tr><tr><td>standing desk</td><td>40500</td></tr></table>';
    const pasted = detectPastedTable('Keyword\tVolume\nstanding desk\t40500', html);
    expect(pasted?.format).toBe('html');
    expect(pasted?.grid.header).toEqual(['**Keyword**', 'Volume']);
  });

  it('falls back to the text when the HTML has no table', () => {
    expect(detectPastedTable(sheetRange, '<p>Keyword Volume</p>')?.format).toBe('tsv');
  });

  it('reads a spreadsheet range as TSV, multi-line cell included', () => {
    expect(detectPastedTable(sheetRange)).toEqual({
      format: 'tsv',
      grid: {
        header: ['Keyword', 'Volume', 'Difficulty'],
        align: [null, null, null],
        rows: [
          ['standing desk', '40500', '62'],
          ['desk<br>converter', '9900', '41'],
        ],
        overflow: [],
      },
    });
  });

  it('reads CSV with quoted commas', () => {
    const pasted = detectPastedTable('city,population,note\nLisbon,545000,"hilly, sunny"\nPorto,232000,river\n');
    expect(pasted?.format).toBe('csv');
    expect(pasted?.grid.rows).toEqual([
      ['Lisbon', '545000', 'hilly, sunny'],
      ['Porto', '232000', 'river'],
    ]);
  });

  it.each([
    ['an empty paste', ''],
    ['one line without delimiters', 'Just a title'],
    ['one CSV line', 'a,b,c'],
    ['one TSV line', 'a\tb\tc'],
    ['a single column', 'one\ntwo\nthree'],
    ['prose with commas', 'I packed the tent, the stove and two mugs.\nThen, at dawn, we left.'],
    ['prose with one comma per line', 'First, preheat the oven.\nNext, mix the flour.'],
    ['long clauses', 'When the morning fog lifted over the quiet harbour, we finally saw the boats\nAnd the fishermen were already mending their nets, talking about the weather'],
    ['a Markdown list', '- apples, pears\n- kiwis, plums'],
    ['a Markdown table', '| a, b | c |\n| --- | --- |\n| 1, 2 | 3 |'],
    ['ragged CSV', 'a,b\n1,2,3\n4'],
    ['tab-indented code', 'if (x) {\n\treturn y;\n\treturn z;\n}'],
    ['only tab-indented lines', '\tfoo\n\tbar'],
  ])('returns null for %s', (_, text) => {
    expect(detectPastedTable(text)).toBeNull();
  });

  it('returns null for one copied spreadsheet cell, even with its HTML', () => {
    expect(detectPastedTable('40500', '<table><tr><td>40500</td></tr></table>')).toBeNull();
  });
});
