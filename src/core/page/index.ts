export { renderPage, type RenderPageOptions } from './render-page';
export { PAGE_STYLE, PAGE_STYLE_HASH } from './page-style';
