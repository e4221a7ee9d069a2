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
export { applyFix, type Finding } from './seo/finding';
