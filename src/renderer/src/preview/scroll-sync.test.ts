import { describe, expect, it } from 'vitest';
import { followScroll } from './scroll-sync';

const anchors = [
  { line: 1, y: 0 },
  { line: 11, y: 500 },
  { line: 21, y: 600 },
  { line: 41, y: 2600 },
];

describe('followScroll', () => {
  it('lands on a heading when the editor is at its line', () => {
    expect(followScroll(anchors, 11)).toBe(500);
    expect(followScroll(anchors, 21)).toBe(600);
  });

  it('interpolates between the headings around the line', () => {
    expect(followScroll(anchors, 6)).toBe(250);
    expect(followScroll(anchors, 31)).toBe(1600);
  });

  it('stays inside the page before the first and after the last anchor', () => {
    expect(followScroll(anchors, -3)).toBe(0);
    expect(followScroll(anchors, 90)).toBe(2600);
    expect(followScroll([], 5)).toBe(0);
  });
});
