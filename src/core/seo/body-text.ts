import type Token from 'markdown-it/lib/token.mjs';
import { locateFaq } from '../faq/faq-find';
import type { OutlineHeading } from '../markdown';
import { markdownParser } from '../markdown/markdown-parser';

export interface BodyHeading {
  readonly level: number;
  readonly text: string;
  /** File line. */
  readonly line: number;
}

/** A paragraph of prose as a reader reads it: text only, inline code, images and HTML tags left out. */
export interface BodyParagraph {
  readonly text: string;
  /** File line of its first line. */
  readonly line: number;
}

/**
 * Markdown headings (from the render's outline) and the `<h2>…</h2>` lines
 * articles write by hand, FAQ headings especially, in body order.
 */
export function bodyHeadings(body: string, bodyLine: number, markdown: readonly OutlineHeading[]): BodyHeading[] {
  const html = locateFaq(body)
    .headings.filter((heading) => heading.style === 'html')
    .map((heading) => ({ level: heading.level, text: heading.text, line: heading.line + bodyLine - 1 }));
  return [...markdown.map(({ level, text, line }) => ({ level, text, line })), ...html].sort((a, b) => a.line - b.line);
}

/**
 * The body's paragraphs, in order. Code blocks, tables and HTML blocks are
 * no paragraphs, so they are never measured as prose.
 */
export function bodyParagraphs(body: string, bodyLine: number): BodyParagraph[] {
  const tokens = markdownParser().parse(body, {});
  const paragraphs: BodyParagraph[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'paragraph_open') return;
    const text = plainText(tokens[index + 1]?.children ?? []).replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push({ text, line: (token.map?.[0] ?? 0) + bodyLine });
  });
  return paragraphs;
}

function plainText(children: readonly Token[]): string {
  return children.map((child) => (child.type === 'text' ? child.content : child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : '')).join('');
}
