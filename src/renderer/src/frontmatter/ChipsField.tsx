import { useId, useState, type KeyboardEvent } from 'react';

interface Props {
  readonly label: string;
  readonly items: readonly string[];
  readonly onChange: (items: string[]) => void;
  /** Marks the first chip (the focus keyword). */
  readonly firstNote?: string;
}

/** A list as removable chips; Enter or a comma adds what is typed. */
export function ChipsField({ label, items, onChange, firstNote }: Props) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    const fresh = draft
      .split(/[,，]/)
      .map((item) => item.trim())
      .filter((item) => item && !items.includes(item));
    if (fresh.length > 0) onChange([...items, ...fresh]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && items.length > 0) {
      onChange(items.slice(0, -1));
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <ul className="chips" aria-label={label}>
        {items.map((item, index) => (
          <li key={`${item}-${index}`} className="chip" data-testid="chip">
            <span>{item}</span>
            {index === 0 && firstNote && <span className="chip-note">{firstNote}</span>}
            <button type="button" aria-label={`Remove ${item}`} onClick={() => onChange(items.filter((_, other) => other !== index))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input id={id} value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={onKeyDown} onBlur={add} placeholder="Type and press Enter" />
    </div>
  );
}
