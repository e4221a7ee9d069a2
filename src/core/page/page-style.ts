import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The exported page's one stylesheet, inline so a page is a single file that
 * reads well on a phone, a desktop and paper. The CSP allows exactly this
 * text by hash, not 'unsafe-inline'.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #5c6670; --bg: #fdfdfb; --rule: #e4e2dc; --accent: #1f6f5c; --code: #f3f2ee; }
@media (prefers-color-scheme: dark) { :root { --text: #e8e6e3; --muted: #a4adb6; --bg: #17191c; --rule: #30343a; --accent: #7cc4ae; --code: #23272c; } }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 18px/1.65 Georgia, 'Iowan Old Style', 'Times New Roman', serif; }
.site-header, .breadcrumbs, main { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
.article-index { list-style: none; padding: 0; }
.article-index li { margin: 0 0 2rem; }
.article-index h2 { margin: 0 0 0.2rem; font-size: 1.3rem; }
.article-index time { color: var(--muted); font: 0.85rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.article-index p { margin: 0.3rem 0 0; }
.site-footer { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header { padding-top: 1.5rem; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 0.95rem; }
.site-header a { color: var(--accent); font-weight: 600; text-decoration: none; }
.breadcrumbs ol { list-style: none; margin: 1rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; font: 0.85rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--muted); }
.breadcrumbs li + li::before { content: '/'; margin-right: 0.4rem; }
.breadcrumbs a { color: inherit; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.25; margin: 2em 0 0.6em; }
h1 { font-size: 2.1rem; margin-top: 0.6em; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.2rem; }
.article-meta { color: var(--muted); font: 0.9rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0 0 2rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
img { max-width: 100%; height: auto; display: block; margin: 1.5rem auto; border-radius: 4px; }
figure { margin: 1.5rem 0; }
figcaption { color: var(--muted); font-size: 0.9rem; text-align: center; }
blockquote { margin: 1.5rem 0; padding: 0.2rem 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
code, pre { font: 0.88em/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; background: var(--code); border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.9rem 1rem; overflow-x: auto; }
pre code { padding: 0; background: none; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2.5rem 0; }
.table-scroll { overflow-x: auto; margin: 1.5rem 0; }
table { border-collapse: collapse; width: 100%; font: 0.92rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.5rem 0.6rem; vertical-align: top; text-align: left; }
th { border-bottom-width: 2px; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; }
details { border: 1px solid var(--rule); border-radius: 6px; padding: 0.7rem 1rem; margin: 0.8rem 0; }
summary { cursor: pointer; font: 600 1rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
details[open] summary { margin-bottom: 0.5rem; }
.task-list-item { list-style: none; }
.footnotes { font-size: 0.9rem; color: var(--muted); }
.site-footer { margin-top: 4rem; padding-bottom: 2rem; color: var(--muted); font: 0.85rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; border-top: 1px solid var(--rule); padding-top: 1rem; }
@media (max-width: 600px) { body { font-size: 17px; } h1 { font-size: 1.7rem; } }
@media print {
  :root { --text: #000; --muted: #333; --bg: #fff; --accent: #000; --code: #f4f4f4; }
  body { font-size: 11pt; }
  .site-header, .breadcrumbs, .site-footer { display: none; }
  a[href^="http"]::after { content: ' (' attr(href) ')'; font-size: 0.85em; color: #444; }
  details { border: 0; padding: 0; }
  /* A closed FAQ answer prints too: browsers hide it in details' own content box, not in its children. */
  details::details-content { content-visibility: visible; }
  details > *:not(summary) { display: block; }
  h2, h3 { break-after: avoid; }
  img, table, pre, details { break-inside: avoid; }
}
`.trim();

function base64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += alphabet[(triple >> 18) & 63]! + alphabet[(triple >> 12) & 63]!;
    out += i + 1 < bytes.length ? alphabet[(triple >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? alphabet[triple & 63]! : '=';
  }
  return out;
}

/** CSP source for an inline style element with exactly this text. */
export function styleHashSource(css: string): string {
  return `'sha256-${base64(sha256(new TextEncoder().encode(css)))}'`;
}

export const PAGE_STYLE_HASH = styleHashSource(PAGE_STYLE);
