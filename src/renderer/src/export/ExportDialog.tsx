import { useCallback, useId } from 'react';
import { ExportPanel } from './ExportPanel';
import { useExport } from './use-export';
import { useModalDialog } from '../lib/use-modal-dialog';
import './export.css';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The article open in the editor, or null. */
  readonly article: string | null;
  /** The open article has edits not yet on disk, which the export would miss. */
  readonly unsaved: boolean;
  /** Saves the open article; resolves false when it could not be saved. */
  readonly onSave: () => Promise<boolean>;
}

/**
 * Export the site, as a modal dialog. The export itself lives here, mounted
 * while the dialog is closed, so one that runs on after Escape still shows
 * its progress and outcome when the dialog is reopened; the form inside is
 * built afresh at each opening from the remembered settings.
 */
export function ExportDialog({ open, onClose, article, unsaved, onSave }: Props) {
  const titleId = useId();
  const exporter = useExport();
  const { reset } = exporter;
  // A finished outcome is for the opening that produced it; the next one starts from the form.
  const close = useCallback(() => {
    reset();
    onClose();
  }, [reset, onClose]);
  const { ref, onDialogClose, onKeyDown } = useModalDialog(open, close);

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onClose={onDialogClose}
      onKeyDown={onKeyDown}
      data-testid="export-dialog"
    >
      <header className="export-header">
        <h2 id={titleId}>Export site</h2>
        <button type="button" className="export-close" onClick={close} aria-label="Close">
          ×
        </button>
      </header>
      {open && <ExportPanel exporter={exporter} article={article} unsaved={unsaved} onSave={onSave} />}
    </dialog>
  );
}
