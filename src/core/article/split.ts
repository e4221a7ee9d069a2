import matter from 'gray-matter';
import { ArticleError } from './article-error';

/**
 * Where the parts of an article file sit, as offsets into the original text.
 * Everything outside `yamlStart..yamlEnd` and `bodyStart..` is delimiter bytes
 * that we never rewrite, which is what makes saving lossless.
 */
export interface ArticleLayout {
  /** Length of the byte-order mark at the start (0 or 1 UTF-16 unit). */
  readonly bomLength: number;
  /** Null when the file has no frontmatter at all. */
  readonly frontmatter: {
    /** First character of the YAML text: the line after the opening `---`. */
    readonly yamlStart: number;
    /** Start of the closing `---` line; the YAML text is whole lines. */
    readonly yamlEnd: number;
  } | null;
  readonly bodyStart: number;
}

const REFUSED_LANGUAGES = new Set(['js', 'javascript']);

/**
 * gray-matter's own parse engines. We parse YAML ourselves (core schema,
 * lossless edits), so gray-matter only splits; its JavaScript engine evaluates
 * code, so it is replaced by one that refuses, in case a path we do not expect
 * ever reaches it.
 */
const SPLIT_ONLY_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: () => ({}) },
    js: { parse: refuseCode },
    javascript: { parse: refuseCode },
  },
};

function refuseCode(): never {
  throw new ArticleError(
    'UNSUPPORTED_FRONTMATTER_LANGUAGE',
    'JavaScript frontmatter is refused: it would run code when the file is opened',
    1,
  );
}

export function splitArticle(text: string): ArticleLayout {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const afterBom = text.slice(bomLength);
  if (!afterBom.startsWith('---') || afterBom.startsWith('----')) {
    return { bomLength, frontmatter: null, bodyStart: bomLength };
  }

  const firstBreak = afterBom.search(/\r?\n/);
  const openingLine = firstBreak === -1 ? afterBom : afterBom.slice(0, firstBreak);
  // `--- # a comment` is YAML's own comment, not a language name.
  const language = openingLine.slice(3).trim().replace(/^#.*$/, '');
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    const refusedWhy = REFUSED_LANGUAGES.has(language.toLowerCase())
      ? 'JavaScript frontmatter is refused: it would run code when the file is opened'
      : `only YAML frontmatter is supported, this file declares "---${language}"`;
    throw new ArticleError('UNSUPPORTED_FRONTMATTER_LANGUAGE', refusedWhy, 1);
  }

  // gray-matter closes at the first "\n---"; it treats a file without one as
  // all frontmatter and no body, which would hide the body from the writer.
  const closeAt = afterBom.indexOf('\n---', openingLine.length);
  if (firstBreak === -1 || closeAt === -1) {
    throw new ArticleError(
      'UNCLOSED_FRONTMATTER',
      'the frontmatter opened on line 1 is never closed with a "---" line',
      1,
    );
  }
  // gray-matter is given the file only up to the end of the closing line: it
  // reads nothing further, but it encodes its whole input to UTF-8 and looks
  // it up in its cache. In the app that encoding runs in a JavaScript Buffer
  // (3 ms for 200 KB in Chromium, and as much garbage) for every render of
  // the preview and the checks, which parse the whole file at each pause.
  const closingLineEnd = afterBom.indexOf('\n', closeAt + 1);
  const head = closingLineEnd === -1 ? afterBom : afterBom.slice(0, closingLineEnd + 1);
  // A comment after the opening `---` would reach gray-matter as a language
  // name; blanking it (same length, so offsets hold) keeps it YAML.
  const forSplit = openingLine.length > 3 && language === '' ? `---${' '.repeat(openingLine.length - 3)}${head.slice(openingLine.length)}` : head;
  // An options object always: without one gray-matter caches every file it has
  // seen in a global, unbounded map.
  const file = matter(forSplit, SPLIT_ONLY_OPTIONS);
  const yamlStart = bomLength + afterBom.indexOf('\n') + 1;
  const yamlEnd = Math.max(yamlStart, bomLength + closeAt + 1);
  return { bomLength, frontmatter: { yamlStart, yamlEnd }, bodyStart: bodyStartAfter(text, yamlEnd, bomLength + head.length - file.content.length) };
}

/**
 * The body starts after the closing delimiter's line. gray-matter leaves
 * trailing blanks of `---  ` in the body, where deleting that "empty line"
 * would glue the body onto the delimiter; they belong to the delimiter.
 */
function bodyStartAfter(text: string, closingLineStart: number, grayMatterBodyStart: number): number {
  const rest = /^---[ \t]*(\r?\n|$)/.exec(text.slice(closingLineStart, closingLineStart + 200));
  return rest ? closingLineStart + rest[0].length : grayMatterBodyStart;
}
