import { locateFaq, type LocatedFaq, type LocatedFaqItem } from './faq-find';
import { answerLines, answerText, CANONICAL_LAYOUT, convertAnswer, layoutOf, renderBlock, renderHeading, type AnswerFormat } from './faq-render';
import { collapseWhitespace, questionToSource } from './faq-text';
import type { BodyHeading } from './headings';
import { detectLineEnding, isBlankText, lineIndexAt, toLf, type LineEnding } from './text-lines';
import { beforeUnterminated, insertionPointAfterContent, removeLinesOf, sectionEnd, trailingScriptsStart } from './faq-placement';

/**
 * Every edit returns a new body in which only the lines of FAQ items (and,
 * for the first item, its new heading) differ; all other bytes, line
 * endings included, are kept. New lines use the body's own line ending.
 */

export interface NewFaqItem {
  /** Plain text; it is HTML-escaped when written. */
  readonly question: string;
  /** Markdown source, or for 'html' either HTML (starting with a block-level tag) or plain text. */
  readonly answer: string;
  readonly answerFormat: AnswerFormat;
}

export interface FaqItemChanges {
  readonly question?: string;
  readonly answer?: string;
  readonly answerFormat?: AnswerFormat;
}

export interface AddFaqItemOptions {
  /** Text of the heading created when the body has no FAQ yet. Default "Frequently Asked Questions". */
  readonly heading?: string;
  /** 1–6, default 2. */
  readonly headingLevel?: number;
  /** Default: the style most of the body's headings use, else 'markdown'. */
  readonly headingStyle?: 'markdown' | 'html';
}

export const DEFAULT_FAQ_HEADING = 'Frequently Asked Questions';

/**
 * Appends an item after the last one, one blank line apart. With no items,
 * it goes at the end of the FAQ heading's section, or — under a new heading
 * — at the end of the body, before any trailing `<script>` elements
 * (JSON-LD) so that the visible FAQ stays above the structured data.
 */
export function addFaqItem(body: string, item: NewFaqItem, options: AddFaqItemOptions = {}): string {
  const faq = locateFaq(body);
  const eol = detectLineEnding(body);
  const last = faq.items.at(-1);
  if (last) {
    const block = renderBlock(item, layoutOf(body, faq.lines, last), eol);
    // After the whole line, so anything following `</details>` on it stays with it, unless that
    // is an unclosed comment or script, which would swallow the new item.
    const at = Math.max(beforeUnterminated(body, faq, faq.lines[lineIndexAt(faq.lines, last.end - 1)]!.end), last.end);
    return body.slice(0, at) + eol + eol + block + body.slice(at);
  }
  const block = renderBlock(item, CANONICAL_LAYOUT, eol);
  if (faq.heading) {
    const at = insertionPointAfterContent(body, faq.lines, sectionEnd(body, faq, faq.heading));
    return body.slice(0, at) + eol + eol + block + body.slice(at);
  }
  const heading = renderHeading({
    text: options.heading ?? DEFAULT_FAQ_HEADING,
    level: validHeadingLevel(options.headingLevel ?? 2),
    style: options.headingStyle ?? prevailingHeadingStyle(faq.headings),
  });
  const limit = beforeUnterminated(body, faq, trailingScriptsStart(body, faq));
  const at = insertionPointAfterContent(body, faq.lines, limit);
  if (at > 0) return body.slice(0, at) + eol + eol + heading + eol + eol + block + body.slice(at);
  // Nothing but blank lines before the end (or before the trailing scripts).
  if (limit < body.length) return body.slice(0, limit) + heading + eol + eol + block + eol + eol + body.slice(limit);
  return body + heading + eol + eol + block + eol;
}

/**
 * Rewrites one item. A changed question replaces only the `<summary>`
 * content; a changed answer (or format) replaces only what lies between
 * `</summary>` and `</details>`. Values equal to the current ones change
 * nothing, so the same body comes back.
 */
export function updateFaqItem(body: string, index: number, changes: FaqItemChanges): string {
  const faq = locateFaq(body);
  const item = itemAt(faq.items, index);
  const eol = detectLineEnding(body);
  let result = body;
  const format = changes.answerFormat ?? item.answerFormat;
  if (changes.answer !== undefined || format !== item.answerFormat) {
    const text = changes.answer !== undefined ? answerText(changes.answer, format) : convertAnswer(item.answerSource, format);
    if (text !== toLf(item.answerSource)) {
      // The answer comes after the question, so rewriting it first leaves the question's offsets valid.
      result = result.slice(0, item.summaryEnd) + answerRegion(body, faq, item, text, format, eol) + result.slice(item.closeStart);
    }
  }
  if (changes.question !== undefined && collapseWhitespace(changes.question) !== item.question) {
    result = result.slice(0, item.questionStart) + questionToSource(changes.question) + result.slice(item.questionEnd);
  }
  return result;
}

/** The new text between `</summary>` and `</details>`, each answer line on a line of its own. */
function answerRegion(body: string, faq: LocatedFaq, item: LocatedFaqItem, text: string, format: AnswerFormat, eol: LineEnding): string {
  const layout = layoutOf(body, faq.lines, item);
  const closeLine = faq.lines[lineIndexAt(faq.lines, item.closeStart)]!;
  const beforeClose = body.slice(closeLine.start, item.closeStart);
  // Keep the `</details>` line as it is when it stands alone; a compact block gets the item's indentation.
  const closeIndent = isBlankText(beforeClose) && closeLine.start > item.summaryEnd ? beforeClose : layout.base;
  return eol + answerLines(text, format, layout).map((line) => line + eol).join('') + closeIndent;
}

/**
 * Removes an item's lines and one blank line next to them, so the items
 * around it stay one blank line apart. The FAQ heading stays even when the
 * last item goes.
 */
export function removeFaqItem(body: string, index: number): string {
  const faq = locateFaq(body);
  const item = itemAt(faq.items, index);
  const first = faq.lines[lineIndexAt(faq.lines, item.start)]!;
  const last = faq.lines[lineIndexAt(faq.lines, item.end - 1)]!;
  const sharesLine = !isBlankText(body.slice(first.start, item.start)) || !isBlankText(body.slice(item.end, last.end));
  // Text beside the block on its own lines is not the FAQ's to delete: take out the block alone.
  if (sharesLine) return body.slice(0, item.start) + body.slice(item.end);
  return removeLinesOf(body, faq.lines, lineIndexAt(faq.lines, item.start), lineIndexAt(faq.lines, item.end - 1));
}

/** Moves the item at `from` to position `to`; the text between item slots stays where it is. */
export function moveFaqItem(body: string, from: number, to: number): string {
  const { items } = locateFaq(body);
  itemAt(items, from);
  itemAt(items, to);
  if (from === to) return body;
  const blocks = items.map((item) => body.slice(item.start, item.end));
  const [moved] = blocks.splice(from, 1);
  blocks.splice(to, 0, moved!);
  let result = body.slice(0, items[0]!.start);
  items.forEach((item, position) => {
    result += blocks[position]! + body.slice(item.end, items[position + 1]?.start ?? body.length);
  });
  return result;
}

function itemAt(items: readonly LocatedFaqItem[], index: number): LocatedFaqItem {
  const item = Number.isInteger(index) ? items[index] : undefined;
  if (!item || index < 0) {
    const range = items.length === 0 ? 'the body has no FAQ items' : `valid indexes are 0–${items.length - 1}`;
    throw new RangeError(`FAQ item index ${index} is out of range: ${range}`);
  }
  return item;
}

function validHeadingLevel(level: number): number {
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new RangeError(`FAQ heading level must be an integer from 1 to 6, got ${level}`);
  return level;
}

function prevailingHeadingStyle(headings: readonly BodyHeading[]): 'markdown' | 'html' {
  const html = headings.filter((heading) => heading.style === 'html').length;
  return html > headings.length - html ? 'html' : 'markdown';
}
