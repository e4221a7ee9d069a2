import type { ExportFinding, ExportProgressEvent, ExportSummary } from '../../../core/api';
import type { ExportPhase } from './use-export';

interface Props {
  readonly phase: ExportPhase;
  readonly openError: string | null;
  readonly onOpenResult: () => void;
}

/** Below the form: the progress while the export runs, then what it wrote and found, or why it failed. */
export function ExportOutcome({ phase, openError, onOpenResult }: Props) {
  if (phase.state === 'idle') return null;
  if (phase.state === 'running') return <ExportProgress progress={phase.progress} />;
  if (phase.state === 'failed') {
    return (
      <p className="notice notice-error export-outcome" role="alert" data-testid="export-error">
        {phase.message}
      </p>
    );
  }
  return <ExportResult summary={phase.summary} openError={openError} onOpenResult={onOpenResult} />;
}

function ExportProgress({ progress }: { progress: ExportProgressEvent | null }) {
  return (
    <div className="export-outcome export-progress" data-testid="export-progress">
      <progress max={progress?.total || 1} value={progress?.done ?? undefined} aria-label="Export progress" />
      <p className="export-muted" aria-live="polite">
        {progress ? `${progress.done} / ${progress.total} · ${progress.current}` : 'Preparing…'}
      </p>
    </div>
  );
}

function ExportResult({ summary, openError, onOpenResult }: { summary: ExportSummary; openError: string | null; onOpenResult: () => void }) {
  return (
    <section className="export-outcome export-result" data-testid="export-result" aria-label="Export result">
      <p role="status">
        <strong>
          Exported {plural(summary.pages, 'page')} and {plural(summary.assets, 'asset')} ({formatBytes(summary.bytes)})
        </strong>
        {' · '}
        {summary.unchanged ? 'Nothing changed since the last export; no file was rewritten.' : `${plural(summary.written, 'file')} written.`}
      </p>
      <p className="export-muted export-path">
        to <code>{summary.out}</code>
        {summary.zip && (
          <>
            {' '}
            and <code>{summary.zip}</code>
          </>
        )}
      </p>
      {summary.findings.length > 0 && <FindingList findings={summary.findings} />}
      <div className="export-actions">
        <button type="button" onClick={onOpenResult}>
          Open result
        </button>
      </div>
      {openError && (
        <p className="notice notice-error" role="alert">
          {openError}
        </p>
      )}
    </section>
  );
}

const SEVERITY_ICONS = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

function FindingList({ findings }: { findings: readonly ExportFinding[] }) {
  return (
    <>
      <h3 className="export-findings-title">{plural(findings.length, 'problem')} found</h3>
      <ul className="export-findings" aria-label="Export findings">
        {findings.map((finding, index) => (
          <li key={`${finding.file}:${finding.line}:${finding.ruleId}:${index}`} className={`finding finding-${finding.severity}`}>
            <span className="finding-icon" role="img" aria-label={finding.severity}>
              {SEVERITY_ICONS[finding.severity]}
            </span>
            <span>
              <code>
                {finding.file}:{finding.line}
              </code>{' '}
              — {finding.message} <span className="export-muted">[{finding.ruleId}]</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
