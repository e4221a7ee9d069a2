import type { FaqItem, FaqSection } from './faq-types';
import { trimAnswer } from './answer-source';
import { detectAnswerFormat, toPlainText } from './faq-text';
import { faqHeadingBefore, findHeadings, isFaqHeadingText, type BodyHeading } from './headings';
import { findOpaqueRanges, isOpaque, type OpaqueRange } from './opaque-ranges';
import { lineIndexAt, splitLines, type TextLine } from './text-lines';

/** An item with the positions the editors need besides the public ones. */
export interface LocatedFaqItem extends FaqItem {
  /** Offset of the `<` of `<summary`. */
  readonly summaryStart: number;
  /** Offsets of the question between `<summary…>` and `</summary>`. */
  readonly questionStart: number;
  readonly questionEnd: number;
  /** Just past `</summary>`: the answer region runs from here to `closeStart`. */
  readonly summaryEnd: number;
  /** Offset of the `<` of `</details>`. */
  readonly closeStart: number;
}

export interface LocatedFaq {
  readonly lines: readonly TextLine[];
  readonly opaque: readonly OpaqueRange[];
  readonly headings: readonly BodyHeading[];
  readonly items: readonly LocatedFaqItem[];
  readonly heading: BodyHeading | null;
}

export function findFaq(body: string): FaqSection {
  const { items, heading } = locateFaq(body);
  return {
    heading: heading && { text: heading.text, level: heading.level, line: heading.line, start: heading.start, end: heading.end },
    items: items.map(publicItem),
  };
}

/**
 * The items that are the article's FAQ, for FAQPage structured data: those
 * under an FAQ heading ("Frequently Asked Questions", "FAQ"). A body with no
 * such heading counts every item, since some articles write their FAQ
 * without one; a body with one does not turn an unrelated `<details>`
 * ("Show the config") elsewhere into a question.
 */
export function findFaqQuestions(body: string): FaqItem[] {
  const { items, headings } = locateFaq(body);
  if (!headings.some((heading) => isFaqHeadingText(heading.text))) return items.map(publicItem);
  return items.filter((item) => faqHeadingBefore(headings, item.start) !== null).map(publicItem);
}

function publicItem(item: LocatedFaqItem): FaqItem {
  const { question, questionSource, answerSource, answerFormat, open, start, end, startLine, endLine } = item;
  return { question, questionSource, answerSource, answerFormat, open, start, end, startLine, endLine };
}

export function locateFaq(body: string): LocatedFaq {
  const lines = splitLines(body);
  const opaque = findOpaqueRanges(body);
  const headings = findHeadings(body, lines, opaque);
  const items = outermostBlocks(body, opaque)
    .map((block) => readItem(body, lines, opaque, block))
    .filter((item): item is LocatedFaqItem => item !== null);
  // With no items yet, the FAQ heading is the last one in the body: where the first item would go.
  const heading = items[0] ? faqHeadingBefore(headings, items[0].start) : (headings.findLast((h) => isFaqHeadingText(h.text)) ?? null);
  return { lines, opaque, headings, items, heading };
}

interface DetailsBlock {
  readonly start: number;
  readonly openTagEnd: number;
  readonly attributes: string;
  readonly closeStart: number;
  readonly end: number;
}

interface OpenTag {
  readonly start: number;
  readonly end: number;
  readonly attributes: string;
  closed: boolean;
}

const DETAILS_TAG = /<(\/?)details(?=[\s/>])((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;

/**
 * Matched `<details>`…`</details>` pairs that sit inside no other matched
 * pair. A closing tag closes the innermost open one, as in HTML. An opening
 * tag that is never closed is dropped and the blocks inside it count as
 * outermost: a half-typed `<details>` must not hide the rest of the FAQ.
 */
function outermostBlocks(body: string, opaque: readonly OpaqueRange[]): DetailsBlock[] {
  const stack: OpenTag[] = [];
  const pairs: { block: DetailsBlock; enclosing: OpenTag[] }[] = [];
  for (const match of body.matchAll(DETAILS_TAG)) {
    if (isOpaque(opaque, match.index)) continue;
    if (match[1] === '') {
      stack.push({ start: match.index, end: match.index + match[0].length, attributes: match[2]!, closed: false });
      continue;
    }
    const open = stack.pop();
    if (!open) continue;
    open.closed = true;
    const block = { start: open.start, openTagEnd: open.end, attributes: open.attributes, closeStart: match.index, end: match.index + match[0].length };
    pairs.push({ block, enclosing: [...stack] });
  }
  return pairs
    .filter((pair) => pair.enclosing.every((tag) => !tag.closed))
    .map((pair) => pair.block)
    .sort((a, b) => a.start - b.start);
}

const SUMMARY_OPEN = /<summary(?=[\s>])(?:"[^"]*"|'[^']*'|[^'">])*>/iy;
const SUMMARY_CLOSE = /<\/summary\s*>/gi;

/** The block as an FAQ item, or null when its first child is not a `<summary>`. */
function readItem(body: string, lines: readonly TextLine[], opaque: readonly OpaqueRange[], block: DetailsBlock): LocatedFaqItem | null {
  SUMMARY_OPEN.lastIndex = skipWhitespaceAndComments(body, block.openTagEnd);
  const summaryOpen = SUMMARY_OPEN.exec(body);
  if (!summaryOpen) return null;
  const questionStart = summaryOpen.index + summaryOpen[0].length;
  SUMMARY_CLOSE.lastIndex = questionStart;
  let summaryClose = SUMMARY_CLOSE.exec(body);
  while (summaryClose && isOpaque(opaque, summaryClose.index)) summaryClose = SUMMARY_CLOSE.exec(body);
  if (!summaryClose || summaryClose.index >= block.closeStart) return null;
  const questionSource = body.slice(questionStart, summaryClose.index);
  const summaryEnd = summaryClose.index + summaryClose[0].length;
  const answerSource = trimAnswer(body.slice(summaryEnd, block.closeStart));
  return {
    question: toPlainText(questionSource),
    questionSource,
    answerSource,
    answerFormat: detectAnswerFormat(answerSource),
    open: hasOpenAttribute(block.attributes),
    start: block.start,
    end: block.end,
    startLine: lineIndexAt(lines, block.start) + 1,
    endLine: lineIndexAt(lines, block.end - 1) + 1,
    summaryStart: summaryOpen.index,
    questionStart,
    questionEnd: summaryClose.index,
    summaryEnd,
    closeStart: block.closeStart,
  };
}

function skipWhitespaceAndComments(body: string, from: number): number {
  const filler = /(?:\s+|<!--[\s\S]*?-->)*/y;
  filler.lastIndex = from;
  filler.exec(body);
  return filler.lastIndex;
}

function hasOpenAttribute(attributes: string): boolean {
  // Blank out quoted values so that class="open" does not count.
  return /(?:^|\s)open(?=[\s=/]|$)/i.test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'));
}
