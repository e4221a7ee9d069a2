import { ADVANCE_RUNS, UNITS_PER_EM } from './arial-advances';
import { KERNING_TRIPLES } from './arial-kerning';
import { breaksAnywhere, graphemes, isEmojiGrapheme, isHalfwidthCodePoint, isWideCodePoint, isZeroWidth } from './graphemes';

/**
 * The rendered width of a text in pixels, at a font size fixed by whoever
 * made the function. The app measures with canvas in the renderer; the CLI
 * (no canvas) uses `arialWidth`. Both shapes feed the same counters, cuts
 * and checks.
 */
export type MeasureText = (text: string) => number;

/**
 * Colour emoji are drawn 1.2477 em wide: what Chromium's canvas measures for
 * every emoji with Noto Color Emoji (Debian's emoji font, 2.042), a single
 * emoji, a ZWJ family, a flag, a keycap and a skin-tone modifier alike
 * (24.95 px at 20 px). Apple's and Microsoft's emoji fonts are within a few
 * percent of it.
 */
export const EMOJI_EM = 1.2477;

let advances: Map<number, number> | undefined;
let kerning: Map<number, number> | undefined;
let averageAdvance = 0;

/** The generated tables as maps, built on first use. */
function tables(): { advances: Map<number, number>; kerning: Map<number, number> } {
  if (!advances || !kerning) {
    advances = new Map();
    for (const [first, ...widths] of ADVANCE_RUNS) widths.forEach((width, index) => advances!.set(first! + index, width));
    kerning = new Map();
    for (let index = 0; index < KERNING_TRIPLES.length; index += 3) {
      kerning.set(pairKey(KERNING_TRIPLES[index]!, KERNING_TRIPLES[index + 1]!), KERNING_TRIPLES[index + 2]!);
    }
    // A character Arial lacks (Arabic, Devanagari, Thai...) is drawn from
    // some fallback font whose width is unknown here: counted as an average
    // Latin letter or digit, which is roughly what those scripts take.
    const sample = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].map((character) => advances!.get(character.codePointAt(0)!)!);
    averageAdvance = sample.reduce((sum, width) => sum + width, 0) / sample.length;
  }
  return { advances, kerning };
}

const pairKey = (left: number, right: number) => left * 0x110000 + right;

/** Tabs and line breaks are drawn as spaces, as canvas and an HTML title do. */
const AS_SPACE = /[\t\n\v\f\r\u2028\u2029]/;

/**
 * The width of `text` in Arial at `fontSizePx`, in pixels: Arial's advance
 * widths and kerning pairs (from Liberation Sans, which has Arial's metrics),
 * CJK, kana, Hangul and fullwidth forms at one em, halfwidth forms at half
 * an em, emoji at EMOJI_EM per grapheme, unknown characters at an average
 * letter's width. Matches Chromium's canvas measureText to a fraction of a
 * pixel for Latin text.
 */
export function arialWidth(text: string, fontSizePx: number): number {
  const { advances, kerning } = tables();
  let units = 0;
  let previous = -1;
  for (const grapheme of graphemes(text)) {
    if (isEmojiGrapheme(grapheme, (codePoint) => advances.has(codePoint))) {
      units += EMOJI_EM * UNITS_PER_EM;
      previous = -1;
      continue;
    }
    for (const character of grapheme) {
      if (isZeroWidth(character)) continue;
      const codePoint = AS_SPACE.test(character) ? 0x20 : character.codePointAt(0)!;
      const advance = advances.get(codePoint);
      if (advance !== undefined) {
        units += advance + (previous === -1 ? 0 : (kerning.get(pairKey(previous, codePoint)) ?? 0));
        previous = codePoint;
        continue;
      }
      units += isWideCodePoint(codePoint) ? UNITS_PER_EM : isHalfwidthCodePoint(codePoint) ? UNITS_PER_EM / 2 : averageAdvance;
      previous = -1;
    }
  }
  return (units / UNITS_PER_EM) * fontSizePx;
}

/**
 * What a search result shows of a text given `maxPx`: the whole text when it
 * fits, else the longest start that fits with `ellipsis` added, cut after a
 * word (between any two characters in Chinese and Japanese), never inside a
 * grapheme. A first word too wide on its own is cut between graphemes.
 * The counters and the snippet previews share it, so they agree on the cut.
 */
export function cutToWidth(text: string, maxPx: number, measure: MeasureText, ellipsis = ' ...'): { text: string; cut: boolean } {
  if (measure(text) <= maxPx) return { text, cut: false };
  const clusters = graphemes(text);
  // Offsets where a cut may fall: after a word (before whitespace), or
  // beside a character of an unspaced script.
  const wordCuts: number[] = [];
  const anyCuts: number[] = [];
  let offset = 0;
  clusters.forEach((cluster, index) => {
    if (index > 0) {
      const before = clusters[index - 1]!;
      anyCuts.push(offset);
      if ((/\s/.test(cluster) && !/\s/.test(before)) || breaksAnywhere(before) || breaksAnywhere(cluster)) wordCuts.push(offset);
    }
    offset += cluster.length;
  });
  const fits = (cut: number) => {
    const start = text.slice(0, cut).trimEnd();
    return start !== '' && measure(start + ellipsis) <= maxPx;
  };
  const best = longestFitting(wordCuts, fits) ?? longestFitting(anyCuts, fits);
  if (best === undefined) return { text: ellipsis.trimStart(), cut: true };
  return { text: text.slice(0, best).trimEnd() + ellipsis, cut: true };
}

/**
 * The last offset whose prefix fits, by binary search: a longer prefix is
 * never narrower (kerning takes less than a character adds), and canvas
 * measuring on every keystroke should stay a handful of calls.
 */
function longestFitting(cuts: readonly number[], fits: (cut: number) => boolean): number | undefined {
  let low = 0;
  let high = cuts.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(cuts[middle]!)) {
      found = cuts[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
