import { isArticleError, parseArticle } from '../../../core/article';
import { articleUrlPath, type WorkspaceSettings } from '../../../core/site';
import { buildFromFacts, findEmbeddedJsonLd, mergeJsonLd, type JsonLdObject } from '../../../core/jsonld';
import type { ArticleFacts } from '../../../core/facts';
import { renderPageWithFacts } from '../../../core/page';
import { pageSegments, type PageMarkup } from './page-segments';
import { pointImagesAtWorkspace } from './preview-images';
import { textStats, type TextStats } from './text-stats';

export interface PreviewRequest {
  readonly revision: number;
  readonly path: string;
  readonly text: string;
  readonly settings: WorkspaceSettings;
  /** Post the page whole, not as a patch to the one before (the main thread lost track of that one). */
  readonly whole?: boolean;
}

/** A heading of the page with its line in the editor (1-based, counted in the body). */
export interface PreviewAnchor {
  readonly id: string;
  readonly editorLine: number;
}

/** The exported page, with workspace images pointed at the app's file route (see PageMarkup), and what the panes show beside it. */
export type PreviewPage = PageMarkup & PageFacts;

/** Everything of a preview page but its markup. */
export interface PageFacts {
  /** The article the page was rendered from: its relative links lead from there, whichever article is open by the time it is shown. */
  readonly path: string;
  readonly jsonLd: readonly JsonLdObject[];
  readonly anchors: readonly PreviewAnchor[];
  /** Lines the editor holds, for scroll following. */
  readonly editorLines: number;
  /** What the page says about the article (title, description, image, dates…) after every fallback: the snippet previews show these. */
  readonly facts: ArticleFacts;
}

export type PreviewResult =
  | { readonly revision: number; readonly ok: true; readonly page: PreviewPage; readonly stats: TextStats }
  /** The frontmatter does not parse: the preview keeps the last page and shows why. */
  | { readonly revision: number; readonly ok: false; readonly problem: { readonly message: string; readonly line: number }; readonly stats: TextStats };

/** What the preview worker does for each text: the export's own page renderer, plus what the panes around it need. */
export function renderPreview({ revision, path, text, settings }: PreviewRequest): PreviewResult {
  let article;
  try {
    article = parseArticle(text);
  } catch (error) {
    if (!isArticleError(error)) throw error;
    return { revision, ok: false, problem: { message: error.reason, line: error.line }, stats: textStats(text) };
  }
  const rendered = renderPageWithFacts(article, settings, path);
  const html = pointImagesAtWorkspace(rendered.html, articleUrlPath(path), settings);
  const anchors = rendered.outline.headings.map((heading) => ({ id: heading.id, editorLine: heading.line - article.bodyLine + 1 }));
  return {
    revision,
    ok: true,
    page: {
      ...markupOf(html),
      path,
      jsonLd: mergeJsonLd(buildFromFacts(rendered.facts, settings), findEmbeddedJsonLd(article.body)),
      anchors,
      editorLines: article.body.split('\n').length,
      facts: rendered.facts,
    },
    stats: textStats(article.body),
  };
}

function markupOf(html: string): PageMarkup {
  const segments = pageSegments(html);
  return segments ? { segments } : { segments: null, html };
}
