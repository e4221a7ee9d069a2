import { trimTypedAnswer } from './answer-source';
import type { LocatedFaqItem } from './faq-find';
import { collapseWhitespace, detectAnswerFormat, escapeHtml, questionToSource } from './faq-text';
import { isBlankText, leadingWhitespace, lineIndexAt, lineText, toLf, type LineEnding, type TextLine } from './text-lines';

export type AnswerFormat = 'html' | 'markdown';

/**
 * How an item is indented: `base` before `<details>` and `</details>` (an
 * FAQ inside a list item or a `<div>`), `child` added before `<summary>`
 * and HTML answer lines.
 */
export interface BlockLayout {
  readonly base: string;
  readonly child: string;
}

export const CANONICAL_LAYOUT: BlockLayout = { base: '', child: '  ' };

/** The indentation an existing item was written with, so that new and rewritten items match it. */
export function layoutOf(body: string, lines: readonly TextLine[], item: LocatedFaqItem): BlockLayout {
  const detailsLine = lines[lineIndexAt(lines, item.start)]!;
  const beforeDetails = body.slice(detailsLine.start, item.start);
  const base = isBlankText(beforeDetails) ? beforeDetails : '';
  const summaryLine = lines[lineIndexAt(lines, item.summaryStart)]!;
  const beforeSummary = body.slice(summaryLine.start, item.summaryStart);
  if (summaryLine !== detailsLine && isBlankText(beforeSummary)) return { base, child: relativeIndent(beforeSummary, base) };
  // `<details><summary>Q</summary>` on one line: the HTML answer lines show the style. Markdown
  // answers are unindented by necessity, so they say nothing about it.
  if (item.answerFormat === 'html') {
    const first = lines.slice(lineIndexAt(lines, item.summaryEnd) + 1).find((line) => line.start < item.closeStart && !isBlankText(lineText(body, line)));
    if (first && first.end <= item.closeStart) return { base, child: relativeIndent(leadingWhitespace(lineText(body, first)), base) };
  }
  return { base, child: CANONICAL_LAYOUT.child };
}

function relativeIndent(indent: string, base: string): string {
  return indent.startsWith(base) ? indent.slice(base.length) : indent;
}

/**
 * An answer as it will be written, LF-separated and without indentation
 * (the same shape as `FaqItem.answerSource`, so the two compare directly).
 * Markdown is kept as typed. For HTML, text that already starts with a
 * block-level tag is kept as typed; anything else is plain text: escaped,
 * with each paragraph (split on blank lines) in its own `<p>`.
 */
export function answerText(answer: string, format: AnswerFormat): string {
  const text = trimTypedAnswer(toLf(answer));
  if (format === 'markdown' || detectAnswerFormat(text) === 'html') return text;
  return plainTextToHtml(text);
}

export function plainTextToHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map(collapseWhitespace)
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

const PARAGRAPHS_ONLY = /^(?:\s*<p(?:\s[^>]*)?>(?:(?!<\/?p[\s>])[\s\S])*<\/p>)+\s*$/i;

/**
 * An existing answer re-expressed in the other format when only the format
 * changes. HTML made only of `<p>` paragraphs becomes those paragraphs (inline
 * HTML is valid Markdown); other HTML is kept as it is. Markdown becomes
 * HTML as plain text would: its syntax is shown literally, not converted.
 */
export function convertAnswer(answerSource: string, to: AnswerFormat): string {
  const text = toLf(answerSource);
  if (to === 'html') return plainTextToHtml(text);
  if (!PARAGRAPHS_ONLY.test(text)) return text;
  return [...text.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/gi)].map((match) => collapseWhitespace(match[1]!)).join('\n\n');
}

/**
 * The lines between `</summary>` and `</details>`: HTML indented under the
 * summary; Markdown unindented between blank lines, which is what makes
 * CommonMark read it as Markdown inside the HTML block.
 */
export function answerLines(text: string, format: AnswerFormat, layout: BlockLayout): string[] {
  if (text === '') return [];
  if (format === 'html') return text.split('\n').map((line) => (line.trim() === '' ? '' : layout.base + layout.child + line));
  return ['', ...text.split('\n').map((line) => (line.trim() === '' ? '' : layout.base + line)), ''];
}

export interface ItemContent {
  readonly question: string;
  readonly answer: string;
  readonly answerFormat: AnswerFormat;
}

/** A whole `<details>` block in the canonical shape, without a final line ending. */
export function renderBlock(content: ItemContent, layout: BlockLayout, eol: LineEnding): string {
  const text = answerText(content.answer, content.answerFormat);
  return [
    `${layout.base}<details>`,
    `${layout.base}${layout.child}<summary>${questionToSource(content.question)}</summary>`,
    ...answerLines(text, content.answerFormat, layout),
    `${layout.base}</details>`,
  ].join(eol);
}

export interface HeadingSpec {
  readonly text: string;
  readonly level: number;
  readonly style: 'markdown' | 'html';
}

export function renderHeading({ text, level, style }: HeadingSpec): string {
  const title = collapseWhitespace(text);
  return style === 'html' ? `<h${level}>${escapeHtml(title)}</h${level}>` : `${'#'.repeat(level)} ${title}`;
}
