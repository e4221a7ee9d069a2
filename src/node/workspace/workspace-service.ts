import { mkdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { ArticleFile, ArticleSummary, ExportRequest, ExportSettings, ExportSummary, ImportedAsset, SavedArticle, WorkspaceEvent, WorkspaceInfo } from '../../core/api';
import { StudioError } from '../../core/api';
import { newArticleText } from '../../core/article';
import { EXPORT_MANIFEST_FILE, isArticlePath, parseSettings } from '../../core/site';
import type { LintContext } from '../../core/seo';
import { readLintContext } from '../lint/read-lint-workspace';
import { hashText, readArticleText, toStudioError } from './article-text';
import { writeNewFile } from './write-new-file';
import { readSettingsText } from './settings-file';
import { renameWithoutReplacing } from './rename-without-replacing';
import { writeFileAtomic } from './atomic-write';
import { duplicateText } from './duplicate-text';
import { importAsset } from './import-asset';
import { listArticleSummaries } from './list-articles';
import { removeAbandonedTempFiles } from './atomic-write';
import { resolveInWorkspace } from './safe-path';
import { moveToTrash } from './trash';
import { ArticleWatcher } from './watcher';
import { WorkspaceExport } from './workspace-export';
import type { WorkspaceOptions, WorkspaceService } from './workspace-options';

export async function openWorkspace(root: string, options: WorkspaceOptions = {}): Promise<WorkspaceService> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
    if (!(await stat(realRoot)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch {
    throw new StudioError('NOT_FOUND', `Workspace folder not found: ${root}`, root);
  }
  return new NodeWorkspace(realRoot, options);
}

class NodeWorkspace implements WorkspaceService {
  /** Hash of the last content we read or wrote, per article: the watcher's and the conflict check's memory. */
  private readonly knownHashes = new Map<string, string>();
  private readonly listeners = new Set<(event: WorkspaceEvent) => void>();
  private readonly watcher: ArticleWatcher;
  /** Saves to one path run one after another, so two quick saves cannot interleave. */
  private readonly pendingWrites = new Map<string, Promise<unknown>>();
  private readonly exports: WorkspaceExport;

  constructor(
    readonly root: string,
    private readonly options: WorkspaceOptions,
  ) {
    this.watcher = new ArticleWatcher(root, this.knownHashes, (event) => this.emit(event));
    this.exports = new WorkspaceExport(root, options, (event) => this.emit(event));
  }

  private emit(event: WorkspaceEvent): void {
    this.listeners.forEach((listener) => listener(event));
  }

  async getWorkspace(): Promise<WorkspaceInfo> {
    const { settings, problems } = parseSettings(await readSettingsText(this.root));
    return { root: this.root, name: basename(this.root), settings, settingsProblems: problems };
  }

  async listArticles(): Promise<ArticleSummary[]> {
    const { settings } = await this.getWorkspace();
    const { summaries, tempFiles } = await listArticleSummaries(this.root, settings, (path, text) => this.rememberRead(path, hashText(text)));
    // A crashed save's temp file goes at the next listing (removeAbandonedTempFiles says which).
    await removeAbandonedTempFiles(tempFiles.map((path) => join(this.root, path)));
    return summaries;
  }

  /**
   * What a read or a listing saw fills gaps only: the watcher's and our own
   * writes' knowledge is newer, and overwriting it could hide an outside
   * change the watcher has not reported yet.
   */
  private rememberRead(path: string, hash: string): void {
    if (!this.knownHashes.has(path)) this.knownHashes.set(path, hash);
  }

  /** Our own write, under every name the watcher may report it by (a symlink's target too). */
  private rememberWrite(path: string, real: string, hash: string): void {
    this.knownHashes.set(path, hash);
    const realRelative = relative(this.root, real).split(sep).join('/');
    if (realRelative !== path && !realRelative.startsWith('..')) this.knownHashes.set(realRelative, hash);
  }

  async readArticle(path: string): Promise<ArticleFile> {
    const { real } = await this.resolveArticle(path);
    const text = await readArticleText(real, path);
    const hash = hashText(text);
    this.rememberRead(path, hash);
    return { path, text, hash };
  }

  saveArticle(path: string, text: string, baseHash: string | null): Promise<SavedArticle> {
    return this.serialized(path, async () => {
      const { real } = await this.resolveArticle(path);
      if (baseHash !== null) {
        const onDisk = await readArticleText(real, path).then(hashText, (error: StudioError) => {
          if (error.code === 'NOT_FOUND') return null;
          throw error;
        });
        if (onDisk !== baseHash) {
          throw new StudioError(
            'CONFLICT',
            onDisk === null
              ? `${path} was deleted by another program since you opened it; nothing was written`
              : `${path} was changed by another program since you opened it; nothing was written`,
            path,
          );
        }
      }
      const hash = hashText(text);
      this.rememberWrite(path, real, hash);
      try {
        await writeFileAtomic(real, text);
      } catch (error) {
        this.knownHashes.delete(path);
        throw toStudioError(error, path);
      }
      return { path, hash };
    });
  }

  async createArticle(path: string, title: string): Promise<ArticleFile> {
    const { real } = await this.resolveArticle(path);
    return this.writeNewArticle(path, real, newArticleText(title, (this.options.now ?? (() => new Date()))()));
  }

  async duplicateArticle(from: string, to: string): Promise<ArticleFile> {
    const source = await this.resolveArticle(from);
    const { real } = await this.resolveArticle(to);
    return this.writeNewArticle(to, real, duplicateText(await readArticleText(source.real, from)));
  }

  /** Writes a file that must not exist yet; the check is repeated behind any save running on the path. */
  private async writeNewArticle(path: string, real: string, text: string): Promise<ArticleFile> {
    if (await exists(real)) throw new StudioError('ALREADY_EXISTS', `${path} already exists`, path);
    await mkdir(dirname(real), { recursive: true });
    return this.serialized(path, async () => {
      if (await exists(real)) throw new StudioError('ALREADY_EXISTS', `${path} already exists`, path);
      const hash = hashText(text);
      this.rememberWrite(path, real, hash);
      // Never over a file another program created since the check: the
      // write fails on a taken name instead of replacing it.
      await writeNewFile(real, new TextEncoder().encode(text)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new StudioError('ALREADY_EXISTS', `${path} already exists`, path);
        throw toStudioError(error, path);
      });
      return { path, text, hash };
    });
  }

  renameArticle(from: string, to: string): Promise<void> {
    // Behind any save still running on either path: a rename racing a save
    // would leave the old name recreated beside the new one.
    return this.serialized(from, () =>
      this.serialized(to, async () => {
        const source = await this.resolveArticle(from);
        const target = await this.resolveArticle(to);
        if (!(await exists(source.absolute))) throw new StudioError('NOT_FOUND', `${from} does not exist`, from);
        if (await exists(target.real)) throw new StudioError('ALREADY_EXISTS', `${to} already exists; nothing was renamed`, to);
        await mkdir(dirname(target.real), { recursive: true });
        const hash = this.knownHashes.get(from);
        this.knownHashes.delete(from);
        if (hash) this.knownHashes.set(to, hash);
        try {
          await renameWithoutReplacing(source.absolute, target.real);
        } catch (error) {
          if (hash) this.knownHashes.set(from, hash);
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new StudioError('ALREADY_EXISTS', `${to} already exists; nothing was renamed`, to);
          throw toStudioError(error, from);
        }
      }),
    );
  }

  deleteArticle(path: string): Promise<void> {
    return this.serialized(path, async () => {
      const { absolute } = await this.resolveArticle(path);
      if (!(await exists(absolute))) throw new StudioError('NOT_FOUND', `${path} does not exist`, path);
      this.knownHashes.delete(path);
      await moveToTrash(absolute, this.root, this.options.trash, this.options.now).catch((error: unknown) => {
        throw toStudioError(error, path);
      });
    });
  }

  exportWorkspace(request: ExportRequest): Promise<ExportSummary> {
    return this.exports.run(request);
  }

  getExportSettings(): Promise<ExportSettings> {
    return this.exports.settings();
  }

  openExportResult(): Promise<void> {
    return this.exports.openResult();
  }

  getLintContext(): Promise<LintContext> {
    return readLintContext(this.root);
  }

  importAsset(articlePath: string, fileName: string, bytesBase64: string): Promise<ImportedAsset> {
    return importAsset(this.root, articlePath, fileName, bytesBase64);
  }

  onWorkspaceEvent(listener: (event: WorkspaceEvent) => void): () => void {
    this.listeners.add(listener);
    if (this.options.watch !== false) void this.watcher.start();
    return () => this.listeners.delete(listener);
  }

  /** Resolves when the watcher is ready to report changes (tests and the server wait for it). */
  async watching(): Promise<void> {
    await this.watcher.start();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.pendingWrites.values(), this.exports.idle()]);
    await this.watcher.close();
  }

  private async resolveArticle(path: string) {
    const resolved = await resolveInWorkspace(this.root, path);
    if (!isArticlePath(path)) {
      throw new StudioError('INVALID_PATH', `${path} is not an article: articles are .md files outside assets/ and dot-folders`, path);
    }
    if (await this.isInsideExportOutput(path)) {
      throw new StudioError('INVALID_PATH', `${path} is inside an export's output folder, not an article`, path);
    }
    return resolved;
  }

  private async isInsideExportOutput(path: string): Promise<boolean> {
    const folders = path.split('/').slice(0, -1);
    for (let depth = folders.length; depth > 0; depth--) {
      if (await exists(join(this.root, ...folders.slice(0, depth), EXPORT_MANIFEST_FILE))) return true;
    }
    return false;
  }

  private serialized<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.pendingWrites.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.pendingWrites.set(path, next);
    void next.finally(() => {
      if (this.pendingWrites.get(path) === next) this.pendingWrites.delete(path);
    }).catch(() => undefined);
    return next;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
