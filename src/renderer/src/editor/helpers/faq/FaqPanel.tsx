import { useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { answerSummary, editableAnswer, findFaq, findFaqQuestions, moveFaqItem, removeFaqItem, type FaqItem } from '../../../../../core/faq';
import type { WorkspaceSettings } from '../../../../../core/site';
import type { EditorBridge } from '../../editor-bridge';
import { applyEdit } from '../apply-edit';
import type { HelperStatus } from '../helper-store';
import { addQuestion, saveQuestion, type FaqFormValue } from './faq-actions';
import { FaqItemForm } from './FaqItemForm';

interface Props {
  readonly body: string;
  readonly bridge: () => EditorBridge | null;
  readonly heading: WorkspaceSettings['faqHeading'];
  readonly onStatus: (status: HelperStatus) => void;
  readonly onClose: () => void;
}

const EMPTY: FaqFormValue = { question: '', answer: { mode: 'plain', text: '' } };
const UNDO_HINT = 'Ctrl+Z in the editor undoes it.';

/**
 * The FAQ manager: the article's questions in order, to add, edit, delete
 * and reorder (drag, buttons, or Alt+↑/↓ on a focused question). Each action
 * rewrites only the FAQ's own lines, through the editor, as one undo step;
 * the preview and the FAQPage JSON-LD follow the text.
 */
export function FaqPanel({ body, bridge, heading, onStatus, onClose }: Props) {
  const faq = useMemo(() => findFaq(body), [body]);
  const counted = useMemo(() => new Set(findFaqQuestions(body).map((item) => item.start)), [body]);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const titleId = useId();
  const hintId = useId();
  const items = faq.items;

  const itemElement = (index: number) => list.current?.querySelector<HTMLElement>(`[data-faq-index="${index}"]`);
  const edit = (next: string, focus?: () => HTMLElement | null | undefined) => applyEdit(bridge(), next, undefined, focus);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    edit(moveFaqItem(bridge()?.body() ?? body, from, to), () => itemElement(to));
    onStatus({ tone: 'info', message: `Moved “${items[from]!.question}” to position ${to + 1} of ${items.length}. ${UNDO_HINT}` });
  };
  const remove = (index: number) => {
    edit(removeFaqItem(bridge()?.body() ?? body, index), () => itemElement(Math.min(index, items.length - 2)) ?? list.current?.parentElement?.querySelector<HTMLElement>('.faq-add'));
    onStatus({ tone: 'info', message: `Deleted “${items[index]!.question}”. ${UNDO_HINT}` });
  };
  const add = (value: FaqFormValue) => {
    const added = addQuestion(bridge()?.body() ?? body, value, heading);
    setEditing(null);
    edit(added.body, () => itemElement(added.index));
    onStatus({ tone: 'info', message: `Added “${value.question}”${items.length === 0 && !faq.heading ? ` under a new “${heading.text}” heading` : ''}. ${UNDO_HINT}` });
  };
  const save = (index: number, before: FaqFormValue, after: FaqFormValue) => {
    setEditing(null);
    const base = bridge()?.body() ?? body;
    const next = saveQuestion(base, index, before, after);
    if (next !== base) edit(next, () => itemElement(index));
    onStatus({ tone: 'info', message: next === base ? 'Nothing changed.' : `Saved “${after.question}”. ${UNDO_HINT}` });
  };

  const onItemKey = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.target !== event.currentTarget || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const onDragOver = (event: DragEvent, index: number) => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropAt(index);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragging !== null) move(dragging, index);
    setDragging(null);
    setDropAt(null);
  };

  return (
    <section className="helper-panel faq-panel" aria-labelledby={titleId} data-testid="faq-panel">
      <header className="helper-panel-header">
        <h3 id={titleId}>FAQ manager</h3>
        <span className="helper-hint">
          {faq.heading ? `${items.length} ${items.length === 1 ? 'question' : 'questions'} under “${faq.heading.text}”` : items.length > 0 ? `${items.length} questions, no FAQ heading` : `No FAQ yet: the first question adds a “${heading.text}” heading.`}
        </span>
        <button type="button" className="helper-close" aria-label="Close the FAQ manager" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="helper-hint" id={hintId} hidden={items.length < 2}>
        Reorder by dragging a question, with its ↑ ↓ buttons, or focus it and press Alt+↑ / Alt+↓.
      </p>
      <ol className="faq-list" ref={list} aria-label="Questions" hidden={items.length === 0}>
        {items.map((item, index) =>
          editing === index ? (
            <li key={`edit-${index}`} className="faq-item faq-item-editing">
              <FaqItemForm initial={formValueOf(item)} submitLabel="Save" onSubmit={(after) => save(index, formValueOf(item), after)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li
              key={`${index}-${item.start}`}
              className={`faq-item${dragging === index ? ' faq-dragging' : ''}${dropAt === index && dragging !== index ? ' faq-drop-target' : ''}`}
              data-faq-index={index}
              tabIndex={0}
              draggable
              aria-label={`Question ${index + 1} of ${items.length}: ${item.question}`}
              aria-describedby={hintId}
              onKeyDown={(event) => onItemKey(event, index)}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('application/x-article-studio-faq', String(index));
                setDragging(index);
              }}
              onDragOver={(event) => onDragOver(event, index)}
              onDrop={(event) => onDrop(event, index)}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
            >
              <span className="faq-grip" aria-hidden="true">
                ⠿
              </span>
              <div className="faq-text">
                <span className="faq-question">{item.question}</span>
                <span className="faq-answer">{answerSummary(item) || '(no answer yet)'}</span>
                {!counted.has(item.start) && <span className="badge">Not in the FAQPage JSON-LD: it is not under the FAQ heading</span>}
              </div>
              <div className="faq-actions">
                <button type="button" aria-label={`Move up: ${item.question}`} title="Move up (Alt+↑)" disabled={index === 0} onClick={() => move(index, index - 1)}>
                  ↑
                </button>
                <button type="button" aria-label={`Move down: ${item.question}`} title="Move down (Alt+↓)" disabled={index === items.length - 1} onClick={() => move(index, index + 1)}>
                  ↓
                </button>
                <button type="button" aria-label={`Edit: ${item.question}`} onClick={() => setEditing(index)}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete: ${item.question}`} onClick={() => remove(index)}>
                  Delete
                </button>
              </div>
            </li>
          ),
        )}
      </ol>
      {editing === 'new' ? (
        <FaqItemForm initial={EMPTY} submitLabel="Add question" onSubmit={add} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="faq-add primary" onClick={() => setEditing('new')}>
          Add a question
        </button>
      )}
    </section>
  );
}

function formValueOf(item: FaqItem): FaqFormValue {
  return { question: item.question, answer: editableAnswer(item) };
}
