import { escapeHtml } from './html-escape';
import { PAGE_STYLE, PAGE_STYLE_HASH } from './page-style';

/** No script at all, and only our own stylesheet: a page is text, images and links. */
export const PAGE_CSP = [
  "default-src 'none'",
  "img-src 'self' https: http:",
  `style-src ${PAGE_STYLE_HASH}`,
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export interface DocumentParts {
  readonly language: string;
  readonly title: string;
  /** Extra head lines (meta tags, JSON-LD), already escaped. */
  readonly head?: readonly string[];
  /** Body lines, already escaped. */
  readonly body: readonly string[];
}

/** Every page the app writes (articles, the site index, 404) shares this shell, stylesheet and CSP. */
export function htmlDocument({ language, title, head = [], body }: DocumentParts): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PAGE_CSP)}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...head,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function siteHeader(siteName: string): string {
  return `<header class="site-header"><a href="/">${escapeHtml(siteName)}</a></header>`;
}
