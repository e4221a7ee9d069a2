import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { markdownParser } from './markdown-parser';
import { createSanitizer, type HtmlSanitizer, type RawTagListener } from './sanitize';
import { isSafeUrl } from './url-policy';

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
  return render(markdown, null);
}

/** The HTML, and the outline of what it holds (headings, images, links), from one parse and one pass. */
export function renderMarkdownDocument(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const outline = new OutlineCollector((options.firstLine ?? 1) - 1);
  const html = render(markdown, outline);
  return { html, headings: outline.headings, images: outline.images, links: outline.links };
}

/**
 * markdown-it's own output is trusted: it escapes every text and attribute,
 * and its links pass our URL policy (markdown-parser.ts). Only the HTML the
 * writer typed (html_block and html_inline tokens) goes through the
 * allow-list, as one stream in document order, so a `<details>` opened in
 * one block and closed in another is followed, and the Markdown is not
 * parsed a second time as HTML. While a dropped element is open (`<script>`
 * never closed), nothing after it is written, as a browser would not show
 * it, except the closing tags of what was already written.
 */
function render(markdown: string, outline: OutlineCollector | null): string {
  const md = markdownParser();
  const tokens = md.parse(markdown, {});
  const pass = new RenderPass(md, createSanitizer(outline?.rawTags), outline);
  let html = '';
  for (let index = 0; index < tokens.length; index++) {
    outline?.block(tokens, index, pass.sanitizer.dropping);
    const token = tokens[index]!;
    html += token.type === 'inline' ? pass.renderInline(token.children ?? []) : pass.renderToken(tokens, index);
  }
  return html + pass.sanitizer.end();
}

class RenderPass {
  /** For each of markdown-it's elements open, whether its opening tag was written. */
  private readonly written: boolean[] = [];

  constructor(
    private readonly md: MarkdownIt,
    readonly sanitizer: HtmlSanitizer,
    private readonly outline: OutlineCollector | null,
  ) {}

  renderInline(children: Token[]): string {
    let html = '';
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      // Markdown images follow the image policy (no mailto:), as raw <img> does.
      if (child.type === 'image' && !isSafeUrl(child.attrGet('src') ?? '', 'image')) child.attrs = child.attrs?.filter(([name]) => name !== 'src') ?? null;
      this.outline?.inline(children, index, this.sanitizer.dropping);
      html += this.renderToken(children, index);
    }
    return html;
  }

  renderToken(tokens: Token[], index: number): string {
    const token = tokens[index]!;
    if (token.type === 'html_block' || token.type === 'html_inline') {
      this.outline?.rawAt(this.outline.line, token.content);
      return this.sanitizer.write(token.content);
    }
    if (token.nesting === 1) {
      const write = !this.sanitizer.dropping;
      this.written.push(write);
      const closing = this.sanitizer.enter(token.hidden ? '' : token.tag);
      return write ? closing + this.trusted(tokens, index) : closing;
    }
    if (token.nesting === -1) return this.sanitizer.leave(this.written.pop() ? this.trusted(tokens, index) : '');
    // A rule or code block inside a raw <p> ends that paragraph first.
    const closing = token.block && token.type !== 'inline' ? this.sanitizer.blockStarts(token.type === 'fence' || token.type === 'code_block' ? 'pre' : token.tag) : '';
    return this.sanitizer.dropping ? closing : closing + this.trusted(tokens, index);
  }

  private trusted(tokens: Token[], index: number): string {
    const md = this.md;
    const rule = md.renderer.rules[tokens[index]!.type];
    return rule ? rule(tokens, index, md.options, {}, md.renderer) : md.renderer.renderToken(tokens, index, md.options);
  }
}

/**
 * Headings, images and links in document order with their file lines, from
 * the Markdown tokens and from raw `<img>` and `<a>` tags alike: both ship in
 * the page. What is dropped with its container is not on the page and is not
 * collected.
 */
class OutlineCollector {
  readonly headings: OutlineHeading[] = [];
  readonly images: OutlineImage[] = [];
  readonly links: OutlineLink[] = [];
  /** The file line of the token being rendered. */
  line = 1;
  private blockLine = 1;
  /** The raw piece being written, its first line, and how far into it lines are counted. */
  private piece = '';
  private pieceLine = 1;
  private countedTo = 0;
  /** A raw `<a>` still open: listed where it opens, its text filled in as it comes. */
  private openLink: { href: string; text: string; line: number } | null = null;

  constructor(private readonly lineOffset: number) {}

  block(tokens: readonly Token[], index: number, dropping: boolean): void {
    const token = tokens[index]!;
    if (token.map) this.blockLine = token.map[0] + 1 + this.lineOffset;
    this.line = this.blockLine;
    if (token.type === 'heading_open' && !dropping) {
      const inline = tokens[index + 1];
      this.headings.push({ level: Number(token.tag.slice(1)), text: plainText(inline?.children ?? []), id: token.attrGet('id') ?? '', line: this.blockLine });
    }
  }

  inline(children: readonly Token[], index: number, dropping: boolean): void {
    const child = children[index]!;
    if (child.type === 'softbreak' || child.type === 'hardbreak') this.line++;
    if (dropping) return;
    // A raw <a> around Markdown text: its text is the link's text.
    if (this.openLink && (child.type === 'text' || child.type === 'code_inline')) this.openLink.text += child.content;
    if (this.openLink && (child.type === 'softbreak' || child.type === 'hardbreak')) this.openLink.text += ' ';
    if (child.type === 'image') this.images.push({ src: child.attrGet('src') ?? '', alt: plainText(child.children ?? []), line: this.line });
    if (child.type === 'link_open') this.links.push({ href: child.attrGet('href') ?? '', text: linkText(children, index), line: this.line });
  }

  /** The raw HTML written next starts on this line. */
  rawAt(line: number, piece: string): void {
    this.piece = piece;
    this.pieceLine = line;
    this.countedTo = 0;
  }

  /** The line of a raw tag starting `offset` into the piece (tags come in order, so lines are counted once). */
  private rawLine(offset: number): number {
    for (let index = this.piece.indexOf('\n', this.countedTo); index !== -1 && index < offset; index = this.piece.indexOf('\n', index + 1)) this.pieceLine++;
    this.countedTo = Math.max(this.countedTo, offset);
    return this.pieceLine;
  }

  /** Raw images and links as the page has them: a URL the policy refuses is not there. */
  readonly rawTags: RawTagListener = {
    opened: (name, attributes, offset) => {
      if (name === 'img' && attributes.src !== undefined) {
        const src = isSafeUrl(attributes.src.trim(), 'image') ? attributes.src : '';
        this.images.push({ src, alt: attributes.alt ?? '', line: this.rawLine(offset) });
      }
      if (name === 'a' && attributes.href !== undefined && isSafeUrl(attributes.href.trim(), 'link')) {
        this.openLink = { href: attributes.href, text: '', line: this.rawLine(offset) };
        this.links.push(this.openLink);
      }
    },
    text: (text, dropped) => {
      if (this.openLink && !dropped) this.openLink.text += text;
    },
    closed: (name) => {
      if (name !== 'a' || !this.openLink) return;
      this.openLink.text = this.openLink.text.replace(/\s+/g, ' ').trim();
      this.openLink = null;
    },
  };
}

function plainText(children: readonly Token[]): string {
  return children.map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'image' ? plainText(child.children ?? []) : '')).join('');
}

function linkText(children: readonly Token[], openIndex: number): string {
  const inside: Token[] = [];
  for (let i = openIndex + 1; i < children.length && children[i]!.type !== 'link_close'; i++) inside.push(children[i]!);
  return plainText(inside);
}
