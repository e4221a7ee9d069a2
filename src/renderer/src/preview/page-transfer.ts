import { changedRun, type PageSegments } from './page-segments';
import type { PageFacts, PreviewResult } from './render-preview';

/** `removeCount` nodes from `start` gave way to `insert`. */
export interface NodeSplice {
  readonly start: number;
  readonly removeCount: number;
  readonly insert: readonly string[];
}

/**
 * A page told as what changed since the page the worker posted before it
 * (revision `base`): the head and article nodes that changed, and the
 * shell's parts only when they changed.
 */
export interface PagePatch extends Omit<PageFacts, UnchangedFact>, Partial<Pick<PageFacts, UnchangedFact>> {
  readonly base: number;
  readonly head: NodeSplice;
  readonly article: NodeSplice;
  readonly beforeHead?: string;
  readonly beforeArticle?: string;
  readonly afterArticle?: string;
}

/** What a keystroke seldom changes, and a 200 KB article makes large (about 60 KB): posted only when it changed. */
type UnchangedFact = 'jsonLd' | 'facts' | 'anchors';

type Rendered = Extract<PreviewResult, { ok: true }>;

/** A preview result as the worker posts it: a page whole, or a patch to the page before it. */
export type PostedResult = PreviewResult | (Omit<Rendered, 'page'> & { readonly patch: PagePatch });

interface Remembered {
  readonly revision: number;
  readonly segments: PageSegments;
  readonly page: PageFacts;
}

const SHELL_PARTS = ['beforeHead', 'beforeArticle', 'afterArticle'] as const;

/**
 * The worker's side. At 200 KB a whole page is about 600 KB of strings
 * (its nodes, and the shell around them); posting it at every keystroke
 * made the main thread copy it in, and collect it again, in the gaps
 * between keystrokes, where its major collections delayed some of them.
 * A keystroke changes a node or two, and only those cross.
 */
export class PageSender {
  private last: (Remembered & { readonly json: Record<UnchangedFact, string> }) | null = null;

  /** `whole`: post the page whole even when a patch would do. */
  pack(result: PreviewResult, whole = false): PostedResult {
    // Asked for a page whole: what the main thread holds is not known, so no patch until a whole page went.
    if (whole) this.last = null;
    // A result without a page (the frontmatter does not parse) leaves the page both sides hold as it was.
    if (!result.ok) return result;
    const base = this.last;
    const { segments, html, ...page } = result.page;
    const json = { jsonLd: JSON.stringify(page.jsonLd), facts: JSON.stringify(page.facts), anchors: JSON.stringify(page.anchors) };
    this.last = segments ? { revision: result.revision, segments, page, json } : null;
    if (!base || !segments) return result;
    const changedShell: Partial<Record<(typeof SHELL_PARTS)[number], string>> = {};
    for (const part of SHELL_PARTS) if (segments[part] !== base.segments[part]) changedShell[part] = segments[part];
    const { jsonLd, facts, anchors, ...always } = page;
    const changedFacts: Partial<Pick<PageFacts, UnchangedFact>> = {
      ...(json.jsonLd === base.json.jsonLd ? {} : { jsonLd }),
      ...(json.facts === base.json.facts ? {} : { facts }),
      ...(json.anchors === base.json.anchors ? {} : { anchors }),
    };
    const patch: PagePatch = {
      ...always,
      ...changedFacts,
      ...changedShell,
      base: base.revision,
      head: changedRun(base.segments.head, segments.head),
      article: changedRun(base.segments.article, segments.article),
    };
    return { revision: result.revision, ok: true, stats: result.stats, patch };
  }
}

/** The main thread's side: rebuilds each page from the one before it. Every posted result must pass through, in order, even those the preview then drops. */
export class PageReceiver {
  private last: Remembered | null = null;

  unpack(posted: PostedResult): PreviewResult {
    if (!posted.ok) return posted;
    if (!('patch' in posted)) {
      const { segments, html, ...page } = posted.page;
      this.last = segments ? { revision: posted.revision, segments, page } : null;
      return posted;
    }
    const { base, head, article, beforeHead, beforeArticle, afterArticle, jsonLd, facts, anchors, ...always } = posted.patch;
    const last = this.last;
    if (last?.revision !== base) throw new Error(`The preview worker sent changes to page ${base}, but the preview holds ${last ? `page ${last.revision}` : 'no page'}.`);
    const segments: PageSegments = {
      beforeHead: beforeHead ?? last.segments.beforeHead,
      head: spliced(last.segments.head, head),
      beforeArticle: beforeArticle ?? last.segments.beforeArticle,
      article: spliced(last.segments.article, article),
      afterArticle: afterArticle ?? last.segments.afterArticle,
    };
    // What did not change is the very object the last page had: the panes that show it need not draw again.
    const page: PageFacts = { ...always, jsonLd: jsonLd ?? last.page.jsonLd, facts: facts ?? last.page.facts, anchors: anchors ?? last.page.anchors };
    this.last = { revision: posted.revision, segments, page };
    return { revision: posted.revision, ok: true, stats: posted.stats, page: { ...page, segments } };
  }
}

function spliced(nodes: readonly string[], { start, removeCount, insert }: NodeSplice): readonly string[] {
  return [...nodes.slice(0, start), ...insert, ...nodes.slice(start + removeCount)];
}
