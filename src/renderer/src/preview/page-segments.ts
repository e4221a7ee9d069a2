import { Parser } from 'htmlparser2';

/**
 * A finished page cut where the live preview can patch it: the children of
 * <head>, the body with the article's content taken out, and the children of
 * <article>. Typing changes one or two article children; the preview then
 * replaces just those nodes instead of re-parsing and re-laying-out the whole
 * page, which is what keeps a 200 KB article responsive.
 */
export interface PageSegments {
  /** The page up to the first byte inside <head> (doctype, <html>, <head>). */
  readonly beforeHead: string;
  readonly head: readonly string[];
  /** From </head> to the first byte inside <body>. */
  readonly betweenHeadAndBody: string;
  /** The body with the article's inner HTML replaced by ARTICLE_HOLE. */
  readonly bodyShell: string;
  readonly article: readonly string[];
  /** From </body> to the end. */
  readonly afterBody: string;
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

/** Elements with no content and no closing tag: htmlparser2 closes each (as "implied") right after its own tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Where an element that has just closed ends: after its closing tag; but
 * where the tag that closed it begins when it was left open (`<p>a<p>b`,
 * `<div>a</article>`), for that tag belongs to what comes next; and after
 * its own tag for a void element.
 */
function elementEnd(parser: Parser, name: string, implied: boolean): number {
  return implied && !VOID_ELEMENTS.has(name) ? parser.startIndex : parser.endIndex + 1;
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
            // Text after the last child. (A child left open, `<p>b</article>`, already ended where this tag begins: see elementEnd.)
            if (run.cursor < innerEnd) run.nodes.push(html.slice(run.cursor, innerEnd));
            nodes[name] = run.nodes;
            runs.delete(name);
          }
          // Its closing tag ends its own run; a run around it (a page has none: head and article do not nest) counts it below like any other.
        }
        for (const run of runs.values()) closeInRun(run, html, elementEnd(parser, name, implied));
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
      onclosetag: (name, implied) => closeInRun(run, html, elementEnd(parser, name, implied)),
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (run.cursor < html.length) run.nodes.push(html.slice(run.cursor));
  return run.nodes;
}

/**
 * Null when the page has no head, body or article to patch: the preview then
 * replaces the whole document. Otherwise the segments hold every byte of the
 * page once, in order: `joinSegments` gives it back exactly.
 */
export function pageSegments(html: string): PageSegments | null {
  const { ranges, nodes } = scanPage(html);
  const { head, body, article } = ranges;
  if (!head || !body || !article || head.innerEnd > body.innerStart || article.innerStart < body.innerStart || article.innerEnd > body.innerEnd) return null;
  return {
    beforeHead: html.slice(0, head.innerStart),
    head: nodes.head ?? [],
    betweenHeadAndBody: html.slice(head.innerEnd, body.innerStart),
    bodyShell: html.slice(body.innerStart, article.innerStart) + ARTICLE_HOLE + html.slice(article.innerEnd, body.innerEnd),
    article: nodes.article ?? [],
    afterBody: html.slice(body.innerEnd),
  };
}

/** The page the segments were cut from, byte for byte. */
export function joinSegments({ beforeHead, head, betweenHeadAndBody, bodyShell, article, afterBody }: PageSegments): string {
  const hole = bodyShell.indexOf(ARTICLE_HOLE);
  return beforeHead + head.join('') + betweenHeadAndBody + bodyShell.slice(0, hole) + article.join('') + bodyShell.slice(hole + ARTICLE_HOLE.length) + afterBody;
}

/** Whether two pages differ only inside <head> and <article>: then the preview patches those nodes; otherwise it loads the page whole. */
export function sameShell(a: PageSegments, b: PageSegments): boolean {
  return a.bodyShell === b.bodyShell && a.beforeHead === b.beforeHead && a.betweenHeadAndBody === b.betweenHeadAndBody && a.afterBody === b.afterBody;
}

/** The smallest run of nodes to replace to turn `before` into `after`: same prefix and suffix kept. */
export function changedRun(before: readonly string[], after: readonly string[]): { start: number; removeCount: number; insert: readonly string[] } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  return { start, removeCount: before.length - start - tail, insert: after.slice(start, after.length - tail) };
}

/**
 * A page as it crosses from the preview worker: cut where the preview
 * patches it, or whole when it cannot be cut; never both, so its bytes
 * cross once. `pageHtml` gives it whole either way.
 */
export type PageMarkup = { readonly segments: PageSegments; readonly html?: never } | { readonly segments: null; readonly html: string };

/** The page, whole: what the preview frame loads when it cannot patch. */
export function pageHtml(page: PageMarkup): string {
  return page.segments ? joinSegments(page.segments) : page.html;
}
