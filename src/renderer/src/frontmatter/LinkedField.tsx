import { useId, type ReactNode } from 'react';

interface Props {
  readonly label: string;
  /** What the file says (undefined when the key is missing). */
  readonly written: string | undefined;
  /** The field it follows (title or description) and its name. */
  readonly source: string;
  readonly sourceName: string;
  readonly multiline?: boolean;
  readonly onChange: (value: string) => void;
  readonly onRelink: () => void;
  readonly children?: ReactNode;
}

/**
 * og_title and friends: linked to the title (or description) while they are
 * empty or equal to it, which is what the page then uses; typing a
 * different value overrides it, and re-linking makes it follow again.
 */
export function LinkedField({ label, written, source, sourceName, multiline, onChange, onRelink, children }: Props) {
  const id = useId();
  const linked = written === undefined || written.trim() === '' || written === source;
  const shown = written === undefined || written.trim() === '' ? '' : written;
  const input = multiline ? (
    <textarea id={id} rows={2} value={shown} placeholder={source} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <input id={id} value={shown} placeholder={source} onChange={(event) => onChange(event.target.value)} />
  );
  return (
    <div className="field" data-testid={`field-${label.toLowerCase().replace(/\s+/g, '-')}`}>
      <label htmlFor={id}>{label}</label>
      {input}
      <div className="field-meta">
        {linked ? (
          <span className="link-state" data-linked="true">
            Linked to the {sourceName}
          </span>
        ) : (
          <>
            <span className="link-state" data-linked="false">
              Overrides the {sourceName}
            </span>
            <button type="button" onClick={onRelink}>
              Re-link to the {sourceName}
            </button>
          </>
        )}
        {children}
      </div>
    </div>
  );
}
