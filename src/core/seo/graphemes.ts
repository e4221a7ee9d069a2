/**
 * What a reader sees as one character is a grapheme cluster: "é" written
 * as e + accent, a flag (two regional indicators), a family emoji (four
 * people joined by zero-width joiners). Counting and cutting go by these,
 * so a counter never says 11 for a family and a cut never splits a flag.
 */

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  // Built once: constructing an Intl.Segmenter costs far more than using one.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Whether a grapheme is drawn as a colour emoji: it has emoji presentation
 * by default (😀, flags), or asks for it with U+FE0F (❤️) or a keycap (1️⃣).
 * Pictographs with text presentation (©, ™, ↔) are drawn from the text font
 * when it has them, so `inTextFont` decides those.
 */
export function isEmojiGrapheme(grapheme: string, inTextFont: (codePoint: number) => boolean): boolean {
  if (EMOJI_PRESENTATION.test(grapheme)) return true;
  return PICTOGRAPHIC.test(grapheme) && !inTextFont(grapheme.codePointAt(0)!);
}

/**
 * Characters drawn one em wide (East Asian Wide and Fullwidth): CJK
 * ideographs, kana, Hangul, CJK punctuation and the fullwidth forms.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo, leading consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, enclosed CJK
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth ASCII and punctuation
  [0xffe0, 0xffe6], // fullwidth signs
  [0x20000, 0x3fffd], // CJK Extensions B and later
];

/** Halfwidth katakana and Hangul: half an em. */
const HALFWIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0xff61, 0xffdc],
  [0xffe8, 0xffee],
];

const inRanges = (ranges: readonly (readonly [number, number])[], codePoint: number) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

export const isWideCodePoint = (codePoint: number): boolean => inRanges(WIDE_RANGES, codePoint);
export const isHalfwidthCodePoint = (codePoint: number): boolean => inRanges(HALFWIDTH_RANGES, codePoint);

/** Marks, joiners, variation selectors, bidi controls, soft hyphens: nothing to see. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
export const isZeroWidth = (character: string): boolean => ZERO_WIDTH.test(character);

/**
 * Scripts written without spaces between words, where a line (and a
 * snippet) may break between any two characters: Chinese and Japanese.
 * Korean puts spaces between words, so it is cut on them like English.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uff60]/u;
export const breaksAnywhere = (grapheme: string): boolean => UNSPACED.test(grapheme);
