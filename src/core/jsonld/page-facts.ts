import type { Article } from '../article';
import { findFaq } from '../faq';
import { renderMarkdownDocument } from '../markdown';
import { absoluteUrl, articleUrl, frontmatterDateToIso, type WorkspaceSettings } from '../site';
import { faqAnswerText } from './faq-answer';
import { breadcrumbNamesField, listField, textField } from './frontmatter-values';

export interface Crumb {
  readonly name: string;
  /** Absolute URL; undefined for a crumb with no `breadcrumbLinks` entry. */
  readonly url: string | undefined;
}

export interface FaqEntry {
  readonly question: string;
  /** Plain text, or Google's answer HTML subset when the answer has structure. */
  readonly answer: string;
}

/**
 * Everything the JSON-LD says about an article, read once from its
 * frontmatter, body and the workspace settings. Both the generator and the
 * checks work from these facts so they can never disagree with each other.
 * Dates and URLs go through the same `site` helpers as the page head
 * (core/page), with the same fallbacks, so og:image and the JSON-LD image,
 * article:published_time and datePublished agree.
 */
export interface PageFacts {
  readonly url: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly datePublished: string | undefined;
  readonly dateModified: string | undefined;
  /** Absolute URL of the page image: frontmatter `image`, else the first body image, else `settings.defaultImage`. */
  readonly image: string | undefined;
  readonly keywords: readonly string[];
  readonly things: readonly string[];
  /** The crumbs in order; the last one is the article itself. */
  readonly crumbs: readonly Crumb[];
  /** Whether the crumbs came from the `breadcrumbs` field (false: the Home/title default). */
  readonly crumbsWritten: boolean;
  readonly faq: readonly FaqEntry[];
}

export function pageFacts(article: Article, settings: WorkspaceSettings, path: string): PageFacts {
  const url = articleUrl(settings, path);
  const data = article.data;
  const title = textField(data, 'title');
  const published = frontmatterDateToIso(data.date, settings.timeZone) ?? undefined;
  const written = breadcrumbNamesField(data, 'breadcrumbs');
  const names = written.length > 0 ? written : ['Home', title ?? fileTitle(path)];
  return {
    url,
    title,
    description: textField(data, 'description'),
    datePublished: published,
    dateModified: frontmatterDateToIso(data.date_updated_at, settings.timeZone) ?? published,
    image: pageImage(article, settings, path),
    keywords: listField(data, 'keywords'),
    things: listField(data, 'things'),
    crumbs: names.map((name, index) => ({ name, url: index === names.length - 1 ? url : crumbLink(name, settings) })),
    crumbsWritten: written.length > 0,
    faq: findFaq(article.body)
      .items.map((item) => ({ question: item.question, answer: faqAnswerText(item, (href) => answerLink(href, settings, path)) }))
      // Google rejects a Question without a name or an answer text; such items are still being written.
      .filter((entry) => entry.question !== '' && entry.answer !== ''),
  };
}

/**
 * As the page head: frontmatter `image`, else the first body image that makes
 * a public URL, else `settings.defaultImage`, then made absolute.
 */
function pageImage(article: Article, settings: WorkspaceSettings, path: string): string | undefined {
  const frontmatterImage = textField(article.data, 'image');
  const source = frontmatterImage ?? firstBodyImage(article.body, settings, path) ?? settings.defaultImage;
  return (source !== undefined ? absoluteUrl(settings, source, path) : null) ?? undefined;
}

function firstBodyImage(body: string, settings: WorkspaceSettings, path: string): string | undefined {
  // Bodies without an image marker skip the render.
  if (!/!\[|<img\b/i.test(body)) return undefined;
  return renderMarkdownDocument(body).images.find((image) => absoluteUrl(settings, image.src, path) !== null)?.src;
}

/** The page's breadcrumb nav links the same `breadcrumbLinks` entry, looked up by the exact name. */
function crumbLink(name: string, settings: WorkspaceSettings): string | undefined {
  const link = Object.hasOwn(settings.breadcrumbLinks, name) ? settings.breadcrumbLinks[name] : undefined;
  return (link !== undefined ? absoluteUrl(settings, link) : null) ?? undefined;
}

/** Links in answers: absolute like every JSON-LD URL; `mailto:` kept as written. */
function answerLink(href: string, settings: WorkspaceSettings, path: string): string | null {
  return /^mailto:/i.test(href.trim()) ? href.trim() : absoluteUrl(settings, href, path);
}

/** `guides/offline-writing.md` → `offline-writing`: a name for the last crumb of an article without a title. */
function fileTitle(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}
