export type { FaqItem, FaqSection } from './faq-types';
export { findFaq, findFaqQuestions } from './faq-find';
export {
  addFaqItem,
  updateFaqItem,
  removeFaqItem,
  moveFaqItem,
  DEFAULT_FAQ_HEADING,
  type NewFaqItem,
  type FaqItemChanges,
  type AddFaqItemOptions,
} from './faq-edit';
export type { AnswerFormat } from './faq-render';
export { editableAnswer, answerFromForm, answerSummary, type AnswerMode, type EditableAnswer } from './faq-editing';
export { isFaqHeadingText } from './headings';
