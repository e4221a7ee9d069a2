import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD, withBody } from '../lint.test-support';
import { fleschReadingEase, sentences, syllables } from '../readability';

const sentence = (words: number) => `${Array.from({ length: words }, (_, index) => (index === 0 ? 'Word' : 'word')).join(' ')}.`;

describe('seo/paragraph-too-long', () => {
  it('passes paragraphs up to 150 words and leaves code, tables and HTML alone', () => {
    const long = Array.from({ length: 40 }, () => 'word').join(' ');
    const body = `\n${sentence(20).repeat(1)} ${Array.from({ length: 6 }, () => sentence(20)).join(' ')}\n\n\`\`\`\n${long} ${long} ${long} ${long} ${long}\n\`\`\`\n\n| a |\n|---|\n| ${long} ${long} ${long} ${long} |\n\n<p>${long} ${long} ${long} ${long} ${long}</p>\n`;
    expect(findingsOf(withBody(body), 'seo/paragraph-too-long')).toEqual([]);
  });

  it('tells (info) about a paragraph over 150 words', () => {
    const body = `\n## A\n\n${Array.from({ length: 8 }, () => sentence(20)).join('\n')}\n`;
    expect(findingsOf(withBody(body), 'seo/paragraph-too-long')).toEqual([[16, 'info', 'This paragraph is 160 words; over 150 it reads as a wall of text. Split it.']]);
  });
});

describe('seo/sentence-too-long', () => {
  it('passes sentences up to 40 words', () => {
    expect(findingsOf(withBody(`\n${sentence(40)} ${sentence(3)}\n`), 'seo/sentence-too-long')).toEqual([]);
  });

  it('tells (info) about a sentence over 40 words, quoting its start', () => {
    expect(findingsOf(withBody(`\nShort one. ${sentence(41)}\n`), 'seo/sentence-too-long')).toEqual([[14, 'info', 'The sentence "Word word word word word word …" is 41 words; over 40 it is hard to follow.']]);
  });

  it('does not measure Chinese or Japanese text in words', () => {
    expect(findingsOf(withBody(`\n${'离线写作 '.repeat(60)}\n`), 'seo/sentence-too-long')).toEqual([]);
  });
});

describe('seo/flesch-reading-ease', () => {
  const plain = Array.from({ length: 12 }, () => 'The cat sat on the mat and we had fun.').join(' ');
  const dense = Array.from({ length: 8 }, () => 'Institutional accountability necessitates comprehensive organisational documentation, particularly regarding interdepartmental communication methodologies and their consequential implementation.').join(' ');

  it('passes plain English', () => {
    expect(findingsOf(withBody(`\n${plain}\n`), 'seo/flesch-reading-ease')).toEqual([]);
    expect(findingsOf(GOOD, 'seo/flesch-reading-ease')).toEqual([]);
  });

  it('warns about hard English text, only when the workspace language is English', () => {
    expect(findingsOf(withBody(`\n${dense}\n`), 'seo/flesch-reading-ease')).toEqual([[14, 'warning', expect.stringMatching(/^Flesch reading ease is -?\d+, under 50: hard reading\./)]]);
    expect(findingsOf(withBody(`\n${dense}\n`), 'seo/flesch-reading-ease', { settings: { language: 'en-GB' } })).toHaveLength(1);
    expect(findingsOf(withBody(`\n${dense}\n`), 'seo/flesch-reading-ease', { settings: { language: 'de' } })).toEqual([]);
  });
});

describe('readability measures', () => {
  it('splits sentences at end punctuation, not at abbreviations or decimals', () => {
    expect(sentences('It costs 3.5 euros, e.g. at Dr. Who’s shop. Really? Yes! “Done.” Then')).toEqual(['It costs 3.5 euros, e.g. at Dr. Who’s shop.', 'Really?', 'Yes!', '“Done.”', 'Then']);
  });

  it('counts English syllables closely enough', () => {
    expect(['cat', 'water', 'table', 'reading', 'accessibility', 'the', 'make'].map(syllables)).toEqual([1, 2, 2, 2, 6, 1, 1]);
    const pangram = 'The quick brown fox jumps over the lazy dog'.split(' ');
    expect(pangram.reduce((sum, word) => sum + syllables(word), 0)).toBe(11);
  });

  it('scores simple text high and dense text low', () => {
    expect(fleschReadingEase(['The cat sat on the mat.'])!.score).toBeGreaterThan(100);
    expect(fleschReadingEase(['Institutional accountability necessitates comprehensive documentation.'])!.score).toBeLessThan(0);
    expect(fleschReadingEase([])).toBeNull();
  });
});
