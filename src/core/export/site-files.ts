// The page shell, not the page renderer: the site's own files need no Markdown.
import { escapeHtml } from '../page/html-escape';
import { htmlDocument, siteHeader } from '../page/page-shell';
import { siteBase, type WorkspaceSettings } from '../site';
import { makeReferencesRelative } from './output-paths';
import type { PageSummary } from './render-export-page';

const newestFirst = (a: PageSummary, b: PageSummary) =>
  (b.datePublished ?? '').localeCompare(a.datePublished ?? '') || a.title.localeCompare(b.title);

/** The site's front page: every exported article, newest first, with date and description. */
export function renderSiteIndex(pages: readonly PageSummary[], settings: WorkspaceSettings, relative: boolean): string {
  const items = [...pages].sort(newestFirst).map((page) => {
    const date = page.datePublished ? `<time datetime="${escapeHtml(page.datePublished)}">${page.datePublished.slice(0, 10)}</time>` : '';
    const description = page.description ? `<p>${escapeHtml(page.description)}</p>` : '';
    return `<li><h2><a href="${escapeHtml(page.urlPath)}">${escapeHtml(page.title)}</a></h2>${date}${description}</li>`;
  });
  const html = htmlDocument({
    language: settings.language,
    title: settings.siteName,
    head: [`<link rel="canonical" href="${escapeHtml(siteBase(settings))}/">`, `<meta name="description" content="${escapeHtml(`Articles from ${settings.siteName}`)}">`],
    body: [siteHeader(settings.siteName), '<main>', `<h1>${escapeHtml(settings.siteName)}</h1>`, '<ul class="article-index">', ...items, '</ul>', '</main>'],
  });
  return relative ? makeReferencesRelative(html, 'index.html') : html;
}

export function renderNotFound(settings: WorkspaceSettings, relative: boolean): string {
  const html = htmlDocument({
    language: settings.language,
    title: `Page not found · ${settings.siteName}`,
    head: ['<meta name="robots" content="noindex">'],
    body: [siteHeader(settings.siteName), '<main>', '<h1>Page not found</h1>', '<p>There is no page at this address. <a href="/">Go to the front page</a>.</p>', '</main>'],
  });
  return relative ? makeReferencesRelative(html, '404.html') : html;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Absolute URLs with lastmod from date_updated_at, else date. */
export function renderSitemap(pages: readonly PageSummary[], settings: WorkspaceSettings): string {
  const entries = [...pages]
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath))
    .map((page) => {
      const lastmod = page.dateModified ?? page.datePublished;
      return `  <url>\n    <loc>${xml(page.url)}</loc>\n${lastmod ? `    <lastmod>${xml(lastmod)}</lastmod>\n` : ''}  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url>\n    <loc>${xml(siteBase(settings))}/</loc>\n  </url>\n${entries.join('\n')}\n</urlset>\n`;
}

export function renderRobots(settings: WorkspaceSettings): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteBase(settings)}/sitemap.xml\n`;
}
