import { useId, useState, type FormEvent } from 'react';
import type { AnswerMode } from '../../../../../core/faq';
import type { FaqFormValue } from './faq-actions';

interface Props {
  readonly initial: FaqFormValue;
  readonly submitLabel: string;
  readonly onSubmit: (value: FaqFormValue) => void;
  readonly onCancel: () => void;
}

const MODES: readonly { readonly mode: AnswerMode; readonly label: string; readonly hint: string }[] = [
  { mode: 'plain', label: 'Plain text', hint: 'Written as HTML paragraphs; a blank line starts a new one.' },
  { mode: 'markdown', label: 'Markdown', hint: 'Lists, links and emphasis as in the body.' },
  { mode: 'html', label: 'HTML', hint: 'Start with a block tag such as <p> or <ul>.' },
];

/** Adds or edits one question: its text, and its answer as plain text, Markdown or HTML. */
export function FaqItemForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const [question, setQuestion] = useState(initial.question);
  const [mode, setMode] = useState(initial.answer.mode);
  const [answer, setAnswer] = useState(initial.answer.text);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.trim() !== '') onSubmit({ question: question.trim(), answer: { mode, text: answer } });
  };
  return (
    <form className="faq-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onCancel())}>
      <label>
        Question
        <input autoFocus value={question} onChange={(event) => setQuestion(event.target.value)} required placeholder="What would a reader ask?" />
      </label>
      <fieldset className="faq-modes">
        <legend>Answer as</legend>
        {MODES.map((option) => (
          <label key={option.mode} title={option.hint}>
            <input type="radio" name={`${id}-mode`} value={option.mode} checked={mode === option.mode} onChange={() => setMode(option.mode)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <label>
        Answer
        <textarea value={answer} onChange={(event) => setAnswer(event.target.value)} rows={4} aria-describedby={`${id}-hint`} />
      </label>
      <p className="helper-hint" id={`${id}-hint`}>
        {MODES.find((option) => option.mode === mode)!.hint}
      </p>
      <div className="helper-buttons">
        <button type="submit" className="primary" disabled={question.trim() === ''}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
