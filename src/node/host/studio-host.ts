import type {
  ArticleBackup,
  ArticleFile,
  ArticleSummary,
  ExportRequest,
  ExportSettings,
  ExportSummary,
  ImportedAsset,
  RecentWorkspace,
  SavedArticle,
  StudioApi,
  WorkspaceEvent,
  WorkspaceInfo,
} from '../../core/api';
import { StudioError } from '../../core/api';
import type { LintContext } from '../../core/seo';
import { isArticlePath } from '../../core/site';
import { readArticleText } from '../workspace/article-text';
import { resolveInWorkspace } from '../workspace/safe-path';
import type { WorkspaceService } from '../workspace/workspace-options';
import { BackupStore } from './backup-store';
import { RecentWorkspaces } from './recent-workspaces';
import { workspaceFolder } from './workspace-folder';

export interface StudioHostOptions {
  /**
   * The app's per-user state folder (the CLI's data folder, Electron's
   * userData): the recent list and the backups live there, never in a
   * workspace.
   */
  readonly stateDir: string;
  /** Opens a workspace folder (with the export state and "open result" the host's caller supplies). */
  readonly openWorkspace: (root: string) => Promise<WorkspaceService>;
  /** The system's folder dialog; absent (web mode): pickWorkspaceFolder fails with UNSUPPORTED. */
  readonly pickFolder?: () => Promise<string | null>;
  /** Called after every successful switch (the desktop menu rebuilds Open Recent). */
  readonly onWorkspaceOpened?: (root: string) => void;
  /** For `~` in typed folders; the user's home by default. */
  readonly homeDir?: string;
  /** The clock, for backups' savedAt. */
  readonly now?: () => Date;
}

interface Current {
  readonly service: WorkspaceService;
  readonly backups: BackupStore;
}

/**
 * The StudioApi a process serves: one workspace at a time, switchable.
 * Calls go to the workspace that was current when they arrived (a call in
 * flight during a switch finishes where it started); listeners stay
 * subscribed across switches and hear only the current workspace.
 */
export class StudioHost implements StudioApi {
  private current: Current;
  private readonly recents: RecentWorkspaces;
  private readonly listeners = new Set<(event: WorkspaceEvent) => void>();
  private detach: (() => void) | null = null;
  /** Switches run one after another: two quick ones must not both close the same old workspace. */
  private switching: Promise<unknown> = Promise.resolve();
  /** Workspaces switched away from, still finishing their saves and exports. */
  private readonly closing = new Set<Promise<unknown>>();

  private constructor(
    initial: WorkspaceService,
    private readonly options: StudioHostOptions,
  ) {
    this.current = this.currentFor(initial);
    this.recents = new RecentWorkspaces(options.stateDir);
  }

  /** Wraps an already opened workspace and remembers it as the most recent one. */
  static async start(initial: WorkspaceService, options: StudioHostOptions): Promise<StudioHost> {
    const host = new StudioHost(initial, options);
    await host.recents.remember(initial.root).catch(() => undefined);
    return host;
  }

  /** The current workspace's real folder. */
  get root(): string {
    return this.current.service.root;
  }

  getWorkspace(): Promise<WorkspaceInfo> {
    return this.current.service.getWorkspace();
  }

  listArticles(): Promise<ArticleSummary[]> {
    return this.current.service.listArticles();
  }

  readArticle(path: string): Promise<ArticleFile> {
    return this.current.service.readArticle(path);
  }

  async saveArticle(path: string, text: string, baseHash: string | null): Promise<SavedArticle> {
    const { service, backups } = this.current;
    // Read before saving: a backup written while the save runs holds newer edits and stays.
    const revision = backups.revision(path);
    const saved = await service.saveArticle(path, text, baseHash);
    // The save succeeded; a backup that could not be removed is cleaned up by readBackup's equal-to-disk rule.
    await backups.discardUnlessNewer(path, revision).catch(() => undefined);
    return saved;
  }

  async createArticle(path: string, title: string): Promise<ArticleFile> {
    const { service, backups } = this.current;
    const created = await service.createArticle(path, title);
    // A backup left at this name belongs to a deleted file, not to the new article.
    await backups.setAside(path);
    return created;
  }

  async duplicateArticle(from: string, to: string): Promise<ArticleFile> {
    const { service, backups } = this.current;
    const copy = await service.duplicateArticle(from, to);
    await backups.setAside(to);
    return copy;
  }

  async renameArticle(from: string, to: string): Promise<void> {
    const { service, backups } = this.current;
    await service.renameArticle(from, to);
    await backups.move(from, to);
  }

  async deleteArticle(path: string): Promise<void> {
    const { service, backups } = this.current;
    await service.deleteArticle(path);
    await backups.discard(path);
  }

  exportWorkspace(request: ExportRequest): Promise<ExportSummary> {
    return this.current.service.exportWorkspace(request);
  }

  getExportSettings(): Promise<ExportSettings> {
    return this.current.service.getExportSettings();
  }

  openExportResult(): Promise<void> {
    return this.current.service.openExportResult();
  }

  getLintContext(): Promise<LintContext> {
    return this.current.service.getLintContext();
  }

  backupArticle(path: string, text: string, baseHash: string | null): Promise<void> {
    return this.current.backups.write(path, text, baseHash);
  }

  async readBackup(path: string): Promise<ArticleBackup | null> {
    const { backups } = this.current;
    // Taken before reading: a backup written while this compares must survive it.
    const revision = backups.revision(path);
    const backup = await backups.read(path);
    if (backup === null) return null;
    const { real } = await confineArticle(backups.workspaceRoot, path);
    // A missing or unreadable file keeps its backup: then the backup may be the only copy.
    const onDisk = await readArticleText(real, path).catch(() => null);
    if (onDisk === backup.text) {
      await backups.discardUnlessNewer(path, revision);
      return null;
    }
    return backup;
  }

  discardBackup(path: string): Promise<void> {
    return this.current.backups.discard(path);
  }

  listBackups(): Promise<string[]> {
    return this.current.backups.list();
  }

  openWorkspace(root: string): Promise<WorkspaceInfo> {
    const next = this.switching.catch(() => undefined).then(() => this.switchTo(root));
    this.switching = next;
    return next;
  }

  listRecentWorkspaces(): Promise<RecentWorkspace[]> {
    return this.recents.list();
  }

  importAsset(articlePath: string, fileName: string, bytesBase64: string): Promise<ImportedAsset> {
    return this.current.service.importAsset(articlePath, fileName, bytesBase64);
  }

  async pickWorkspaceFolder(): Promise<string | null> {
    if (!this.options.pickFolder) {
      throw new StudioError('UNSUPPORTED', 'This browser cannot show a folder dialog: type the folder\'s full path instead');
    }
    return this.options.pickFolder();
  }

  onWorkspaceEvent(listener: (event: WorkspaceEvent) => void): () => void {
    this.listeners.add(listener);
    // Subscribed to the workspace only while someone listens, as a workspace
    // itself starts watching only then.
    if (this.detach === null) this.attach(this.current.service);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.detach !== null) {
        this.detach();
        this.detach = null;
      }
    };
  }

  /** Resolves once the current workspace reports outside changes (tests wait for it). */
  watching(): Promise<void> {
    return this.current.service.watching();
  }

  /** After any switch in progress; the workspace's pending saves finish first. */
  async close(): Promise<void> {
    await this.switching.catch(() => undefined);
    await Promise.all([...this.closing]);
    this.detach?.();
    this.detach = null;
    await this.current.service.close();
  }

  private async switchTo(typed: string): Promise<WorkspaceInfo> {
    const folder = await workspaceFolder(typed, this.options.homeDir);
    const opened = await this.options.openWorkspace(folder);
    const previous = this.current.service;
    if (opened.root === previous.root) {
      await opened.close();
    } else {
      this.current = this.currentFor(opened);
      if (this.detach !== null) {
        this.detach();
        this.attach(opened);
      }
      // Closed in the background: its saves and exports still in flight
      // finish (close waits for them), but the switch returns at once, so the
      // page reloads onto the new workspace instead of sending its calls
      // there while the old one winds down. A watcher that fails to stop must
      // not undo a switch that happened.
      const closing = previous.close().catch(() => undefined);
      this.closing.add(closing);
      void closing.finally(() => this.closing.delete(closing));
    }
    // The switch happened; an entry that could not be written only costs a menu item.
    await this.recents.remember(this.root).catch(() => undefined);
    this.options.onWorkspaceOpened?.(this.root);
    return this.current.service.getWorkspace();
  }

  private attach(service: WorkspaceService): void {
    this.detach = service.onWorkspaceEvent((event) => this.listeners.forEach((listener) => listener(event)));
  }

  private currentFor(service: WorkspaceService): Current {
    const confine = (path: string) => confineArticle(service.root, path);
    return { service, backups: new BackupStore(this.options.stateDir, service.root, { confine, now: this.options.now }) };
  }
}

/** Backups obey the article rules of every other call: inside the workspace, symlinks resolved, an article path. */
async function confineArticle(root: string, path: string) {
  const resolved = await resolveInWorkspace(root, path);
  if (!isArticlePath(path)) {
    throw new StudioError('INVALID_PATH', `${path} is not an article: articles are .md files outside assets/ and dot-folders`, path);
  }
  return resolved;
}
