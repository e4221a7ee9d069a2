import type { ArticleSummary } from '../../../../../core/api';
import { brokenPageLinks, resolveReference } from '../../../../../core/export';
import { renderMarkdownDocument } from '../../../../../core/markdown';
import { articleUrlPath, type WorkspaceSettings } from '../../../../../core/site';

export interface BrokenLink {
  /** 1-based line of the body. */
  readonly line: number;
  readonly text: string;
  readonly message: string;
}

/**
 * The body's links to article URLs the site will not have, found the way the
 * SEO check `seo/broken-link` and the export find them (the same outline,
 * reference resolution, URL sets and messages), so the link picker can show
 * them beside the articles a link could point to instead. Loaded only when
 * the picker opens: it renders the body once.
 */
export function brokenLinks(body: string, path: string, articles: readonly Pick<ArticleSummary, 'path'>[], settings: WorkspaceSettings): BrokenLink[] {
  const urlPath = articleUrlPath(path);
  const links = renderMarkdownDocument(body).links;
  const pageLinks = links.flatMap((link) => {
    const reference = resolveReference(link.href, urlPath, settings);
    return reference.kind === 'page' ? [{ urlPath: reference.urlPath, line: link.line, text: link.text }] : [];
  });
  const articleUrls = new Set([urlPath, ...articles.map((article) => articleUrlPath(article.path))]);
  // As the check judges it: the front page always exists beside the articles.
  const siteUrls = new Set([...articleUrls, '/']);
  const broken = pageLinks.filter((link) => !siteUrls.has(link.urlPath));
  const findings = brokenPageLinks({ summary: { path }, pageLinks: broken }, siteUrls, articleUrls);
  return broken.map((link, index) => ({ line: link.line, text: link.text, message: findings[index]!.message }));
}
