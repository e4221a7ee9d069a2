import { Parser } from 'htmlparser2';
import type Token from 'markdown-it/lib/token.mjs';
import { markdownParser } from './markdown-parser';
import { DROPPED_WITH_CONTENT, sanitizeHtml } from './sanitize';

export interface OutlineHeading {
  readonly level: number;
  readonly text: string;
  readonly id: string;
  readonly line: number;
}

export interface OutlineImage {
  readonly src: string;
  readonly alt: string;
  readonly line: number;
}

export interface OutlineLink {
  readonly href: string;
  readonly text: string;
  readonly line: number;
}

/** What the rest of the app needs to know about a body without parsing it again. */
export interface RenderedMarkdown {
  /** Sanitised HTML fragment. */
  readonly html: string;
  readonly headings: readonly OutlineHeading[];
  /** Images in document order, from Markdown and from raw `<img>` tags. */
  readonly images: readonly OutlineImage[];
  /** Links in document order, from Markdown, autolinks and raw `<a>` tags. */
  readonly links: readonly OutlineLink[];
}

export interface RenderOptions {
  /** File line of the first Markdown line, so outline lines point into the file (default 1). */
  readonly firstLine?: number;
}

/** Markdown → sanitised HTML: the preview and the export both come through here. */
export function renderMarkdown(markdown: string): string {
  const md = markdownParser();
  return sanitizeHtml(md.renderer.render(md.parse(markdown, {}), md.options, {}));
}

export function renderMarkdownDocument(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const md = markdownParser();
  const tokens = md.parse(markdown, {});
  const html = sanitizeHtml(md.renderer.render(tokens, md.options, {}));
  return { html, ...outlineOf(tokens, (options.firstLine ?? 1) - 1) };
}

function outlineOf(tokens: readonly Token[], lineOffset: number): Omit<RenderedMarkdown, 'html'> {
  const headings: OutlineHeading[] = [];
  const images: OutlineImage[] = [];
  const links: OutlineLink[] = [];
  const raw = rawHtmlReader(images, links);
  let blockLine = 1;
  tokens.forEach((token, index) => {
    if (token.map) blockLine = token.map[0] + 1 + lineOffset;
    if (token.type === 'heading_open') {
      const inline = tokens[index + 1];
      headings.push({ level: Number(token.tag.slice(1)), text: plainText(inline?.children ?? []), id: token.attrGet('id') ?? '', line: blockLine });
    }
    if (token.type === 'html_block') raw.read(token.content, blockLine);
    if (token.type !== 'inline' || !token.children) return;
    let line = blockLine;
    const children = token.children;
    children.forEach((child, childIndex) => {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      if (child.type === 'html_inline') raw.read(child.content, line);
      if (raw.dropping()) return;
      if (child.type === 'image') images.push({ src: child.attrGet('src') ?? '', alt: plainText(child.children ?? []), line });
      if (child.type === 'link_open') links.push({ href: child.attrGet('href') ?? '', text: linkText(children, childIndex), line });
    });
  });
  return { headings, images, links };
}

function plainText(children: readonly Token[]): string {
  return children.map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'image' ? plainText(child.children ?? []) : '')).join('');
}

function linkText(children: readonly Token[], openIndex: number): string {
  const inside: Token[] = [];
  for (let i = openIndex + 1; i < children.length && children[i]!.type !== 'link_close'; i++) inside.push(children[i]!);
  return plainText(inside);
}

/**
 * `<img>` and `<a>` written as raw HTML count too: they ship in the page like
 * any other. One parser reads every raw piece of the document in order, so
 * an element opened in one piece and closed in another (`<noscript>` …
 * `</noscript>` around a paragraph) is followed; what the sanitiser drops
 * with its content is not on the page and is not collected.
 */
function rawHtmlReader(images: OutlineImage[], links: OutlineLink[]) {
  let currentLine = 1;
  let dropped = 0;
  let openLink: { href: string; text: string; line: number } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropped > 0 || DROPPED_WITH_CONTENT.has(name)) {
          dropped++;
          return;
        }
        if (name === 'img' && attributes.src !== undefined) images.push({ src: attributes.src, alt: attributes.alt ?? '', line: currentLine });
        if (name === 'a' && attributes.href !== undefined) openLink = { href: attributes.href, text: '', line: currentLine };
      },
      ontext(text) {
        if (openLink && dropped === 0) openLink.text += text;
        currentLine += text.split('\n').length - 1;
      },
      onclosetag(name) {
        if (dropped > 0) {
          dropped--;
          return;
        }
        if (name === 'a' && openLink) {
          links.push({ ...openLink, text: openLink.text.trim() });
          openLink = null;
        }
      },
    },
    { decodeEntities: true },
  );
  return {
    read(html: string, line: number): void {
      currentLine = line;
      parser.write(html);
    },
    dropping: () => dropped > 0,
  };
}
