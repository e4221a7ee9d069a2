import type { FileFinding } from '../export/select-pages';
import type { LintContext } from '../seo/lint-context';
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
  /**
   * Copies an article to a new path, which must not exist (`ALREADY_EXISTS`,
   * as for createArticle). When the frontmatter parses and has a title, the
   * copy's title gets " (copy)" appended, changing nothing else; otherwise
   * the bytes are copied exactly.
   */
  duplicateArticle(from: string, to: string): Promise<ArticleFile>;
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
  /**
   * Stores unsaved edits outside the workspace (in the host's state folder,
   * per workspace, written atomically) so they survive a crash or a kill.
   * `baseHash` is the hash of the saved text the edits started from. A
   * successful save or a delete of the path discards its backup; a rename
   * moves it.
   */
  backupArticle(path: string, text: string, baseHash: string | null): Promise<void>;
  /** The backup of this article, or null. A backup whose text equals the file on disk is deleted and null returned. */
  readBackup(path: string): Promise<ArticleBackup | null>;
  discardBackup(path: string): Promise<void>;
  /** Paths that have a backup (for the library's unsaved markers after a restart). */
  listBackups(): Promise<string[]>;
  /**
   * Switches this host to another workspace folder (absolute; a leading `~`
   * is the home folder) and remembers it in the recent list. Fails with
   * `NOT_FOUND` or `INVALID_PATH` naming the folder. Later calls and events
   * are about the new workspace.
   */
  openWorkspace(root: string): Promise<WorkspaceInfo>;
  /** Most recent first, at most 10; folders that no longer exist are left out. */
  listRecentWorkspaces(): Promise<RecentWorkspace[]>;
  /**
   * Desktop: the system's open-folder dialog (null when cancelled). Web mode
   * rejects with `UNSUPPORTED`: the UI offers a path field instead.
   */
  pickWorkspaceFolder(): Promise<string | null>;
  /**
   * Copies an image into the article's asset folder,
   * `assets/<article path without .md>/`, under a safe name that never
   * replaces another file (`chart.png` taken: `chart-2.png`), written
   * atomically. Only PNG, JPEG, GIF and WebP up to 20 MB are taken, judged
   * by their bytes; anything else fails with `INVALID_REQUEST` naming the
   * file. The bytes travel as base64, which IPC and JSON both carry.
   */
  importAsset(articlePath: string, fileName: string, bytesBase64: string): Promise<ImportedAsset>;
  /**
   * What the SEO checks need to know of the workspace (every article's path,
   * title and description, and every file), read from the disk: the app runs
   * `lintArticle` on the editor's text against it.
   */
  getLintContext(): Promise<LintContext>;
  /** Outside changes to articles, export progress and menu commands. Returns the function that stops listening. */
  onWorkspaceEvent(listener: (event: WorkspaceEvent) => void): () => void;
}

export interface WorkspaceInfo {
  /** Absolute folder, for display. */
  readonly root: string;
  readonly name: string;
  readonly settings: WorkspaceSettings;
  readonly settingsProblems: readonly SettingsProblem[];
}

/** Unsaved edits of one article, kept by the host until saved or discarded. */
export interface ArticleBackup {
  readonly path: string;
  readonly text: string;
  /** The hash of the saved text the edits started from. */
  readonly baseHash: string | null;
  /** ISO 8601. */
  readonly savedAt: string;
}

export interface ImportedAsset {
  /** Workspace path, '/'-separated: `assets/guides/faq/chart-2.png`. */
  readonly path: string;
  readonly bytes: number;
  /** Pixels, from the file's header; null when it does not say. */
  readonly width: number | null;
  readonly height: number | null;
}

export interface RecentWorkspace {
  /** Absolute folder. */
  readonly root: string;
  readonly name: string;
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

/**
 * What the desktop menu (and, in web mode, the renderer's own shortcuts)
 * asks the UI to do.
 */
export type AppCommand =
  | 'new-article'
  | 'quick-open'
  | 'save'
  | 'toggle-preview'
  | 'focus-library'
  | 'focus-editor'
  | 'focus-preview'
  | 'export'
  | 'open-folder';

/** A menu command for the UI; sent by the desktop shell, never by the workspace itself. */
export interface CommandEvent {
  readonly kind: 'command';
  readonly command: AppCommand;
}

export type WorkspaceEvent = ArticleEvent | ExportProgressEvent | CommandEvent;

/** The request/response methods; `onWorkspaceEvent` is a subscription and travels its own way. */
export type StudioCallName = Exclude<keyof StudioApi, 'onWorkspaceEvent'>;
