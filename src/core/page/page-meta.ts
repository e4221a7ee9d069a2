import type { Article } from '../article';
import { renderMarkdownDocument, type RenderedMarkdown } from '../markdown';
import { absoluteUrl, articleUrl, frontmatterDateToIso, type WorkspaceSettings } from '../site';
import { ogLocale } from './og-locale';

/**
 * Every value the page head, the snippets and the JSON-LD agree on, resolved
 * once with its fallbacks, so no two places can disagree.
 */
export interface PageMeta {
  readonly url: string;
  readonly title: string;
  readonly description: string;
  readonly ogTitle: string;
  readonly ogDescription: string;
  readonly twitterTitle: string;
  readonly twitterDescription: string;
  /** Absolute URL: frontmatter `image`, else the first body image, else the site's default image. */
  readonly image: string | null;
  readonly imageAlt: string;
  readonly keywords: string | null;
  readonly locale: string;
  /** ISO 8601 with offset. */
  readonly published: string | null;
  readonly modified: string | null;
  /** The date part, for people. */
  readonly publishedText: string | null;
  readonly modifiedText: string | null;
  readonly breadcrumbs: readonly string[];
}

export function textField(data: Article['data'], key: string): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** A comma string or a YAML list, as the file has it, to a list. */
export function listField(data: Article['data'], key: string): string[] {
  const value = data[key];
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function resolvePageMeta(
  article: Article,
  settings: WorkspaceSettings,
  path: string,
  rendered: Pick<RenderedMarkdown, 'images'> = renderMarkdownDocument(article.body),
): PageMeta {
  const { data } = article;
  const title = textField(data, 'title') || path.replace(/\.md$/i, '').split('/').pop()!;
  const description = textField(data, 'description');
  const ogTitle = textField(data, 'og_title') || title;
  const ogDescription = textField(data, 'og_description') || description;
  const firstBodyImage = rendered.images.find((image) => absoluteUrl(settings, image.src, path) !== null);
  const frontmatterImage = textField(data, 'image');
  const imageSource = frontmatterImage || firstBodyImage?.src || settings.defaultImage || '';
  const imageAlt = textField(data, 'image_alt') || (!frontmatterImage && firstBodyImage?.alt) || title;
  const published = frontmatterDateToIso(data.date, settings.timeZone);
  const modified = frontmatterDateToIso(data.date_updated_at, settings.timeZone) ?? published;
  const keywords = listField(data, 'keywords');
  const crumbs = textField(data, 'breadcrumbs').split('/').map((crumb) => crumb.trim()).filter((crumb) => crumb !== '');
  return {
    url: articleUrl(settings, path),
    title,
    description,
    ogTitle,
    ogDescription,
    twitterTitle: textField(data, 'twitter_title') || title,
    twitterDescription: textField(data, 'twitter_description') || description,
    image: imageSource ? absoluteUrl(settings, imageSource, path) : null,
    imageAlt,
    keywords: keywords.length > 0 ? keywords.join(', ') : null,
    locale: ogLocale(settings.language),
    published,
    modified,
    publishedText: published?.slice(0, 10) ?? null,
    modifiedText: modified?.slice(0, 10) ?? null,
    breadcrumbs: crumbs.length > 0 ? crumbs : ['Home', title],
  };
}
