import { useEffect, useState } from 'react';
import type { ExportRequest } from '../../../core/api';
import { studio } from '../lib/api';
import { ExportForm, type ExportChoices } from './ExportForm';
import { ExportOutcome } from './ExportOutcome';
import type { useExport } from './use-export';

interface Props {
  readonly exporter: ReturnType<typeof useExport>;
  readonly article: string | null;
  readonly unsaved: boolean;
  readonly onSave: () => Promise<boolean>;
}

/** The dialog's content for one opening: the choices (remembered ones first), the unsaved-edits warning, the outcome. */
export function ExportPanel({ exporter, article, unsaved, onSave }: Props) {
  const { phase, openError, run, openResult } = exporter;
  const running = phase.state === 'running';
  // An export still running keeps showing what it was asked for.
  const [choices, setChoices] = useState<ExportChoices | null>(() => (phase.state === 'running' ? choicesOf(phase.request) : null));
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (choices !== null) return;
    // Asked at every opening: another window may have exported since.
    studio.getExportSettings().then(
      (settings) => setChoices((current) => current ?? { scope: 'workspace', ...settings }),
      (error: Error) => setLoadError(error.message),
    );
  }, [choices]);

  // "Current article" with no article open any more (closed, renamed) means the workspace.
  const effective = choices?.scope === 'article' && article === null ? { ...choices, scope: 'workspace' as const } : choices;

  const startExport = () => {
    if (!effective) return;
    void run({
      scope: effective.scope,
      ...(effective.scope === 'article' && article ? { article } : {}),
      out: effective.out.trim(),
      relative: effective.relative,
      zip: effective.zip,
      drafts: effective.drafts,
    });
  };

  return (
    <div className="export-panel">
      {unsaved && (
        <div className="notice notice-warning export-unsaved" role="note" data-testid="export-unsaved">
          <span>
            <strong>{article}</strong> has unsaved changes. The export reads the files on disk, so it would leave them out.
          </span>
          <button type="button" onClick={() => void onSave()} disabled={running}>
            Save now
          </button>
        </div>
      )}
      {loadError && (
        <p className="notice notice-error" role="alert">
          Could not read the export settings: {loadError}
        </p>
      )}
      {effective ? (
        <ExportForm
          choices={effective}
          onChange={(change) => setChoices((current) => current && { ...current, ...change })}
          onSubmit={startExport}
          article={article}
          busy={running}
        />
      ) : (
        !loadError && <p className="export-muted">Reading the export settings…</p>
      )}
      <ExportOutcome phase={phase} openError={openError} onOpenResult={openResult} />
    </div>
  );
}

function choicesOf(request: ExportRequest): ExportChoices {
  return { scope: request.scope, out: request.out ?? '', relative: request.relative, zip: request.zip, drafts: request.drafts };
}
