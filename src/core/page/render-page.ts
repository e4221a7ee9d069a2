import type { Article } from '../article';
import { renderMarkdownDocument } from '../markdown';
import type { WorkspaceSettings } from '../site';
import { siteBase } from '../site';
import { escapeHtml } from './html-escape';
import { resolvePageMeta, type PageMeta } from './page-meta';
import { PAGE_STYLE, PAGE_STYLE_HASH } from './page-style';
import { pageJsonLd } from './page-json-ld';

/**
 * The finished page: what the preview shows and the export writes, byte for
 * byte. No script runs in it: the CSP allows none, JSON-LD blocks are data.
 */
export interface RenderPageOptions {
  /** Text for the footer; the caller knows the year (core reads no clock). */
  readonly footerText?: string;
}

export function renderPage(article: Article, settings: WorkspaceSettings, path: string, options: RenderPageOptions = {}): string {
  const content = renderMarkdownDocument(article.body, { firstLine: article.bodyLine });
  const meta = resolvePageMeta(article, settings, path, content);
  const body = content.html.replace(/<table>/g, '<div class="table-scroll"><table>').replace(/<\/table>/g, '</table></div>');
  const csp = [
    "default-src 'none'",
    "img-src 'self' https: http:",
    `style-src ${PAGE_STYLE_HASH}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(settings.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    `<title>${escapeHtml(meta.title)}</title>`,
    ...headMeta(meta, settings),
    `<style>${PAGE_STYLE}</style>`,
    pageJsonLd(article, settings, path),
    '</head>',
    '<body>',
    `<header class="site-header"><a href="${escapeHtml(siteBase(settings))}/">${escapeHtml(settings.siteName)}</a></header>`,
    breadcrumbNav(meta, settings),
    '<main>',
    '<article>',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    articleDates(meta),
    body.trim(),
    '</article>',
    '</main>',
    `<footer class="site-footer">${escapeHtml(options.footerText ?? settings.publisher.name)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function headMeta(meta: PageMeta, settings: WorkspaceSettings): string[] {
  const tag = (attribute: 'name' | 'property', key: string, value: string | null | undefined) =>
    value ? `<meta ${attribute}="${key}" content="${escapeHtml(value)}">` : null;
  return [
    tag('name', 'description', meta.description),
    meta.keywords ? tag('name', 'keywords', meta.keywords) : null,
    `<link rel="canonical" href="${escapeHtml(meta.url)}">`,
    tag('property', 'og:type', 'article'),
    tag('property', 'og:url', meta.url),
    tag('property', 'og:title', meta.ogTitle),
    tag('property', 'og:description', meta.ogDescription),
    tag('property', 'og:image', meta.image),
    tag('property', 'og:image:alt', meta.image ? meta.imageAlt : null),
    tag('property', 'og:site_name', settings.siteName),
    tag('property', 'og:locale', meta.locale),
    tag('property', 'article:published_time', meta.published),
    tag('property', 'article:modified_time', meta.modified),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:site', settings.twitterSite),
    tag('name', 'twitter:title', meta.twitterTitle),
    tag('name', 'twitter:description', meta.twitterDescription),
    tag('name', 'twitter:image', meta.image),
    tag('name', 'twitter:image:alt', meta.image ? meta.imageAlt : null),
  ].filter((line): line is string => line !== null);
}

function breadcrumbNav(meta: PageMeta, settings: WorkspaceSettings): string {
  const items = meta.breadcrumbs.map((name, index) => {
    const last = index === meta.breadcrumbs.length - 1;
    if (last) return `<li aria-current="page">${escapeHtml(name)}</li>`;
    const href = settings.breadcrumbLinks[name];
    return href ? `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></li>` : `<li>${escapeHtml(name)}</li>`;
  });
  return `<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${items.join('')}</ol></nav>`;
}

function articleDates(meta: PageMeta): string {
  if (!meta.published) return '';
  const published = `Published <time datetime="${escapeHtml(meta.published)}">${escapeHtml(meta.publishedText ?? meta.published)}</time>`;
  const updated =
    meta.modified && meta.modifiedText !== meta.publishedText
      ? ` · Updated <time datetime="${escapeHtml(meta.modified)}">${escapeHtml(meta.modifiedText ?? '')}</time>`
      : '';
  return `<p class="article-meta">${published}${updated}</p>`;
}
