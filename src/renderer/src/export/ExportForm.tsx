import { useId, type FormEvent } from 'react';

/** What the writer chooses in the dialog; the request is built from it. */
export interface ExportChoices {
  readonly scope: 'workspace' | 'article';
  readonly out: string;
  readonly relative: boolean;
  readonly zip: boolean;
  readonly drafts: boolean;
}

interface Props {
  readonly choices: ExportChoices;
  readonly onChange: (change: Partial<ExportChoices>) => void;
  readonly onSubmit: () => void;
  /** The open article, or null: "Current article" is then unavailable. */
  readonly article: string | null;
  /** While an export runs nothing can be changed. */
  readonly busy: boolean;
}

/** The scope, the output folder and the options, with the Export button. */
export function ExportForm({ choices, onChange, onSubmit, article, busy }: Props) {
  const folderId = useId();
  const folderHelpId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <form className="export-form" onSubmit={submit} aria-label="Export options">
      <fieldset disabled={busy}>
        <legend>What to export</legend>
        <label className="export-choice">
          <input type="radio" name="export-scope" checked={choices.scope === 'workspace'} onChange={() => onChange({ scope: 'workspace' })} />
          Whole workspace
        </label>
        <label className="export-choice">
          <input
            type="radio"
            name="export-scope"
            checked={choices.scope === 'article'}
            disabled={article === null}
            onChange={() => onChange({ scope: 'article' })}
          />
          <span>
            Current article <span className="export-muted">({article ?? 'none open'})</span>
          </span>
        </label>
        {choices.scope === 'article' && (
          <p className="export-hint">The folder will then hold this article&apos;s page only: pages of an earlier whole-site export there are removed.</p>
        )}
      </fieldset>

      <fieldset disabled={busy}>
        <legend>Where</legend>
        <label htmlFor={folderId}>Output folder</label>
        <input
          id={folderId}
          className="export-folder"
          type="text"
          value={choices.out}
          onChange={(event) => onChange({ out: event.target.value })}
          aria-describedby={folderHelpId}
          spellCheck={false}
          autoComplete="off"
          required
        />
        <p id={folderHelpId} className="export-hint">
          A full path; the folder is created if needed. Files you put there yourself (a CNAME, a favicon) are kept.
        </p>
      </fieldset>

      <fieldset disabled={busy}>
        <legend>Options</legend>
        <label className="export-choice">
          <input type="checkbox" checked={choices.relative} onChange={(event) => onChange({ relative: event.target.checked })} />
          Relative links (for opening from disk)
        </label>
        <label className="export-choice">
          <input type="checkbox" checked={choices.zip} onChange={(event) => onChange({ zip: event.target.checked })} />
          Also write a .zip
        </label>
        <label className="export-choice">
          <input type="checkbox" checked={choices.drafts} onChange={(event) => onChange({ drafts: event.target.checked })} />
          Include drafts
        </label>
      </fieldset>

      <div className="export-actions">
        <button type="submit" className="button-primary" disabled={busy || choices.out.trim() === ''}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </form>
  );
}
