import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { ExportProgressEvent, ExportRequest, ExportSettings, ExportSummary } from '../../core/api';
import { StudioError } from '../../core/api';
import { exportSite, type ExportResult } from '../export';
import { readManifest } from '../export/manifest';
import { ExportSettingsStore } from './export-settings-store';

export interface WorkspaceExportOptions {
  /** Where the chosen export settings are remembered; absent: nothing is. */
  readonly stateDir?: string | undefined;
  /** Opens a file with the system (browser for index.html); absent: openResult fails. */
  readonly openResult?: ((absolutePath: string) => Promise<void>) | undefined;
}

/** At most this often a progress event: thousands of pages must not flood the SSE stream or React. */
const PROGRESS_INTERVAL_MS = 50;

/**
 * The export side of one workspace service: runs exportSite with what the
 * dialog chose, reports its progress as workspace events, remembers the
 * choices, and opens the result.
 */
export class WorkspaceExport {
  private readonly store: ExportSettingsStore;
  /** Exports run one after another: two into one folder at once would race on its staging and swap. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The folder of the last export this service made; else the remembered one is opened. */
  private lastOut: string | null = null;

  constructor(
    private readonly root: string,
    private readonly options: WorkspaceExportOptions,
    private readonly emit: (event: ExportProgressEvent) => void,
  ) {
    this.store = new ExportSettingsStore(options.stateDir);
  }

  settings(): Promise<ExportSettings> {
    return this.store.read(this.root);
  }

  run(request: ExportRequest): Promise<ExportSummary> {
    const next = this.queue.catch(() => undefined).then(() => this.runNow(request));
    this.queue = next;
    return next;
  }

  /** Resolves once no export is running (closing waits, so a swap is never cut off halfway). */
  async idle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private async runNow(request: ExportRequest): Promise<ExportSummary> {
    if (request.scope === 'article' && !request.article) throw new StudioError('INVALID_REQUEST', 'Choose the article to export');
    const out = request.out === null ? (await this.store.read(this.root)).out : absoluteFolder(request.out);
    let result: ExportResult;
    try {
      result = await exportSite(this.root, {
        out,
        only: request.scope === 'article' && request.article ? [request.article] : [],
        drafts: request.drafts,
        relative: request.relative,
        ...(request.zip ? { zip: `${out}.zip` } : {}),
        onProgress: this.throttledProgress(),
      });
    } catch (error) {
      if (error instanceof StudioError) throw error;
      throw new StudioError('IO_ERROR', `Export to ${out} failed: ${(error as Error).message ?? String(error)}`, out);
    }
    this.lastOut = result.out;
    // The site is written; a state folder we cannot write only costs the memory of these choices.
    await this.store.remember(this.root, { out, relative: request.relative, zip: request.zip, drafts: request.drafts }).catch(() => undefined);
    return toSummary(result);
  }

  /** Every page's progress would be one event each; the first, the last and one per interval are enough to draw a bar. */
  private throttledProgress() {
    let last = 0;
    return ({ done, total, current }: { done: number; total: number; current: string }) => {
      const now = performance.now();
      if (done !== 1 && done < total && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      this.emit({ kind: 'export-progress', done, total, current });
    };
  }

  /** Opens index.html of the last export, and only of a folder an export made (it holds our manifest). */
  async openResult(): Promise<void> {
    const folder = this.lastOut ?? (await this.store.read(this.root)).out;
    if ((await readManifest(folder)) === null) throw new StudioError('NOT_FOUND', `There is no export in ${folder} yet`, folder);
    if (!this.options.openResult) throw new StudioError('IO_ERROR', 'Opening files is not available here');
    try {
      await this.options.openResult(join(folder, 'index.html'));
    } catch (error) {
      throw new StudioError('IO_ERROR', `Could not open ${folder}: ${(error as Error).message ?? String(error)}`, folder);
    }
  }
}

/**
 * The folder as typed into the dialog. Web mode has no folder picker, so a
 * leading `~` is accepted; a relative path is refused, because it would be
 * taken from whatever folder the server happened to start in.
 */
function absoluteFolder(typed: string): string {
  const trimmed = typed.trim();
  const expanded = trimmed === '~' || /^~[/\\]/.test(trimmed) ? join(homedir(), trimmed.slice(1)) : trimmed;
  if (!isAbsolute(expanded)) {
    throw new StudioError('INVALID_PATH', `Refused export folder ${trimmed}: give a full path, such as ${join(homedir(), 'site')}`, trimmed);
  }
  return resolve(expanded);
}

/** Plain data for the transports: the findings without anything a check may attach (fixes). */
function toSummary(result: ExportResult): ExportSummary {
  return {
    out: result.out,
    pages: result.pages,
    assets: result.assets,
    bytes: result.bytes,
    written: result.written,
    unchanged: result.unchanged,
    findings: result.findings.map(({ file, line, severity, ruleId, message }) => ({ file, line, severity, ruleId, message })),
    zip: result.zip,
  };
}
