import type { Article } from '../article';
import { renderMarkdownDocument } from '../markdown';
import type { WorkspaceSettings } from '../site';
import { siteBase } from '../site';
import { escapeHtml } from './html-escape';
import { articleFacts, type ArticleFacts } from '../facts';
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
  const facts = articleFacts(article, settings, path, content);
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
    `<title>${escapeHtml(facts.displayTitle)}</title>`,
    ...headMeta(facts, settings),
    `<style>${PAGE_STYLE}</style>`,
    pageJsonLd(article, facts, settings),
    '</head>',
    '<body>',
    `<header class="site-header"><a href="${escapeHtml(siteBase(settings))}/">${escapeHtml(settings.siteName)}</a></header>`,
    breadcrumbNav(facts, settings),
    '<main>',
    '<article>',
    `<h1>${escapeHtml(facts.displayTitle)}</h1>`,
    articleDates(facts),
    body.trim(),
    '</article>',
    '</main>',
    `<footer class="site-footer">${escapeHtml(options.footerText ?? settings.publisher.name)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function headMeta(facts: ArticleFacts, settings: WorkspaceSettings): string[] {
  const tag = (attribute: 'name' | 'property', key: string, value: string | null | undefined) =>
    value ? `<meta ${attribute}="${key}" content="${escapeHtml(value)}">` : null;
  const image = facts.image;
  return [
    tag('name', 'description', facts.description),
    tag('name', 'keywords', facts.keywords.join(', ')),
    `<link rel="canonical" href="${escapeHtml(facts.url)}">`,
    tag('property', 'og:type', 'article'),
    tag('property', 'og:url', facts.url),
    tag('property', 'og:title', facts.ogTitle),
    tag('property', 'og:description', facts.ogDescription),
    tag('property', 'og:image', image),
    tag('property', 'og:image:alt', image && facts.imageAlt),
    tag('property', 'og:site_name', settings.siteName),
    tag('property', 'og:locale', facts.locale),
    tag('property', 'article:published_time', facts.datePublished),
    tag('property', 'article:modified_time', facts.dateModified),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:site', settings.twitterSite),
    tag('name', 'twitter:title', facts.twitterTitle),
    tag('name', 'twitter:description', facts.twitterDescription),
    tag('name', 'twitter:image', image),
    tag('name', 'twitter:image:alt', image && facts.imageAlt),
  ].filter((line): line is string => line !== null);
}

/** The visible trail, the same crumbs as the BreadcrumbList, linked by the site's own paths. */
function breadcrumbNav(facts: ArticleFacts, settings: WorkspaceSettings): string {
  const items = facts.crumbs.map((crumb, index) => {
    if (index === facts.crumbs.length - 1) return `<li aria-current="page">${escapeHtml(crumb.name)}</li>`;
    const href = Object.hasOwn(settings.breadcrumbLinks, crumb.name) ? settings.breadcrumbLinks[crumb.name] : undefined;
    return href ? `<li><a href="${escapeHtml(href)}">${escapeHtml(crumb.name)}</a></li>` : `<li>${escapeHtml(crumb.name)}</li>`;
  });
  return `<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${items.join('')}</ol></nav>`;
}

function articleDates(facts: ArticleFacts): string {
  const { datePublished, dateModified } = facts;
  if (!datePublished) return '';
  const day = (iso: string) => iso.slice(0, 10);
  const published = `Published <time datetime="${escapeHtml(datePublished)}">${day(datePublished)}</time>`;
  const updated =
    dateModified && day(dateModified) !== day(datePublished) ? ` · Updated <time datetime="${escapeHtml(dateModified)}">${day(dateModified)}</time>` : '';
  return `<p class="article-meta">${published}${updated}</p>`;
}
