export { renderMarkdown, renderMarkdownDocument, type RenderedMarkdown, type RenderOptions, type OutlineHeading, type OutlineImage, type OutlineLink } from './render';
export { sanitizeHtml } from './sanitize';
export { isSafeUrl, type UrlKind } from './url-policy';
export { slugify } from './slug';
