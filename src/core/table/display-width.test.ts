import { describe, it, expect } from 'vitest';
import { displayWidth } from './display-width';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['plain ascii', 11],
    ['中文', 4],
    ['日本語のテキスト', 16],
    ['한국어', 6],
    ['ＡＢ', 4], // fullwidth Latin
    ['ｱｲ', 2], // halfwidth katakana
    ['\u3000', 2], // ideographic space
    ['😀', 2],
    ['👨‍👩‍👧', 2], // ZWJ family: one glyph
    ['🇯🇵', 2], // flag: two regional indicators
    ['👍🏽', 2], // skin tone modifier
    ['❤️', 2], // text-default symbol with emoji presentation selector
    ['1️⃣', 2], // keycap
    ['©', 1], // text presentation by default
    ['e\u0301', 1], // combining acute
    ['a\u200Bb', 2], // zero-width space
    ['café 中', 7],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
