/**
 * Article Studio's core as a library (`article-studio/core`): the same pure
 * functions the app, the preview and the export use. No I/O: pass text and
 * settings in, get text and data out.
 */
export {
  parseArticle,
  serializeArticle,
  setField,
  setFieldFromSource,
  deleteField,
  setBody,
  ArticleError,
  type Article,
  type FieldValue,
  type FrontmatterData,
} from './article';
export { renderMarkdown, renderMarkdownDocument, sanitizeHtml, type RenderedMarkdown } from './markdown';
export { buildJsonLd, buildFromFacts, jsonLdScriptTags, findEmbeddedJsonLd, mergeJsonLd, checkJsonLd, type JsonLdObject } from './jsonld';
export { renderPage, type RenderPageOptions } from './page';
export { articleFacts, type ArticleFacts } from './facts';
export { findFaq, addFaqItem, updateFaqItem, removeFaqItem, moveFaqItem, type FaqItem, type FaqSection } from './faq';
export { findTables, parseTable, serializeTable, formatTable, detectPastedTable, type TableGrid } from './table';
export { parseSettings, DEFAULT_SETTINGS, articleUrl, type WorkspaceSettings, type SettingsProblem } from './site';
export {
  applyFix,
  lintArticle,
  lintWorkspace,
  buildLintContext,
  arialWidth,
  cutToWidth,
  countCharacters,
  TITLE_FONT_PX,
  TITLE_WARN_PX,
  TITLE_ERROR_PX,
  DESCRIPTION_FONT_PX,
  DESCRIPTION_DESKTOP_PX,
  DESCRIPTION_MOBILE_PX,
  DESCRIPTION_MIN_CHARS,
  DESCRIPTION_MAX_CHARS,
  TWITTER_TITLE_MAX,
  TWITTER_DESCRIPTION_MAX,
  SEO_RULES,
  type Finding,
  type FileFinding,
  type LintContext,
  type LintArticleInput,
  type LintWorkspaceInput,
  type MeasureText,
  type RuleSetting,
} from './seo';
