import type { Article } from '../article';
import { articleFacts, type ArticleFacts } from '../facts';
import { renderMarkdownDocument, type RenderedMarkdown } from '../markdown';
import type { WorkspaceSettings } from '../site';
import { escapeHtml } from './html-escape';
import { pageJsonLd } from './page-json-ld';
import { htmlDocument, siteHeader } from './page-shell';

/**
 * The finished page: what the preview shows and the export writes, byte for
 * byte. No script runs in it: the CSP allows none, JSON-LD blocks are data.
 */
export interface RenderPageOptions {
  /** Text for the footer; the caller knows the year (core reads no clock). */
  readonly footerText?: string;
}

export interface RenderedPage {
  readonly html: string;
  /** What the page says about the article (title, dates, image…), for site indexes and checks. */
  readonly facts: ArticleFacts;
  /** Headings, images and links of the body, with their file lines. */
  readonly outline: Omit<RenderedMarkdown, 'html'>;
}

export function renderPage(article: Article, settings: WorkspaceSettings, path: string, options: RenderPageOptions = {}): string {
  return renderPageWithFacts(article, settings, path, options).html;
}

export function renderPageWithFacts(article: Article, settings: WorkspaceSettings, path: string, options: RenderPageOptions = {}): RenderedPage {
  const content = renderMarkdownDocument(article.body, { firstLine: article.bodyLine });
  const facts = articleFacts(article, settings, path, content);
  // Wide tables scroll inside their own box on phones. The sanitiser closes
  // every table it opens, so each wrapper is balanced.
  const body = content.html.replace(/<table(\s[^>]*)?>/g, '<div class="table-scroll"><table$1>').replace(/<\/table>/g, '</table></div>');
  const html = htmlDocument({
    language: settings.language,
    title: facts.displayTitle,
    head: [...headMeta(facts, settings), pageJsonLd(article, facts, settings)],
    body: [
      siteHeader(settings.siteName),
      breadcrumbNav(facts, settings),
      '<main>',
      '<article>',
      `<h1>${escapeHtml(facts.displayTitle)}</h1>`,
      articleDates(facts),
      body.trim(),
      '</article>',
      '</main>',
      `<footer class="site-footer">${escapeHtml(options.footerText ?? settings.publisher.name)}</footer>`,
    ],
  });
  const { headings, images, links } = content;
  return { html, facts, outline: { headings, images, links } };
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
