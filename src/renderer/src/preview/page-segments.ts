import { Parser } from 'htmlparser2';

/**
 * A finished page cut where the live preview can patch it: the children of
 * <head>, the body with the article's content taken out, and the children of
 * <article>. Typing changes one or two article children; the preview then
 * replaces just those nodes instead of re-parsing and re-laying-out the whole
 * page, which is what keeps a 200 KB article responsive.
 */
export interface PageSegments {
  readonly head: readonly string[];
  /** The body with the article's inner HTML replaced by ARTICLE_HOLE. */
  readonly bodyShell: string;
  readonly article: readonly string[];
}

export const ARTICLE_HOLE = '\u0000article\u0000';

interface Range {
  /** Index of the first byte inside the element. */
  innerStart: number;
  /** Index of the element's closing tag. */
  innerEnd: number;
}

/** Finds the inner ranges of the first <head>, <body> and <article> elements. */
function innerRanges(html: string): { head?: Range; body?: Range; article?: Range } {
  const found: { head?: Range; body?: Range; article?: Range } = {};
  const open = new Map<string, number>();
  const parser = new Parser(
    {
      onopentag(name) {
        if ((name === 'head' || name === 'body' || name === 'article') && !open.has(name) && !found[name]) open.set(name, parser.endIndex + 1);
      },
      onclosetag(name, implied) {
        if ((name === 'head' || name === 'body' || name === 'article') && open.has(name) && !found[name]) {
          found[name] = { innerStart: open.get(name)!, innerEnd: implied ? parser.endIndex + 1 : parser.startIndex };
          open.delete(name);
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  return found;
}

/** Splits HTML into its top-level nodes: each element with its content, and the text between them. */
export function topLevelNodes(html: string): string[] {
  const nodes: string[] = [];
  let depth = 0;
  let cursor = 0;
  let elementStart = 0;
  const parser = new Parser(
    {
      onopentag() {
        if (depth === 0) {
          if (parser.startIndex > cursor) nodes.push(html.slice(cursor, parser.startIndex));
          elementStart = parser.startIndex;
        }
        depth += 1;
      },
      onclosetag() {
        depth -= 1;
        if (depth === 0) {
          cursor = parser.endIndex + 1;
          nodes.push(html.slice(elementStart, cursor));
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (cursor < html.length) nodes.push(html.slice(cursor));
  return nodes;
}

/** Null when the page has no head, body or article to patch: the preview then replaces the whole document. */
export function pageSegments(html: string): PageSegments | null {
  const { head, body, article } = innerRanges(html);
  if (!head || !body || !article || article.innerStart < body.innerStart || article.innerEnd > body.innerEnd) return null;
  return {
    head: topLevelNodes(html.slice(head.innerStart, head.innerEnd)),
    bodyShell: html.slice(body.innerStart, article.innerStart) + ARTICLE_HOLE + html.slice(article.innerEnd, body.innerEnd),
    article: topLevelNodes(html.slice(article.innerStart, article.innerEnd)),
  };
}

/** The smallest run of nodes to replace to turn `before` into `after`: same prefix and suffix kept. */
export function changedRun(before: readonly string[], after: readonly string[]): { start: number; removeCount: number; insert: readonly string[] } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  return { start, removeCount: before.length - start - tail, insert: after.slice(start, after.length - tail) };
}
