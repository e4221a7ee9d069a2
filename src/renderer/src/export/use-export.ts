import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgressEvent, ExportRequest, ExportSummary } from '../../../core/api';
import { studio } from '../lib/api';

/** Where the export stands, from the dialog's point of view. */
export type ExportPhase =
  | { readonly state: 'idle' }
  /** `progress` stays null until the first page is rendered (and for an export with nothing to render). */
  | { readonly state: 'running'; readonly request: ExportRequest; readonly progress: ExportProgressEvent | null }
  | { readonly state: 'done'; readonly summary: ExportSummary }
  | { readonly state: 'failed'; readonly message: string };

/**
 * One export at a time from this window: the progress the service reports as
 * workspace events, and the outcome.
 */
export function useExport() {
  const [phase, setPhase] = useState<ExportPhase>({ state: 'idle' });
  const [openError, setOpenError] = useState<string | null>(null);
  /**
   * Set only while our own call is on its way. In web mode progress comes on
   * the event stream and the result on another connection, so a late progress
   * event must not turn a finished export back into a running one; and
   * another window's export is not ours to show.
   */
  const running = useRef(false);

  useEffect(
    () =>
      studio.onWorkspaceEvent((event) => {
        if (event.kind === 'export-progress' && running.current) {
          setPhase((phase) => (phase.state === 'running' ? { ...phase, progress: event } : phase));
        }
      }),
    [],
  );

  const run = useCallback(async (request: ExportRequest) => {
    if (running.current) return;
    running.current = true;
    setOpenError(null);
    setPhase({ state: 'running', request, progress: null });
    try {
      const summary = await studio.exportWorkspace(request);
      running.current = false;
      setPhase({ state: 'done', summary });
    } catch (error) {
      running.current = false;
      setPhase({ state: 'failed', message: (error as Error).message });
    }
  }, []);

  const openResult = useCallback(() => {
    setOpenError(null);
    studio.openExportResult().catch((error: Error) => setOpenError(error.message));
  }, []);

  /** Forgets the last outcome, unless an export is still running (its outcome must not be lost). */
  const reset = useCallback(() => {
    if (running.current) return;
    setPhase({ state: 'idle' });
    setOpenError(null);
  }, []);

  return { phase, openError, run, openResult, reset };
}
