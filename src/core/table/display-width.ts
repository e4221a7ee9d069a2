/**
 * How many monospace columns a string takes, so a pretty table's pipes line
 * up in the editor: East Asian wide and fullwidth characters and emoji take
 * 2, combining marks and other zero-width characters 0, everything else 1.
 * It works on grapheme clusters, so a ZWJ family emoji or a flag is one
 * 2-column glyph and `e` + combining acute is one column. Ambiguous-width
 * characters count 1, as in Western monospace fonts.
 */

/** Code point ranges of East Asian Width W and F (Unicode 15), inclusive. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x16fe0, 0x16fe4], // ideographic symbols
  [0x17000, 0x18cff], // Tangut, Khitan
  [0x1b000, 0x1b2ff], // Kana supplement and extensions, Nushu
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G–H
];

function isWide(codePoint: number): boolean {
  for (const [from, to] of WIDE_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const EMOJI = /\p{Emoji}/u;
/** Nonspacing and enclosing marks, format characters (ZWJ, ZWSP, BOM) and controls. */
const ZERO_WIDTH_START = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function graphemeWidth(cluster: string): number {
  const textStyle = cluster.includes('\uFE0E');
  if (!textStyle && (EMOJI_PRESENTATION.test(cluster) || (cluster.includes('\uFE0F') && EMOJI.test(cluster)))) return 2;
  if (cluster === '\t') return 1;
  if (ZERO_WIDTH_START.test(cluster)) return 0;
  return isWide(cluster.codePointAt(0)!) ? 2 : 1;
}

export function displayWidth(text: string): number {
  // Plain ASCII needs no segmentation: the common case for table cells.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}
