import { addFaqItem, answerFromForm, findFaq, updateFaqItem, type EditableAnswer, type FaqItemChanges } from '../../../../../core/faq';
import type { WorkspaceSettings } from '../../../../../core/site';

/** A question as the FAQ form holds it. */
export interface FaqFormValue {
  readonly question: string;
  readonly answer: EditableAnswer;
}

/** Adds a question after the last one, under the workspace's FAQ heading when the article has none yet. */
export function addQuestion(body: string, value: FaqFormValue, heading: WorkspaceSettings['faqHeading']): { body: string; index: number } {
  const next = addFaqItem(body, { question: value.question, ...answerFromForm(value.answer) }, { heading: heading.text, headingLevel: heading.level });
  return { body: next, index: findFaq(next).items.length - 1 };
}

/**
 * Saves an edited question, passing on only what the writer changed, so an
 * unchanged answer keeps its bytes even when the form shows it differently.
 */
export function saveQuestion(body: string, index: number, before: FaqFormValue, after: FaqFormValue): string {
  const changes: { -readonly [K in keyof FaqItemChanges]: FaqItemChanges[K] } = {};
  if (after.question !== before.question) changes.question = after.question;
  if (after.answer.text !== before.answer.text || after.answer.mode !== before.answer.mode) Object.assign(changes, answerFromForm(after.answer));
  return updateFaqItem(body, index, changes);
}
