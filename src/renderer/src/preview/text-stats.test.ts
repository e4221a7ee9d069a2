import { describe, expect, it } from 'vitest';
import { textStats } from './text-stats';

describe('textStats', () => {
  it('counts words of prose, not Markdown syntax, tags or URLs', () => {
    expect(textStats('## A heading\n\nSee [the guide](https://example.com/x) and <b>this</b> https://example.com/y.\n\n```js\nconst notCounted = 1;\n```\n').words).toBe(7);
  });

  it('counts CJK characters one by one and mixes them with words', () => {
    expect(textStats('通义千问 is here').words).toBe(6);
  });

  it('reads an empty article in zero minutes and a long one at about 230 words a minute', () => {
    expect(textStats('')).toEqual({ words: 0, readingMinutes: 0 });
    expect(textStats('word '.repeat(2300)).readingMinutes).toBe(10);
    expect(textStats('one').readingMinutes).toBe(1);
  });
});

describe('textStats counts as the word pattern it replaced', () => {
  // The pattern the one-pass counter replaced: CJK characters one by one, then words of letters, digits and joiners.
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
  const byPattern = (text: string) => (text.match(CJK)?.length ?? 0) + (text.replace(CJK, ' ').match(WORD)?.length ?? 0);

  it.each([
    ["don't stop, e-mail me: re-_-use ' - _ ’tis x’", 7],
    ['café naïve résumé Ωμέγα', 4],
    ['cafe\u0301 (a combining accent ends the word, as \\p{L} does not take marks)', 14],
    ['日本語のテキストと한국어 mixed中with English', 16],
    ['emoji 😀 split😀words and 𝒳 math letters 𝒳𝒴', 8],
    ['digits 2026 and 3.14 and ١٢٣ Arabic-Indic', 8],
    ['\ud800 lone surrogate \udc00 halves', 3],
  ])('%j', (text, expected) => {
    expect(byPattern(text)).toBe(expected);
    expect(textStats(text).words).toBe(expected);
  });

  it('agrees with the pattern on scrambled text of every kind of character', () => {
    const pieces = ['a', 'Z', '7', "'", '’', '_', '-', ' ', '\n', '.', 'é', 'e\u0301', '中', 'カ', '한', '😀', '𝒳', '١', '\u00a0', '—', '\ud800'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let round = 0; round < 200; round += 1) {
      const text = Array.from({ length: 1 + (next() % 60) }, () => pieces[next() % pieces.length]).join('');
      expect(textStats(text).words, JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
