import { describe, expect, it } from 'vitest';
import { countCharacters, DESCRIPTION_FONT_PX, TITLE_FONT_PX } from './limits';
import { arialWidth, cutToWidth, EMOJI_EM, type MeasureText } from './text-width';

/**
 * Reference widths are what Debian's Chromium 156 canvas measures
 * (`context.font = '20px Arial'`, drawn with Liberation Sans), printed by
 * scripts/measure-canvas-widths.mjs.
 */
const title = (text: string) => arialWidth(text, TITLE_FONT_PX);

describe('arialWidth', () => {
  it('gives narrow and wide Latin letters their own advance', () => {
    expect(title('iiii')).toBeCloseTo(17.7734375, 4);
    expect(title('WWWW')).toBeCloseTo(75.5078125, 4);
    expect(arialWidth('WWWW', 10)).toBeCloseTo(75.5078125 / 2, 4);
  });

  it('measures whole sentences within a pixel of Chromium, kerning included', () => {
    expect(Math.abs(title('Writing Offline: A Calm Workflow for Long Articles') - 439.033203125)).toBeLessThan(1);
    // Many kerning pairs (LT, Wa, Yo, Ya, Fa): without kerning it is 6 px wider.
    expect(Math.abs(title("Yesterday's LTA Awards: W. Vance, T. Young, P. Yarrow & V. Fawkes") - 607.4609375)).toBeLessThan(1);
    expect(Math.abs(title('Σ Ω Ж Я') - 76.89453125)).toBeLessThan(1);
    const description = 'A calm workflow for writing offline: plan in plain files, draft long articles in short focused sessions, and revise before you ever open a browser.';
    expect(Math.abs(arialWidth(description, DESCRIPTION_FONT_PX) - 870.5087890625)).toBeLessThan(1);
    expect(title('AV')).toBeLessThan(title('A') + title('V'));
  });

  it('draws CJK, kana, Hangul and fullwidth forms one em wide, halfwidth forms half', () => {
    expect(title('日本語')).toBe(60);
    expect(title('ひらがなカタカナ')).toBe(160);
    expect(title('한국어')).toBe(60);
    expect(title('ＳＥＯ！')).toBe(80);
    expect(title('ｱｲ')).toBe(20);
    expect(title('SEO 指南')).toBeCloseTo(title('SEO ') + 40, 6);
  });

  it('counts each emoji grapheme once, ZWJ families and flags included', () => {
    const one = EMOJI_EM * 20;
    expect(one).toBeCloseTo(24.954, 2);
    for (const emoji of ['😀', '👨‍👩‍👧‍👦', '🇩🇪', '❤️', '1️⃣', '👍🏽']) expect(title(emoji), emoji).toBeCloseTo(one, 6);
    expect(title('Go 🚀🚀')).toBeCloseTo(title('Go ') + 2 * one, 6);
    // © without U+FE0F is Arial's own glyph, not an emoji.
    expect(title('©')).toBeCloseTo((1509 / 2048) * 20, 6);
  });

  it('gives invisible characters no width and unknown scripts an average letter', () => {
    expect(title('a\u200Bb\u00AD')).toBe(title('ab'));
    expect(title('e\u0301')).toBe(title('e'));
    const thai = title('ก');
    expect(thai).toBeGreaterThan(title('i'));
    expect(thai).toBeLessThan(title('W'));
  });
});

describe('countCharacters', () => {
  it('counts what a reader sees as one character once', () => {
    expect(countCharacters('cafe\u0301')).toBe(4);
    expect(countCharacters('👨‍👩‍👧‍👦 and 🇩🇪')).toBe(7);
    expect(countCharacters('日本語')).toBe(3);
    expect(countCharacters('')).toBe(0);
  });
});

/** Ten pixels per UTF-16 unit: easy arithmetic for cut points. */
const tenPerUnit: MeasureText = (text) => text.length * 10;

describe('cutToWidth', () => {
  it('leaves a text that fits alone', () => {
    expect(cutToWidth('one two', 70, tenPerUnit)).toEqual({ text: 'one two', cut: false });
  });

  it('cuts after the last whole word that fits with the ellipsis', () => {
    expect(cutToWidth('one two three four', 120, tenPerUnit)).toEqual({ text: 'one two ...', cut: true });
    expect(cutToWidth('one two three four', 169, tenPerUnit)).toEqual({ text: 'one two ...', cut: true });
    expect(cutToWidth('one two three four', 170, tenPerUnit)).toEqual({ text: 'one two three ...', cut: true });
    expect(cutToWidth('Hello, world again', 100, tenPerUnit)).toEqual({ text: 'Hello, ...', cut: true });
    expect(cutToWidth('one  two   three', 100, tenPerUnit, '…')).toEqual({ text: 'one  two…', cut: true });
  });

  it('cuts a real title where Arial 20 px runs out of 600 px', () => {
    const long = 'Writing Offline: A Calm Workflow for Long Articles, Short Sessions and Careful Revisions';
    const { text, cut } = cutToWidth(long, 600, title);
    expect(cut).toBe(true);
    expect(text).toBe('Writing Offline: A Calm Workflow for Long Articles, Short ...');
    expect(title(text)).toBeLessThanOrEqual(600);
    expect(title('Writing Offline: A Calm Workflow for Long Articles, Short Sessions ...')).toBeGreaterThan(600);
  });

  it('cuts a first word too long to fit between characters', () => {
    expect(cutToWidth('Supercalifragilistic rest', 100, tenPerUnit)).toEqual({ text: 'Superc ...', cut: true });
  });

  it('cuts Chinese and Japanese between any two characters', () => {
    expect(cutToWidth('日本語のテキストです', 100, title, '...')).toEqual({ text: '日本語の...', cut: true });
    expect(cutToWidth('SEO 指南：标题长度', 110, title, '...').text).toBe('SEO 指南...');
  });

  it('never splits a grapheme: flags and families stay whole', () => {
    const flags = cutToWidth('🇩🇪🇫🇷🇮🇹🇪🇸', 70, title, '...');
    expect(flags).toEqual({ text: '🇩🇪🇫🇷...', cut: true });
    const families = cutToWidth('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 50, title, '…');
    expect(families).toEqual({ text: '👨‍👩‍👧‍👦…', cut: true });
  });

  it('gives the bare ellipsis when not even one character fits', () => {
    expect(cutToWidth('Hello', 20, tenPerUnit)).toEqual({ text: '...', cut: true });
  });
});
