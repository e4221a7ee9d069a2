import { describe, expect, it } from 'vitest';
import { applyFix } from './finding';

describe('applyFix', () => {
  it('applies edits from last to first so every offset refers to the original text', () => {
    const text = 'one two three';
    const edits = [
      { start: 0, end: 3, text: '1' },
      { start: 8, end: 13, text: 'THREE!' },
      { start: 4, end: 7, text: '' },
    ];
    expect(applyFix(text, { edits })).toBe('1  THREE!');
  });

  it('supports insertions (empty ranges) and edits that touch', () => {
    expect(applyFix('ab', { edits: [{ start: 1, end: 1, text: '-' }, { start: 0, end: 1, text: 'A' }, { start: 1, end: 2, text: 'B' }] })).toBe('A-B');
    expect(applyFix('abc', { edits: [] })).toBe('abc');
    expect(applyFix('', { edits: [{ start: 0, end: 0, text: 'x' }] })).toBe('x');
  });

  it('refuses overlapping or out-of-range edits instead of corrupting the text', () => {
    expect(() => applyFix('abcdef', { edits: [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }] })).toThrow(RangeError);
    expect(() => applyFix('abc', { edits: [{ start: 2, end: 9, text: '' }] })).toThrow(RangeError);
    expect(() => applyFix('abc', { edits: [{ start: 2, end: 1, text: '' }] })).toThrow(RangeError);
    expect(() => applyFix('abc', { edits: [{ start: -1, end: 1, text: '' }] })).toThrow(RangeError);
  });
});
