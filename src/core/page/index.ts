export { renderPage, type RenderPageOptions } from './render-page';
export { resolvePageMeta, type PageMeta } from './page-meta';
export { PAGE_STYLE, PAGE_STYLE_HASH } from './page-style';
