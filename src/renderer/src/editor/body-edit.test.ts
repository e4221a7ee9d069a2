import { describe, expect, it } from 'vitest';
import { bodyEdit, hasMixedLineEndings, lineOfOffset, offsetOfLine, patchFileBody } from './body-edit';

const apply = (text: string, edit: ReturnType<typeof bodyEdit>) => (edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text);

describe('bodyEdit', () => {
  it('replaces only the changed middle', () => {
    expect(bodyEdit('one two three', 'one 2 three')).toEqual({ start: 4, end: 7, text: '2' });
    expect(bodyEdit('abc', 'abc')).toBeNull();
  });

  it('handles pure insertions and deletions, including repeated characters', () => {
    expect(bodyEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(bodyEdit('a\n\nb', 'a\nb')).toEqual({ start: 2, end: 3, text: '' });
  });

  it('never cuts an emoji in half', () => {
    const before = 'x😀y';
    const after = 'x😃y';
    const edit = bodyEdit(before, after)!;
    expect(edit.start).toBe(1);
    expect(apply(before, edit)).toBe(after);
  });

  it('always reproduces the new text exactly', () => {
    const cases: [string, string][] = [
      ['', 'new'],
      ['old', ''],
      ['| a | b |\n|---|---|\n', '| a | b | c |\n|---|---|---|\n'],
      ['<details><summary>Q</summary>\n\nA\n\n</details>\n', ''],
    ];
    for (const [before, after] of cases) expect(apply(before, bodyEdit(before, after))).toBe(after);
  });
});

describe('lines and offsets', () => {
  it('agree with each other', () => {
    const text = 'first\nsecond\n\nfourth';
    expect(lineOfOffset(text, 0)).toBe(1);
    expect(lineOfOffset(text, text.indexOf('second'))).toBe(2);
    expect(lineOfOffset(text, text.indexOf('fourth'))).toBe(4);
    expect(offsetOfLine(text, 4)).toBe(text.indexOf('fourth'));
    expect(offsetOfLine(text, 9)).toBe(text.length);
  });
});

describe('patchFileBody', () => {
  it('keeps every untouched line ending of a body that mixes CRLF and LF', () => {
    const file = 'A\r\nB\nC\r\n';
    const shown = 'A\nB\nC\n';
    expect(patchFileBody(file, shown, `${shown}D`, '\r\n')).toBe('A\r\nB\nC\r\nD');
    expect(patchFileBody(file, shown, 'A\nB!\nC\n', '\r\n')).toBe('A\r\nB!\nC\r\n');
    expect(patchFileBody(file, shown, 'A\nB\nnew\nC\n', '\r\n')).toBe('A\r\nB\nnew\r\nC\r\n');
    expect(patchFileBody(file, shown, 'A\nC\n', '\r\n')).toBe('A\r\nC\r\n');
  });

  it('tells a mixed body from a uniform one', () => {
    expect(hasMixedLineEndings('A\r\nB\n')).toBe(true);
    expect(hasMixedLineEndings('A\r\nB\r\n')).toBe(false);
    expect(hasMixedLineEndings('A\nB\n')).toBe(false);
  });
});
