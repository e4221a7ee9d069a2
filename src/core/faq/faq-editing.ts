import { answerText, plainTextToHtml, type AnswerFormat } from './faq-render';
import { collapseWhitespace, decodeEntities, toPlainText } from './faq-text';
import type { FaqItem } from './faq-types';
import { toLf } from './text-lines';

/**
 * How a writer edits an answer in a form: as plain text (written as escaped
 * `<p>` paragraphs), as Markdown, or, for HTML that is more than plain
 * paragraphs, as that HTML.
 */
export type AnswerMode = 'plain' | 'markdown' | 'html';

export interface EditableAnswer {
  readonly mode: AnswerMode;
  readonly text: string;
}

const PARAGRAPH = /^\s*<p>([^<]*)<\/p>/;

/**
 * The answer as the form shows it. HTML made only of bare `<p>` paragraphs
 * of text is shown as that text, paragraphs a blank line apart, when
 * writing the text back gives exactly the same source (so opening and
 * saving a form changes nothing); any other HTML is shown as HTML.
 */
export function editableAnswer(item: Pick<FaqItem, 'answerSource' | 'answerFormat'>): EditableAnswer {
  const source = toLf(item.answerSource);
  if (item.answerFormat === 'markdown') return { mode: 'markdown', text: source };
  const paragraphs: string[] = [];
  let rest = source;
  for (let match = PARAGRAPH.exec(rest); match; match = PARAGRAPH.exec(rest)) {
    paragraphs.push(decodeEntities(collapseWhitespace(match[1]!)));
    rest = rest.slice(match[0].length);
  }
  const text = paragraphs.join('\n\n');
  const plain = rest.trim() === '' && paragraphs.length > 0 && answerText(plainTextToHtml(text), 'html') === source;
  return plain ? { mode: 'plain', text } : { mode: 'html', text: source };
}

/** What `addFaqItem` / `updateFaqItem` take for a typed answer. */
export function answerFromForm(answer: EditableAnswer): { readonly answer: string; readonly answerFormat: AnswerFormat } {
  if (answer.mode === 'markdown') return { answer: answer.text, answerFormat: 'markdown' };
  // Plain text is made HTML here, so text that happens to start with `<div` is still shown as typed.
  if (answer.mode === 'plain') return { answer: plainTextToHtml(answer.text), answerFormat: 'html' };
  return { answer: answer.text, answerFormat: 'html' };
}

/** The answer as a reader sees it, cut to `max` characters on a word boundary, for lists. */
export function answerSummary(item: Pick<FaqItem, 'answerSource'>, max = 140): string {
  const text = toPlainText(item.answerSource);
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
