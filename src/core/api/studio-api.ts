import type { FileFinding } from '../export/select-pages';
import type { SettingsProblem, WorkspaceSettings } from '../site/settings';

/**
 * Everything the UI can ask of the machine. Declared once, here, with types
 * only; served directly by the Node services, over IPC in Electron and over
 * loopback HTTP in web mode. Paths are workspace-relative and '/'-separated.
 */
export interface StudioApi {
  getWorkspace(): Promise<WorkspaceInfo>;
  listArticles(): Promise<ArticleSummary[]>;
  readArticle(path: string): Promise<ArticleFile>;
  /**
   * Writes atomically. `baseHash` is the hash of the text the edit started
   * from: when the file on disk no longer has it, nothing is written and the
   * call fails with code `CONFLICT`, so another program's change is never
   * overwritten silently. `null` skips the check (save as / keep mine).
   */
  saveArticle(path: string, text: string, baseHash: string | null): Promise<SavedArticle>;
  createArticle(path: string, title: string): Promise<ArticleFile>;
  renameArticle(from: string, to: string): Promise<void>;
  deleteArticle(path: string): Promise<void>;
  /**
   * Writes the static site from the files on disk (unsaved edits are not
   * included) and remembers the choices for this workspace. Progress arrives
   * as `export-progress` workspace events. A refused output folder fails with
   * `INVALID_PATH`.
   */
  exportWorkspace(request: ExportRequest): Promise<ExportSummary>;
  /** The choices of this workspace's last export, or the defaults. */
  getExportSettings(): Promise<ExportSettings>;
  /** Opens the last export's index.html with the system's browser; `NOT_FOUND` when there is none. */
  openExportResult(): Promise<void>;
  /** Outside changes to articles, and export progress. Returns the function that stops listening. */
  onWorkspaceEvent(listener: (event: WorkspaceEvent) => void): () => void;
}

export interface WorkspaceInfo {
  /** Absolute folder, for display. */
  readonly root: string;
  readonly name: string;
  readonly settings: WorkspaceSettings;
  readonly settingsProblems: readonly SettingsProblem[];
}

export interface ArticleSummary {
  readonly path: string;
  readonly url: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly draft: boolean;
  /** Set when the frontmatter does not parse; the article is still listed. */
  readonly problem: { readonly message: string; readonly line: number } | null;
}

export interface ArticleFile {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

export interface SavedArticle {
  readonly path: string;
  readonly hash: string;
}

export interface ExportRequest {
  readonly scope: 'workspace' | 'article';
  /** The article to export when `scope` is 'article'. */
  readonly article?: string;
  /** Absolute folder (a leading `~` is the home folder); null: the remembered one, else `<workspace>-site` beside the workspace. */
  readonly out: string | null;
  /** Links relative to each page, so the site works opened from disk. */
  readonly relative: boolean;
  /** Also write `<out>.zip` next to the folder. */
  readonly zip: boolean;
  readonly drafts: boolean;
}

export interface ExportSettings {
  /** Absolute output folder. */
  readonly out: string;
  readonly relative: boolean;
  readonly zip: boolean;
  readonly drafts: boolean;
}

/** A problem the export found, in one file of the workspace. */
export type ExportFinding = Pick<FileFinding, 'file' | 'line' | 'severity' | 'ruleId' | 'message'>;

export interface ExportSummary {
  /** The output folder, symlinks resolved. */
  readonly out: string;
  readonly pages: number;
  readonly assets: number;
  readonly bytes: number;
  /** Files written or copied; 0 when nothing changed. */
  readonly written: number;
  readonly unchanged: boolean;
  readonly findings: readonly ExportFinding[];
  /** The zip written, or null. */
  readonly zip: string | null;
}

/** Something changed on disk, not through this service. */
export type ArticleEvent =
  | { readonly kind: 'changed'; readonly path: string; readonly hash: string }
  | { readonly kind: 'added'; readonly path: string; readonly hash: string }
  | { readonly kind: 'removed'; readonly path: string };

/** Sent while an export runs: pages done of total, and the page just rendered. */
export interface ExportProgressEvent {
  readonly kind: 'export-progress';
  readonly done: number;
  readonly total: number;
  readonly current: string;
}

export type WorkspaceEvent = ArticleEvent | ExportProgressEvent;

/** The request/response methods; `onWorkspaceEvent` is a subscription and travels its own way. */
export type StudioCallName = Exclude<keyof StudioApi, 'onWorkspaceEvent'>;
