export { ArticleError, isArticleError, type ArticleErrorCode } from './article-error';
export {
  parseArticle,
  serializeArticle,
  lineAt,
  type Article,
  type FrontmatterData,
  type LineEnding,
} from './article';
export { setField, setFieldFromSource, deleteField, setBody } from './edit';
export type { FieldValue } from './render-field';
export { newArticleText, formatFrontmatterDate, formatFrontmatterDateTime } from './template';
