/**
 * The one error type the article parser and editor throw. Every instance names
 * the line (1-based, in the whole file) so a writer can find the problem, and
 * `file` is filled in by whoever knows the path (the workspace service, the CLI).
 */
export type ArticleErrorCode =
  | 'UNSUPPORTED_FRONTMATTER_LANGUAGE'
  | 'UNCLOSED_FRONTMATTER'
  | 'INVALID_YAML'
  | 'DUPLICATE_KEY'
  | 'FRONTMATTER_NOT_A_MAP'
  | 'FRONTMATTER_TOO_LARGE'
  | 'INVALID_FIELD_NAME'
  | 'UNSUPPORTED_VALUE';

export class ArticleError extends Error {
  override readonly name = 'ArticleError';

  constructor(
    readonly code: ArticleErrorCode,
    readonly reason: string,
    readonly line: number,
    readonly column = 1,
    readonly file?: string,
  ) {
    super(`${file ?? '<article>'}:${line}:${column}: ${reason}`);
  }

  /** The same error, now naming the file it came from. */
  inFile(file: string): ArticleError {
    return new ArticleError(this.code, this.reason, this.line, this.column, file);
  }
}

export function isArticleError(value: unknown): value is ArticleError {
  return value instanceof ArticleError;
}
