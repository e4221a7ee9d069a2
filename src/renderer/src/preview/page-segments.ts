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

type Cut = 'head' | 'body' | 'article';

/** The top-level nodes of one element's content, gathered while the page is parsed. */
interface NodeRun {
  readonly nodes: string[];
  depth: number;
  cursor: number;
  elementStart: number;
}

const newRun = (cursor: number): NodeRun => ({ nodes: [], depth: 0, cursor, elementStart: 0 });

/** A tag opens at `tagStart`: at the run's top level, the text before it is a node and an element starts. */
function openInRun(run: NodeRun, html: string, tagStart: number): void {
  if (run.depth === 0) {
    if (tagStart > run.cursor) run.nodes.push(html.slice(run.cursor, tagStart));
    run.elementStart = tagStart;
  }
  run.depth += 1;
}

/** A tag closes just before `after`: back at the run's top level, the element is a node. */
function closeInRun(run: NodeRun, html: string, after: number): void {
  run.depth -= 1;
  if (run.depth === 0) {
    run.cursor = after;
    run.nodes.push(html.slice(run.elementStart, after));
  }
}

/**
 * One parse of the page: the inner ranges of the first <head>, <body> and
 * <article> elements, and the top-level nodes inside <head> and <article>
 * (a second parse of the article, which is nearly the whole page, took a
 * fifth of a 200 KB preview's time in its worker).
 */
function scanPage(html: string): { ranges: Partial<Record<Cut, Range>>; nodes: Partial<Record<'head' | 'article', string[]>> } {
  const ranges: Partial<Record<Cut, Range>> = {};
  const open = new Map<Cut, number>();
  const runs = new Map<'head' | 'article', NodeRun>();
  const nodes: Partial<Record<'head' | 'article', string[]>> = {};
  const isCut = (name: string): name is Cut => name === 'head' || name === 'body' || name === 'article';
  const parser = new Parser(
    {
      onopentag(name) {
        for (const run of runs.values()) openInRun(run, html, parser.startIndex);
        if (isCut(name) && !open.has(name) && !ranges[name]) {
          open.set(name, parser.endIndex + 1);
          if (name !== 'body') runs.set(name, newRun(parser.endIndex + 1));
        }
      },
      onclosetag(name, implied) {
        if (isCut(name) && open.has(name)) {
          const innerEnd = implied ? parser.endIndex + 1 : parser.startIndex;
          ranges[name] = { innerStart: open.get(name)!, innerEnd };
          open.delete(name);
          if (name !== 'body') {
            const run = runs.get(name)!;
            // A child left open (`<p>b</article>`) was closed by this very tag: it ends where the content does.
            if (run.cursor > innerEnd) run.nodes[run.nodes.length - 1] = html.slice(run.elementStart, innerEnd);
            else if (run.cursor < innerEnd) run.nodes.push(html.slice(run.cursor, innerEnd));
            nodes[name] = run.nodes;
            runs.delete(name);
          }
          // Its closing tag ends its own run; a run around it (a page has none: head and article do not nest) counts it below like any other.
        }
        for (const run of runs.values()) closeInRun(run, html, parser.endIndex + 1);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { ranges, nodes };
}

/** Splits HTML into its top-level nodes: each element with its content, and the text between them. */
export function topLevelNodes(html: string): string[] {
  const run = newRun(0);
  const parser = new Parser(
    {
      onopentag: () => openInRun(run, html, parser.startIndex),
      onclosetag: () => closeInRun(run, html, parser.endIndex + 1),
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (run.cursor < html.length) run.nodes.push(html.slice(run.cursor));
  return run.nodes;
}

/** Null when the page has no head, body or article to patch: the preview then replaces the whole document. */
export function pageSegments(html: string): PageSegments | null {
  const { ranges, nodes } = scanPage(html);
  const { head, body, article } = ranges;
  if (!head || !body || !article || article.innerStart < body.innerStart || article.innerEnd > body.innerEnd) return null;
  return {
    head: nodes.head ?? [],
    bodyShell: html.slice(body.innerStart, article.innerStart) + ARTICLE_HOLE + html.slice(article.innerEnd, body.innerEnd),
    article: nodes.article ?? [],
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
