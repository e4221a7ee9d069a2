/** Words a writer would count, and minutes to read them, for the status bar. */
export interface TextStats {
  readonly words: number;
  readonly readingMinutes: number;
}

// Han, kana and hangul are read character by character; there are no spaces to count.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
/** Typical silent reading speeds: words of alphabetic text, characters of CJK text. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

/** Markdown syntax, HTML tags and URLs are not words. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ');
}

export function textStats(markdown: string): TextStats {
  const text = prose(markdown);
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return { words: words + cjk, readingMinutes: words + cjk === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}
