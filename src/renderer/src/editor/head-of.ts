import { articleHead, isArticleError, parseArticle } from '../../../core/article';

/** The frontmatter block of a whole file, or null when it does not parse. */
export function headOf(text: string): string | null {
  try {
    return articleHead(parseArticle(text));
  } catch (error) {
    if (isArticleError(error)) return null;
    throw error;
  }
}
