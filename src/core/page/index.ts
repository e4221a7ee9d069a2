export { renderPage, renderPageWithFacts, type RenderPageOptions, type RenderedPage } from './render-page';
export { htmlDocument, siteHeader, PAGE_CSP, type DocumentParts } from './page-shell';
export { escapeHtml } from './html-escape';
export { PAGE_STYLE, PAGE_STYLE_HASH } from './page-style';
