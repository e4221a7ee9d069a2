import { stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import type { RecentWorkspace } from '../../core/api';
import { removeAbandonedTempFilesIn } from '../workspace/atomic-write';
import { isRecord, readJsonFile, writeJsonFile } from './state-file';

/** In the host's state folder. */
export const RECENT_WORKSPACES_FILE = 'recent-workspaces.json';
export const MAX_RECENT_WORKSPACES = 10;

interface RecentFile {
  readonly version: 1;
  /** Absolute folders, most recent first. */
  readonly workspaces: readonly string[];
}

/**
 * The workspaces opened last, shared by the desktop app (Open Recent, and
 * the folder reopened at launch) and web mode. A folder that vanished stays
 * in the file (it may be on a drive that is not plugged in) but is not
 * listed.
 */
export class RecentWorkspaces {
  /** Writes one after another, so two quick switches cannot lose each other's entry. */
  private pending: Promise<unknown> = Promise.resolve();
  private swept: Promise<void> | undefined;

  constructor(private readonly stateDir: string) {}

  private get file(): string {
    return join(this.stateDir, RECENT_WORKSPACES_FILE);
  }

  /** Most recent first, at most ten, only folders that exist now. */
  async list(): Promise<RecentWorkspace[]> {
    const roots = await this.read();
    const present = await Promise.all(roots.map((root) => isFolder(root)));
    return roots.filter((_root, index) => present[index]).map((root) => ({ root, name: basename(root) || root }));
  }

  /** The folder opened last, whether or not it still exists (the caller says why it cannot be opened). */
  async mostRecent(): Promise<string | null> {
    return (await this.read())[0] ?? null;
  }

  remember(root: string): Promise<void> {
    const write = async () => {
      const roots = [root, ...(await this.read()).filter((each) => each !== root)].slice(0, MAX_RECENT_WORKSPACES);
      const next: RecentFile = { version: 1, workspaces: roots };
      await writeJsonFile(this.file, next);
    };
    const next = this.pending.catch(() => undefined).then(write);
    this.pending = next;
    return next;
  }

  private async read(): Promise<string[]> {
    // The first read also sweeps the state folder of a write killed half-way.
    this.swept ??= removeAbandonedTempFilesIn(this.stateDir);
    await this.swept;
    const data = await readJsonFile(this.file);
    const listed = isRecord(data) && Array.isArray(data.workspaces) ? data.workspaces : [];
    // Entry by entry: one mangled entry does not cost the others theirs.
    const roots = listed.filter((root): root is string => typeof root === 'string' && isAbsolute(root) && !root.includes('\0'));
    return [...new Set(roots)].slice(0, MAX_RECENT_WORKSPACES);
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
