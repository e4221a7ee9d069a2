import { describe, expect, it } from 'vitest';
import { pasteAsTable, pastedTableMessage } from './table-paste';

const TSV = 'Plan\tPrice\tSeats\nStarter\t$0\t1\nTeam | Pro\t$12\t5\n';

describe('pasteAsTable', () => {
  it('turns spreadsheet cells into a Markdown table at the caret, a blank line around it', () => {
    const body = 'Intro.\n\nOutro.';
    const change = pasteAsTable(body, { start: 8, end: 8 }, TSV, '')!;
    expect(change.body).toBe(
      ['Intro.', '', '| Plan        | Price | Seats |', '| ----------- | ----- | ----- |', '| Starter     | $0    | 1     |', '| Team \\| Pro | $12   | 5     |', '', 'Outro.'].join('\n'),
    );
    expect(change.body.slice(change.start, change.end)).toMatch(/^\| Plan[\s\S]*\| 5 {5}\|$/);
    expect(pastedTableMessage(change)).toBe('Pasted spreadsheet cells as a Markdown table: 3 columns, header and 2 rows.');
  });

  it('prefers the clipboard\'s HTML table, and replaces the selection', () => {
    const html = '<table><tr><th>A</th><th>B</th></tr><tr><td><b>1</b></td><td>2</td></tr></table>';
    const change = pasteAsTable('x SELECTED y', { start: 2, end: 10 }, 'A\tB\n1\t2', html)!;
    expect(change.format).toBe('html');
    expect(change.body).toBe('x \n\n| A     | B   |\n| ----- | --- |\n| **1** | 2   |\n\n y');
  });

  it('leaves prose, code, HTML blocks and existing tables alone', () => {
    expect(pasteAsTable('', { start: 0, end: 0 }, 'Just a sentence, with commas, here.', '')).toBeNull();
    const code = '```\n\n```';
    expect(pasteAsTable(code, { start: 4, end: 4 }, TSV, '')).toBeNull();
    const table = '| a | b |\n|---|---|\n| 1 | 2 |';
    expect(pasteAsTable(table, { start: 22, end: 22 }, TSV, '')).toBeNull();
    expect(pasteAsTable('<div>\n\n</div>', { start: 5, end: 5 }, TSV, '')).toBeNull();
  });
});
