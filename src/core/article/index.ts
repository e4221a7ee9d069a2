export { ArticleError, isArticleError, type ArticleErrorCode } from './article-error';
export {
  parseArticle,
  serializeArticle,
  lineAt,
  detectLineEnding,
  type Article,
  type FrontmatterData,
  type LineEnding,
} from './article';
export { setField, setFieldFromSource, deleteField, setBody, articleHead, composeArticleText, endsAtClosingDelimiter } from './edit';
export type { FieldValue } from './render-field';
export { newArticleText, formatFrontmatterDate, formatFrontmatterDateTime } from './template';
