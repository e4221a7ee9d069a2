import { toPlainText } from './faq-text';
import { isOpaque, type OpaqueRange } from './opaque-ranges';
import { lineText, type TextLine } from './text-lines';

/** A heading line of the body, written as Markdown (`## Text`) or as an HTML `<h2>Text</h2>` line. */
export interface BodyHeading {
  readonly text: string;
  readonly level: number;
  readonly style: 'markdown' | 'html';
  /** 1-based line, and the offsets of the line's text (line ending excluded). */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const HTML_HEADING = /^[ \t]*<h([1-6])(?:\s(?:"[^"]*"|'[^']*'|[^'">])*)?>(.*)<\/h\1\s*>[ \t]*$/i;

/** Every heading line outside code and comments, in order. */
export function findHeadings(body: string, lines: readonly TextLine[], opaque: readonly OpaqueRange[]): BodyHeading[] {
  const headings: BodyHeading[] = [];
  lines.forEach((line, index) => {
    const text = lineText(body, line);
    if (!text.includes('#') && !text.includes('<')) return;
    const firstVisible = line.start + text.length - text.trimStart().length;
    if (isOpaque(opaque, firstVisible)) return;
    const atx = ATX_HEADING.exec(text);
    const html = atx ? null : HTML_HEADING.exec(text);
    const match = atx ?? html;
    if (!match) return;
    const level = atx ? atx[1]!.length : Number(html![1]);
    headings.push({ text: toPlainText(match[2] ?? ''), level, style: atx ? 'markdown' : 'html', line: index + 1, start: line.start, end: line.end });
  });
  return headings;
}

/** "Frequently Asked Questions", "FAQ" or "FAQs", in any case, with or without a trailing colon. */
export function isFaqHeadingText(text: string): boolean {
  const name = text.trim().replace(/:$/, '').trim().toLowerCase();
  return name === 'frequently asked questions' || name === 'faq' || name === 'faqs';
}

/**
 * The FAQ heading that governs an item at `offset`: walking back from it,
 * the first FAQ-titled heading that is an ancestor section of the item.
 * Sub-headings in between (`### Billing` under `## FAQ`) are passed over; a
 * sibling or parent section in between (`## Conclusion`) ends the search,
 * because then the FAQ heading belongs to another part of the article.
 */
export function faqHeadingBefore(headings: readonly BodyHeading[], offset: number): BodyHeading | null {
  let shallowestPassed = Infinity;
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index]!;
    if (heading.start >= offset) continue;
    if (heading.level < shallowestPassed && isFaqHeadingText(heading.text)) return heading;
    shallowestPassed = Math.min(shallowestPassed, heading.level);
    if (shallowestPassed === 1) return null;
  }
  return null;
}
