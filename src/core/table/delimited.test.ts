import { describe, it, expect } from 'vitest';
import { detectDelimiter, fromDelimited, parseDelimited } from './delimited';
import { serializeTable } from './serialize-table';

describe('parseDelimited (RFC 4180)', () => {
  it('splits plain records', () => {
    expect(parseDelimited('a,b,c\n1,2,3', ',')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseDelimited('name,quote\n"Doe, Jane","She said ""yes""\r\nthen left"\n', ',')).toEqual([
      ['name', 'quote'],
      ['Doe, Jane', 'She said "yes"\r\nthen left'],
    ]);
  });

  it('handles CRLF, lone CR, empty fields and a trailing delimiter', () => {
    expect(parseDelimited('a,,c\r\n,\rx,', ',')).toEqual([
      ['a', '', 'c'],
      ['', ''],
      ['x', ''],
    ]);
  });

  it('ignores trailing empty lines and a byte-order mark', () => {
    expect(parseDelimited('\uFEFFa,b\r\n1,2\r\n\r\n', ',')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseDelimited('', ',')).toEqual([]);
  });

  it('is lenient with stray quotes', () => {
    expect(parseDelimited('5" screen,"Pro" plan,"open\nto the end', ',')).toEqual([['5" screen', '"Pro" plan', 'open\nto the end']]);
    expect(parseDelimited('"",""""', ',')).toEqual([['', '"']]);
  });
});

describe('detectDelimiter', () => {
  it('prefers tabs, ignoring ones inside quotes', () => {
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('Price\tNote\n"1,250"\tx')).toBe('\t');
    expect(detectDelimiter('"a\tb",c')).toBe(',');
    expect(detectDelimiter('a,b\nc\td')).toBe(',');
  });
});

describe('fromDelimited', () => {
  it('makes the first row the header and turns line breaks into <br>', () => {
    expect(fromDelimited('City,Notes\nLisbon,"Hilly\nsunny"\n')).toEqual({
      header: ['City', 'Notes'],
      align: [null, null],
      rows: [['Lisbon', 'Hilly<br>sunny']],
      overflow: [],
    });
  });

  it('pads ragged rows, header included, to the widest row', () => {
    expect(fromDelimited('a,b\n1\n1,2,3', ',')).toEqual({
      header: ['a', 'b', ''],
      align: [null, null, null],
      rows: [
        ['1', '', ''],
        ['1', '2', '3'],
      ],
      overflow: [],
    });
  });

  it('escapes pipes and trims cells so the grid is ready to write', () => {
    const grid = fromDelimited('cmd,what\n"  ls | wc -l  ",counts\n')!;
    expect(grid.rows).toEqual([['ls \\| wc -l', 'counts']]);
    expect(serializeTable(grid, { align: 'compact' })).toBe('| cmd | what |\n| --- | --- |\n| ls \\| wc -l | counts |');
  });

  it('reads TSV as Excel copies it: CRLF, a trailing line break, quoted multi-line cells', () => {
    const excel = [
      'SKU\tProduct\tPrice\tNotes',
      'A-100\tDesk lamp\t$1,250.00\t"Warm light\r\nTwo brightness levels"',
      'B-200\tMonitor arm 27"\t$89.90\t',
      'C-300\t"Cable ""Pro"" tidy"\t$12.00\tShips\tin 2 days',
    ].join('\r\n');
    expect(fromDelimited(`${excel}\r\n`)).toEqual({
      header: ['SKU', 'Product', 'Price', 'Notes', ''],
      align: [null, null, null, null, null],
      rows: [
        ['A-100', 'Desk lamp', '$1,250.00', 'Warm light<br>Two brightness levels', ''],
        ['B-200', 'Monitor arm 27"', '$89.90', '', ''],
        ['C-300', 'Cable "Pro" tidy', '$12.00', 'Ships', 'in 2 days'],
      ],
      overflow: [],
    });
  });

  it('reads TSV as Google Sheets and LibreOffice copy it: LF rows, tabs inside quoted cells', () => {
    const sheets = 'Step\tCommand\n1\t"npm install\n\t--save-dev"\n2\tnpm test';
    expect(fromDelimited(sheets, '\t')?.rows).toEqual([
      ['1', 'npm install<br> --save-dev'],
      ['2', 'npm test'],
    ]);
  });

  it('returns null when there is nothing', () => {
    expect(fromDelimited('')).toBeNull();
    expect(fromDelimited('\r\n\r\n')).toBeNull();
  });
});
