import { isMap, parseDocument, type Document } from 'yaml';
import { ArticleError } from './article-error';
import { splitArticle, type ArticleLayout } from './split';

export type LineEnding = '\n' | '\r\n';

export type FrontmatterData = Readonly<Record<string, unknown>>;

/**
 * An article file, parsed. `text` is the file exactly as read; every edit
 * produces a new text and a new Article, so serialising is always `text` and
 * an unchanged article saves byte for byte.
 */
export interface Article {
  readonly text: string;
  readonly layout: ArticleLayout;
  /** The line ending the file already uses; new lines are written with it. */
  readonly eol: LineEnding;
  /** The YAML text between the delimiters (whole lines), '' when there is none. */
  readonly yaml: string;
  /** Parsed with the YAML 1.2 core schema: dates stay strings, `yes` stays a string. */
  readonly data: FrontmatterData;
  readonly body: string;
  /** File line (1-based) on which the body starts; used to map body lines to file lines. */
  readonly bodyLine: number;
}

/** The parse options every reader of frontmatter must share. */
export const YAML_OPTIONS = { schema: 'core', uniqueKeys: true, prettyErrors: false } as const;

/** Aliases may expand at most this much, so a "billion laughs" file cannot exhaust memory. */
const MAX_ALIAS_COUNT = 1000;

export function parseArticle(text: string): Article {
  const layout = splitArticle(text);
  const eol = detectLineEnding(text);
  const body = text.slice(layout.bodyStart);
  const bodyLine = lineAt(text, layout.bodyStart);
  if (!layout.frontmatter) {
    return { text, layout, eol, yaml: '', data: Object.freeze({}), body, bodyLine };
  }
  const yaml = text.slice(layout.frontmatter.yamlStart, layout.frontmatter.yamlEnd);
  refuseHugeFrontmatter(yaml);
  const data = readFrontmatterData(parseFrontmatterDocument(yaml));
  return { text, layout, eol, yaml, data, body, bodyLine };
}

/**
 * Frontmatter is a page's metadata: a few dozen lines. The YAML parser slows
 * down badly on huge pathological input (thousands of duplicate keys or
 * unclosed brackets take seconds), so a hostile file could freeze the
 * editor; past these limits the file opens as raw text with this error.
 */
export const MAX_FRONTMATTER_LINES = 1000;
export const MAX_FRONTMATTER_CHARS = 64 * 1024;

function refuseHugeFrontmatter(yaml: string): void {
  const lines = lineAt(yaml, yaml.length);
  if (lines <= MAX_FRONTMATTER_LINES && yaml.length <= MAX_FRONTMATTER_CHARS) return;
  throw new ArticleError(
    'FRONTMATTER_TOO_LARGE',
    `the frontmatter is ${lines} lines (${Math.round(yaml.length / 1024)} KB); at most ${MAX_FRONTMATTER_LINES} lines and ${MAX_FRONTMATTER_CHARS / 1024} KB are read — is a closing "---" missing?`,
    1,
  );
}

/** Offset of YAML line 1 in the file: the opening `---` is line 1 of the file. */
export const FRONTMATTER_FIRST_LINE = 2;

export function parseFrontmatterDocument(yaml: string): Document.Parsed {
  const doc = parseDocument(yaml, YAML_OPTIONS);
  const [error] = doc.errors;
  if (error) {
    const offset = blameOffset(doc, yaml, error.pos[0]);
    const line = lineAt(yaml, offset) + FRONTMATTER_FIRST_LINE - 1;
    const column = offset - (yaml.lastIndexOf('\n', offset - 1) + 1) + 1;
    const reason = firstLine(error.message);
    throw new ArticleError(
      error.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'INVALID_YAML',
      error.code === 'DUPLICATE_KEY' ? `duplicate key: ${reason}` : `invalid YAML: ${reason}`,
      line,
      column,
    );
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    const line = lineAt(yaml, doc.contents.range?.[0] ?? 0) + FRONTMATTER_FIRST_LINE - 1;
    throw new ArticleError(
      'FRONTMATTER_NOT_A_MAP',
      'frontmatter must be a list of "key: value" fields',
      line,
    );
  }
  return doc;
}

/**
 * An unclosed quote or bracket is reported by yaml where the text runs out,
 * i.e. on the closing `---`; the writer needs the field where it opened.
 */
function blameOffset(doc: Document.Parsed, yaml: string, offset: number): number {
  if (offset < yaml.trimEnd().length || !isMap(doc.contents)) return offset;
  let start = offset;
  for (const pair of doc.contents.items) {
    const keyStart = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
    if (keyStart !== undefined && keyStart < offset) start = keyStart;
  }
  return start;
}

function readFrontmatterData(doc: Document.Parsed): FrontmatterData {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ArticleError('INVALID_YAML', `invalid YAML: ${String((error as Error).message)}`, FRONTMATTER_FIRST_LINE);
  }
  return Object.freeze((value ?? {}) as Record<string, unknown>);
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export function detectLineEnding(text: string): LineEnding {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function serializeArticle(article: Article): string {
  return article.text;
}
