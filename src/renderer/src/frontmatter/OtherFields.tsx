import { useState } from 'react';
import { deleteField, isArticleError, setFieldFromSource, type Article } from '../../../core/article';
import { FORM_KEYS } from './edit-fields';

interface Props {
  readonly article: Article;
  readonly onChange: (edit: (current: Article) => Article) => void;
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Keys the form does not know, edited as YAML values; nothing is hidden from the writer. */
export function OtherFields({ article, onChange }: Props) {
  const keys = Object.keys(article.data).filter((key) => !FORM_KEYS.has(key));
  const [newKey, setNewKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const apply = (edit: (current: Article) => Article) => {
    try {
      onChange(edit);
      setProblem(null);
    } catch (error) {
      if (!isArticleError(error) && !(error instanceof Error)) throw error;
      setProblem(isArticleError(error) ? error.reason : error.message);
    }
  };
  return (
    <fieldset className="field other-fields">
      <legend>Other fields</legend>
      {keys.length === 0 && <p className="field-note">None.</p>}
      {keys.map((key) => (
        <div key={key} className="other-field">
          <label>
            <span className="other-key">{key}</span>
            <input
              defaultValue={shown(article.data[key])}
              key={shown(article.data[key])}
              onBlur={(event) => {
                if (event.target.value !== shown(article.data[key])) apply((current) => setFieldFromSource(current, key, event.target.value));
              }}
            />
          </label>
          <button type="button" aria-label={`Remove the field ${key}`} onClick={() => apply((current) => deleteField(current, key))}>
            ×
          </button>
        </div>
      ))}
      <form
        className="other-field"
        onSubmit={(event) => {
          event.preventDefault();
          const key = newKey.trim();
          if (!key) return;
          apply((current) => setFieldFromSource(current, key, '""'));
          setNewKey('');
        }}
      >
        <input aria-label="New field name" placeholder="new_field" value={newKey} onChange={(event) => setNewKey(event.target.value)} />
        <button type="submit">Add field</button>
      </form>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
