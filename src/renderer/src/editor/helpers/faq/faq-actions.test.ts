import { describe, expect, it } from 'vitest';
import { editableAnswer, findFaq } from '../../../../../core/faq';
import { addQuestion, saveQuestion } from './faq-actions';

const lf = (...lines: string[]) => lines.join('\n');

describe('FAQ form actions', () => {
  it('creates the configured heading for the first question, then appends', () => {
    const first = addQuestion('Intro.\n', { question: 'Why?', answer: { mode: 'plain', text: 'Because.' } }, { text: 'Questions & Answers', level: 3 });
    expect(first).toEqual({ body: lf('Intro.', '', '### Questions & Answers', '', '<details>', '  <summary>Why?</summary>', '  <p>Because.</p>', '</details>', ''), index: 0 });
    const second = addQuestion(first.body, { question: 'How?', answer: { mode: 'markdown', text: 'With **care**.' } }, { text: 'ignored', level: 2 });
    expect(second.index).toBe(1);
    expect(findFaq(second.body).items.map((item) => item.question)).toEqual(['Why?', 'How?']);
  });

  it('saves only what changed, so an answer the form shows as text keeps its bytes', () => {
    const body = lf('## FAQ', '', '<details>', '<summary>Old?</summary>', '<p>Keep   these&nbsp;bytes.</p>', '</details>');
    const item = findFaq(body).items[0]!;
    const before = { question: item.question, answer: editableAnswer(item) };
    expect(saveQuestion(body, 0, before, { ...before, question: 'New?' })).toBe(body.replace('Old?', 'New?'));
    expect(saveQuestion(body, 0, before, before)).toBe(body);
    expect(saveQuestion(body, 0, before, { ...before, answer: { mode: 'plain', text: 'Fresh.' } })).toBe(body.replace('<p>Keep   these&nbsp;bytes.</p>', '<p>Fresh.</p>'));
  });
});
