import type { StudioApi } from '../../core/api';

export interface WorkspaceOptions {
  /** Moves a file to the system trash; defaults to the `trash` package with a `.trash/` fallback. */
  readonly trash?: (absolutePath: string) => Promise<void>;
  /** The clock, for new articles' dates. */
  readonly now?: () => Date;
  /** Watch the folder for outside changes (default true). */
  readonly watch?: boolean;
  /**
   * The app's per-user state folder (the CLI's data folder, Electron's
   * userData): export choices are remembered there per workspace. Absent:
   * nothing is remembered.
   */
  readonly stateDir?: string;
  /**
   * Opens a file with the system's default application: how "Open result"
   * shows an export's index.html. Supplied by the host (Electron's shell, the
   * CLI's OS opener) because only it knows how; absent: openExportResult fails.
   */
  readonly openResult?: (absolutePath: string) => Promise<void>;
}

/**
 * The calls a host answers itself rather than one workspace: unsaved-edit
 * backups (kept outside the workspace), switching folders, the recent list
 * and the folder picker (src/node/host).
 */
export type HostCallName =
  | 'backupArticle'
  | 'readBackup'
  | 'discardBackup'
  | 'listBackups'
  | 'openWorkspace'
  | 'listRecentWorkspaces'
  | 'pickWorkspaceFolder';

/** The Node implementation of StudioApi's calls about one workspace folder, plus its lifecycle. */
export interface WorkspaceService extends Omit<StudioApi, HostCallName> {
  readonly root: string;
  /** Starts watching now and resolves once outside changes will be reported. */
  watching(): Promise<void>;
  /** Stops watching; pending saves finish first. */
  close(): Promise<void>;
}
