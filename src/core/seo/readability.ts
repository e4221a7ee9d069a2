import { breaksAnywhere } from './graphemes';

/**
 * Plain-prose measures for readability checks. Words are runs of letters
 * and digits between spaces, so text in scripts written without spaces
 * (Chinese, Japanese) is not measured at all rather than measured wrong.
 */

export const isUnspaced = (text: string): boolean => breaksAnywhere(text);

export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Abbreviations whose period ends no sentence. */
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|cf|approx|mr|mrs|ms|dr|prof|st|no|fig|[a-z])\.$/i;

/** Sentences end at . ! ? (and their CJK forms) followed by a space or the end of the text. */
export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…。！？]+["'”’)\]]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    // The few characters before the period are enough (abbreviations are
    // short), and keep long paragraphs linear.
    if (ABBREVIATION.test(text.slice(Math.max(start, match.index - 10), match.index + 1))) continue;
    found.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') found.push(rest);
  return found.filter((sentence) => words(sentence).length > 0);
}

/**
 * English syllables by the usual vowel-group heuristic (silent final e,
 * -es and -ed dropped, at least one per word): good to a few percent over a
 * text, which is all a reading-ease score needs.
 */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 0;
  if (letters.length <= 3) return 1;
  const stripped = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, stripped.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/**
 * Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 ×
 * syllables per word. 60–70 is plain English; under 30, text for
 * university graduates. Null for text with no sentence.
 */
export function fleschReadingEase(texts: readonly string[]): { score: number; words: number } | null {
  let wordCount = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const sentenceWords = words(sentence);
      sentenceCount++;
      wordCount += sentenceWords.length;
      for (const word of sentenceWords) syllableCount += Math.max(1, syllables(word));
    }
  }
  if (sentenceCount === 0 || wordCount === 0) return null;
  return { score: 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syllableCount / wordCount), words: wordCount };
}
