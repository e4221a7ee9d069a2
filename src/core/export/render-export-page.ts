import type { Article } from '../article';
import { renderPageWithFacts, type RenderPageOptions } from '../page';
import type { WorkspaceSettings } from '../site';
import { makeReferencesRelative } from './output-paths';
import { pageReferences } from './page-references';
import type { SelectedPage } from './select-pages';

/** What the site index and the sitemap need of a page. */
export interface PageSummary {
  readonly path: string;
  readonly urlPath: string;
  readonly outputPath: string;
  readonly url: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly datePublished: string | undefined;
  readonly dateModified: string | undefined;
}

export interface ExportedPage {
  readonly summary: PageSummary;
  readonly html: string;
  /** Workspace files the page uses (images, downloads) with the line that uses them. */
  readonly files: readonly { readonly path: string; readonly line: number }[];
  /** Links to article URLs, with their lines, for checking against the workspace. */
  readonly pageLinks: readonly { readonly urlPath: string; readonly line: number }[];
}

export interface ExportPageOptions extends RenderPageOptions {
  /** Rewrite root-relative references so the bundle works from file://. */
  readonly relative: boolean;
}

/** One article as the export writes it; pure, so worker threads can run it and give identical bytes. */
export function renderExportPage(page: Pick<SelectedPage, 'path' | 'urlPath' | 'outputPath'> & { readonly article: Article }, settings: WorkspaceSettings, options: ExportPageOptions): ExportedPage {
  const rendered = renderPageWithFacts(page.article, settings, page.path, options);
  const { facts, outline } = rendered;
  const { files, pageLinks } = pageReferences(page, facts, outline, settings);
  return {
    summary: {
      path: page.path,
      urlPath: page.urlPath,
      outputPath: page.outputPath,
      url: facts.url,
      title: facts.displayTitle,
      description: facts.description,
      datePublished: facts.datePublished,
      dateModified: facts.dateModified,
    },
    html: options.relative ? makeReferencesRelative(rendered.html, page.outputPath) : rendered.html,
    files,
    pageLinks,
  };
}
