import { breaksAnywhere } from './graphemes';

/**
 * Text as words for matching: compatibility forms folded (fullwidth
 * letters), lower case, every run of punctuation, symbols and spaces one
 * space. "Writing-Offline:" and "writing offline" read the same.
 */
export function matchableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/**
 * Whether `phrase` occurs in `text` as whole words, ignoring case and
 * punctuation ("offline writing" is not in "offline writings"). In Chinese
 * and Japanese, which have no spaces between words, any occurrence counts.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const wanted = matchableText(phrase);
  if (wanted === '') return true;
  const haystack = matchableText(text);
  if (breaksAnywhere(wanted)) return haystack.includes(wanted);
  return ` ${haystack} `.includes(` ${wanted} `);
}
