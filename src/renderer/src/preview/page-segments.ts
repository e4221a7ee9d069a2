import { Parser } from 'htmlparser2';

/**
 * A finished page cut where the live preview can patch it: the children of
 * <head> and of <article>, and the rest of the page around them. Typing
 * changes one or two article children; the preview then replaces just
 * those nodes instead of re-parsing and re-laying-out the whole page, which
 * is what keeps a 200 KB article responsive. Every byte of the page is in
 * exactly one part, in order: `joinSegments` gives the page back.
 */
export interface PageSegments {
  /** The page up to the first byte inside <head> (doctype, <html>, <head>). */
  readonly beforeHead: string;
  readonly head: readonly string[];
  /** From </head> to the first byte inside <article> (the body's start, header, breadcrumb…). */
  readonly beforeArticle: string;
  readonly article: readonly string[];
  /** From </article> to the end. */
  readonly afterArticle: string;
}

interface Range {
  /** Index of the first byte inside the element. */
  innerStart: number;
  /** Where the element's closing tag, or the tag or end of page that closed it, begins. */
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

/**
 * Where an element that has just closed ends: after its closing tag, or
 * after its own tag when that tag closed it (a void element, `<svg/>`);
 * but where the tag that closed it begins when it was left open
 * (`<p>a<p>b`, `<div>a</article>`, the end of the page), for that tag
 * belongs to what comes next. htmlparser2 calls both of the last kinds
 * "implied"; only a tag that closes itself does so at its own start.
 */
function elementEnd(parser: Parser, implied: boolean, lastOpenedAt: number): number {
  return implied && parser.startIndex !== lastOpenedAt ? parser.startIndex : parser.endIndex + 1;
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
function scanPage(html: string): { ranges: Partial<Record<Cut, Range>>; nodes: Partial<Record<'head' | 'article', string[]>>; nested: boolean } {
  const ranges: Partial<Record<Cut, Range>> = {};
  const open = new Map<Cut, number>();
  const runs = new Map<'head' | 'article', NodeRun>();
  const nodes: Partial<Record<'head' | 'article', string[]>> = {};
  const isCut = (name: string): name is Cut => name === 'head' || name === 'body' || name === 'article';
  let lastOpenedAt = -1;
  // A head, body or article inside its own kind: its closing tag would be taken for the outer one's.
  let nested = false;
  const parser = new Parser(
    {
      onopentag(name) {
        lastOpenedAt = parser.startIndex;
        for (const run of runs.values()) openInRun(run, html, parser.startIndex);
        if (isCut(name) && open.has(name)) nested = true;
        else if (isCut(name) && !ranges[name]) {
          open.set(name, parser.endIndex + 1);
          if (name !== 'body') runs.set(name, newRun(parser.endIndex + 1));
        }
      },
      onclosetag(name, implied) {
        if (isCut(name) && open.has(name)) {
          // Where its closing tag, or the tag or end of page that closed it, begins.
          const innerEnd = parser.startIndex;
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
        for (const run of runs.values()) closeInRun(run, html, elementEnd(parser, implied, lastOpenedAt));
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { ranges, nodes, nested };
}

/** Splits HTML into its top-level nodes: each element with its content, and the text between them. */
export function topLevelNodes(html: string): string[] {
  const run = newRun(0);
  let lastOpenedAt = -1;
  const parser = new Parser(
    {
      onopentag: () => {
        lastOpenedAt = parser.startIndex;
        openInRun(run, html, parser.startIndex);
      },
      onclosetag: (_name, implied) => closeInRun(run, html, elementEnd(parser, implied, lastOpenedAt)),
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  if (run.cursor < html.length) run.nodes.push(html.slice(run.cursor));
  return run.nodes;
}

/**
 * Null when the page has no head, body or article to patch (or they nest
 * in their own kind): the preview then replaces the whole document.
 */
export function pageSegments(html: string): PageSegments | null {
  const { ranges, nodes, nested } = scanPage(html);
  const { head, body, article } = ranges;
  if (nested || !head || !body || !article || head.innerEnd > article.innerStart || article.innerStart < body.innerStart || article.innerEnd > body.innerEnd) return null;
  return {
    beforeHead: html.slice(0, head.innerStart),
    head: nodes.head ?? [],
    beforeArticle: html.slice(head.innerEnd, article.innerStart),
    article: nodes.article ?? [],
    afterArticle: html.slice(article.innerEnd),
  };
}

/** The page the segments were cut from, byte for byte. */
export function joinSegments({ beforeHead, head, beforeArticle, article, afterArticle }: PageSegments): string {
  return beforeHead + head.join('') + beforeArticle + article.join('') + afterArticle;
}

/** Whether two pages differ only inside <head> and <article>: then the preview patches those nodes; otherwise it loads the page whole. */
export function sameShell(a: PageSegments, b: PageSegments): boolean {
  return a.beforeArticle === b.beforeArticle && a.afterArticle === b.afterArticle && a.beforeHead === b.beforeHead;
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
