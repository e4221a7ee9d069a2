import type { ArticleSummary } from '../../../../../core/api';
import { linkText } from '../../../../../core/assets';
import { articleUrlPath } from '../../../../../core/site';

/** The root-relative URL path a link to an article uses: `/guides/offline-writing`. */
export function articleLinkTarget(path: string): string {
  // Parentheses are legal in a path but end a Markdown link destination.
  return articleUrlPath(path).replace(/[()]/g, (char) => (char === '(' ? '%28' : '%29'));
}

/**
 * `[text](/url-path)`: the selected text when there is one (it is already
 * the writer's Markdown), else the article's title as link text (`linkText`).
 */
export function articleLink(article: Pick<ArticleSummary, 'path' | 'title'>, selectedText: string): string {
  const text = selectedText.trim() !== '' ? selectedText : linkText(article.title ?? article.path);
  return `[${text}](${articleLinkTarget(article.path)})`;
}
