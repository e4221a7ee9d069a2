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
  /** Outside changes to articles. Returns the function that stops listening. */
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

export type WorkspaceEvent =
  | { readonly kind: 'changed'; readonly path: string; readonly hash: string }
  | { readonly kind: 'added'; readonly path: string; readonly hash: string }
  | { readonly kind: 'removed'; readonly path: string };

/** The request/response methods; `onWorkspaceEvent` is a subscription and travels its own way. */
export type StudioCallName = Exclude<keyof StudioApi, 'onWorkspaceEvent'>;
