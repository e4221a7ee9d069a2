import type { Article } from '../article';
import { findFaqQuestions } from '../faq';
import { renderMarkdownDocument, type RenderedMarkdown } from '../markdown';
import { absoluteUrl, articleUrl, frontmatterDateToIso, type WorkspaceSettings } from '../site';
import { faqAnswerText } from './faq-answer';
import { breadcrumbNamesField, listField, textField } from './frontmatter-values';
import { ogLocale } from './og-locale';

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
 * Everything the page head, the JSON-LD, the snippets and the checks say
 * about an article, resolved once from its frontmatter, body and the
 * workspace settings, with every fallback applied here. Nothing downstream
 * reads the frontmatter again, so no two places can disagree: og:image is the
 * JSON-LD image, article:published_time is datePublished.
 */
export interface ArticleFacts {
  readonly url: string;
  /** The frontmatter title; undefined when it is missing (the JSON-LD then has no headline). */
  readonly title: string | undefined;
  /** The title people see: the frontmatter title, else the file name. */
  readonly displayTitle: string;
  readonly description: string | undefined;
  readonly ogTitle: string;
  readonly ogDescription: string | undefined;
  readonly twitterTitle: string;
  readonly twitterDescription: string | undefined;
  /** ISO 8601 with offset. */
  readonly datePublished: string | undefined;
  readonly dateModified: string | undefined;
  /** Absolute URL: frontmatter `image`, else the first body image, else `settings.defaultImage`. */
  readonly image: string | undefined;
  readonly imageAlt: string;
  readonly keywords: readonly string[];
  readonly things: readonly string[];
  /** The crumbs in order; the last one is the article itself. */
  readonly crumbs: readonly Crumb[];
  /** Whether the crumbs came from the `breadcrumbs` field (false: the Home/title default). */
  readonly crumbsWritten: boolean;
  readonly faq: readonly FaqEntry[];
  /** og:locale, `en_US`. */
  readonly locale: string;
}

/**
 * `rendered` is the body already rendered (the page renders it anyway); when
 * absent it is rendered here, only if the body has an image to look for.
 */
export function articleFacts(article: Article, settings: WorkspaceSettings, path: string, rendered?: Pick<RenderedMarkdown, 'images'>): ArticleFacts {
  const url = articleUrl(settings, path);
  const data = article.data;
  const title = textField(data, 'title');
  const displayTitle = title ?? fileTitle(path);
  const description = textField(data, 'description');
  const published = frontmatterDateToIso(data.date, settings.timeZone) ?? undefined;
  const written = breadcrumbNamesField(data, 'breadcrumbs');
  const names = written.length > 0 ? written : ['Home', displayTitle];
  const frontmatterImage = textField(data, 'image');
  const bodyImage = frontmatterImage === undefined ? firstBodyImage(article.body, settings, path, rendered) : undefined;
  const imageSource = frontmatterImage ?? bodyImage?.src ?? settings.defaultImage;
  return {
    url,
    title,
    displayTitle,
    description,
    ogTitle: textField(data, 'og_title') ?? displayTitle,
    ogDescription: textField(data, 'og_description') ?? description,
    twitterTitle: textField(data, 'twitter_title') ?? displayTitle,
    twitterDescription: textField(data, 'twitter_description') ?? description,
    datePublished: published,
    dateModified: frontmatterDateToIso(data.date_updated_at, settings.timeZone) ?? published,
    image: (imageSource !== undefined ? absoluteUrl(settings, imageSource, path) : null) ?? undefined,
    imageAlt: textField(data, 'image_alt') ?? (bodyImage?.alt || displayTitle),
    keywords: listField(data, 'keywords'),
    things: listField(data, 'things'),
    crumbs: names.map((name, index) => ({ name, url: index === names.length - 1 ? url : crumbLink(name, settings) })),
    crumbsWritten: written.length > 0,
    faq: findFaqQuestions(article.body)
      .map((item) => ({ question: item.question, answer: faqAnswerText(item, (href) => answerLink(href, settings, path)) }))
      // Google rejects a Question without a name or an answer text; such items are still being written.
      .filter((entry) => entry.question !== '' && entry.answer !== ''),
    locale: ogLocale(settings.language),
  };
}

/** The first body image that makes a public URL. */
function firstBodyImage(body: string, settings: WorkspaceSettings, path: string, rendered?: Pick<RenderedMarkdown, 'images'>) {
  // Bodies without an image marker skip the render.
  if (!rendered && !/!\[|<img\b/i.test(body)) return undefined;
  return (rendered ?? renderMarkdownDocument(body)).images.find((image) => absoluteUrl(settings, image.src, path) !== null);
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

/** `guides/offline-writing.md` → `offline-writing`: a title for an article without one. */
function fileTitle(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/i, '');
}
