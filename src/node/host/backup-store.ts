import { createHash } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { StudioError, type ArticleBackup } from '../../core/api';
import { removeAbandonedTempFilesIn } from '../workspace/atomic-write';
import { isRecord, readJsonFile, writeJsonFile } from './state-file';

/** Under the host's state folder: `backups/<workspace key>/<path key>.json`. */
export const BACKUPS_FOLDER = 'backups';
/** Inside a workspace's backups: backups whose article name was taken by another article. */
export const SET_ASIDE_FOLDER = 'set-aside';

/**
 * A folder name for a workspace that stays the same across launches and
 * never collides: the folder's name for whoever looks inside, then a hash of
 * its whole (real) path.
 */
export function workspaceKey(root: string): string {
  const name = basename(root).replace(/[^a-zA-Z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 40) || 'workspace';
  return `${name}-${sha256(root).slice(0, 16)}`;
}

/** Article paths may be longer than a file name may be, so they are hashed; the path is stored inside. */
function pathKey(path: string): string {
  return `${sha256(path).slice(0, 32)}.json`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface BackupStoreOptions {
  /** Refuses a path the caller may not name (the host's article rules); run before anything is read or written. */
  readonly confine?: (path: string) => Promise<unknown>;
  /** The clock, for savedAt. */
  readonly now?: () => Date;
}

/**
 * Unsaved edits of one workspace's articles, one JSON file per article,
 * written atomically. Operations on one path run in the order they were
 * called (queued at once, before any await), and every write bumps the
 * path's revision: so a save discards exactly the backups it made obsolete,
 * never one written while it ran.
 */
export class BackupStore {
  readonly folder: string;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly revisions = new Map<string, number>();
  private readonly confine: (path: string) => Promise<unknown>;
  private readonly now: () => Date;

  constructor(
    stateDir: string,
    readonly workspaceRoot: string,
    options: BackupStoreOptions = {},
  ) {
    this.folder = join(stateDir, BACKUPS_FOLDER, workspaceKey(workspaceRoot));
    this.confine = options.confine ?? (async () => undefined);
    this.now = options.now ?? (() => new Date());
  }

  write(path: string, text: string, baseHash: string | null): Promise<void> {
    this.revisions.set(path, this.revision(path) + 1);
    const backup: ArticleBackup = { path, text, baseHash, savedAt: this.now().toISOString() };
    return this.inOrder(path, async () => {
      await this.confine(path);
      await writeJsonFile(this.fileOf(path), { version: 1, ...backup }).catch((error: unknown) => {
        throw this.failure(error, path);
      });
    });
  }

  /** The stored backup, or null when there is none or it cannot be read as one. */
  read(path: string): Promise<ArticleBackup | null> {
    return this.inOrder(path, async () => {
      await this.confine(path);
      return this.readFile(path);
    });
  }

  discard(path: string): Promise<void> {
    return this.inOrder(path, async () => {
      await this.confine(path);
      await unlink(this.fileOf(path)).catch(ignoreMissing);
    });
  }

  /** Counts this path's writes: pass it to discardUnlessNewer. */
  revision(path: string): number {
    return this.revisions.get(path) ?? 0;
  }

  /** Discards the backup unless it was written after `revision` was read (newer edits than a save covered). */
  discardUnlessNewer(path: string, revision: number): Promise<void> {
    return this.inOrder(path, async () => {
      if (this.revision(path) === revision) await unlink(this.fileOf(path)).catch(ignoreMissing);
    });
  }

  /**
   * After a rename: the backup follows the article. A backup already at the
   * new path belongs to a file of that name that is gone (deleted by another
   * program while it had unsaved edits): it is set aside, not attached to
   * the article that now has the name, and not thrown away either.
   */
  move(from: string, to: string): Promise<void> {
    // Nested queues of one path would wait on themselves.
    if (from === to) return Promise.resolve();
    return this.inOrder(from, () =>
      this.inOrder(to, async () => {
        await this.setAsideNow(to);
        const backup = await this.readFile(from);
        if (backup === null) return;
        await writeJsonFile(this.fileOf(to), { version: 1, ...backup, path: to });
        this.revisions.set(to, this.revision(to) + 1);
        await unlink(this.fileOf(from)).catch(ignoreMissing);
      }),
    );
  }

  /** Before an article is created at a path: a leftover backup there belongs to a file that is gone. */
  setAside(path: string): Promise<void> {
    return this.inOrder(path, () => this.setAsideNow(path));
  }

  /** `set-aside/` keeps such backups (readable JSON, path inside) out of the app's way but on disk. */
  private async setAsideNow(path: string): Promise<void> {
    const stale = await this.readFile(path);
    if (stale === null) return;
    await writeJsonFile(join(this.folder, SET_ASIDE_FOLDER, `${this.now().toISOString().replace(/[:.]/g, '-')}-${pathKey(path)}`), { version: 1, ...stale });
    await unlink(this.fileOf(path)).catch(ignoreMissing);
    this.revisions.set(path, this.revision(path) + 1);
  }

  /** Every path with a readable backup, sorted. */
  async list(): Promise<string[]> {
    // A backup write killed half-way left a temp file: it holds nothing the backup lacks.
    await removeAbandonedTempFilesIn(this.folder);
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const paths = await Promise.all(
      names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map(async (name) => (await this.readFileNamed(name))?.path ?? null),
    );
    return paths.filter((path): path is string => path !== null).sort();
  }

  /** Says that the backup failed, not the article: the file on disk was not touched. */
  private failure(error: unknown, path: string): StudioError {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return new StudioError('IO_ERROR', `Could not keep a backup of the unsaved edits of ${path} in ${this.folder}: ${reason}`, path);
  }

  private fileOf(path: string): string {
    return join(this.folder, pathKey(path));
  }

  private async readFile(path: string): Promise<ArticleBackup | null> {
    const backup = await this.readFileNamed(pathKey(path));
    return backup?.path === path ? backup : null;
  }

  /** A file only counts when it holds a well-formed backup stored under its own path's key (a hand-copied file does not). */
  private async readFileNamed(name: string): Promise<ArticleBackup | null> {
    const data = await readJsonFile(join(this.folder, name));
    if (!isRecord(data)) return null;
    const { path, text, baseHash, savedAt } = data;
    if (typeof path !== 'string' || typeof text !== 'string' || typeof savedAt !== 'string') return null;
    if (baseHash !== null && typeof baseHash !== 'string') return null;
    if (pathKey(path) !== name) return null;
    return { path, text, baseHash, savedAt };
  }

  private inOrder<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(path, next);
    void next
      .finally(() => {
        if (this.queues.get(path) === next) this.queues.delete(path);
      })
      .catch(() => undefined);
    return next;
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
