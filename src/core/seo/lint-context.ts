import { isArticleError, parseArticle } from '../article';
import { textField } from '../facts';

/** What the checks need to know of another article of the workspace. */
export interface LintContextArticle {
  /** Workspace-relative, '/'-separated. */
  readonly path: string;
  /** Null when missing or when the frontmatter does not parse. */
  readonly title: string | null;
  readonly description: string | null;
}

/**
 * What the workspace knows beyond the article being checked, built by the
 * caller (the CLI from the disk, the app through `getLintContext`): the
 * articles, for links and duplicate titles, and every file, for assets.
 */
export interface LintContext {
  readonly articles: readonly LintContextArticle[];
  /** Every workspace file path, '/'-separated, relative to the workspace root. */
  readonly files: readonly string[];
}

export function lintContextArticle(path: string, text: string): LintContextArticle {
  try {
    const { data } = parseArticle(text);
    return { path, title: textField(data, 'title') ?? null, description: textField(data, 'description') ?? null };
  } catch (error) {
    if (!isArticleError(error)) throw error;
    return { path, title: null, description: null };
  }
}

export function buildLintContext(articles: readonly { readonly path: string; readonly text: string }[], files: readonly string[]): LintContext {
  return { articles: articles.map((article) => lintContextArticle(article.path, article.text)), files };
}
