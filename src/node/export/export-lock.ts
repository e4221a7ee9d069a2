import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StudioError } from '../../core/api';

/** Who holds an export folder's lock: enough to tell whether it still runs. */
interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly id: string;
}

/**
 * A lock older than this is taken over even when its process id is in use
 * (by then the id has surely been given to another program): no export
 * takes a day.
 */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Beside the export folder, not inside it (the folder is swapped whole) and
 * not named like the leftovers an export sweeps (`.site.export-…`).
 */
export const lockName = (target: string) => join(dirname(target), `.${basename(target)}.export.lock`);

/**
 * Takes the export folder for this run: the app and the CLI exporting into
 * one folder at once would each sweep the other's staging folder as
 * abandoned, and the second swap would move the first one's half-built
 * tree aside. The lock is created whole (written under another name, then
 * linked), so no run ever reads a half-written one. A lock whose process
 * has ended (a killed export) is taken over. Returns the release.
 */
export async function lockExportFolder(target: string): Promise<() => Promise<void>> {
  const file = lockName(target);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), id: randomBytes(6).toString('hex') };
  const draft = `${file}.${holder.id}`;
  await mkdir(dirname(target), { recursive: true });
  await writeFile(draft, JSON.stringify(holder));
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await link(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const current = await readHolder(file);
        if (attempt > 1 || (current !== null && stillRunning(current))) throw busy(target, file, current);
        await unlink(file).catch(() => undefined);
      }
    }
  } finally {
    await unlink(draft).catch(() => undefined);
  }
  return async () => {
    // Only our own lock: one taken over while this run hung (a day later) is not ours to remove.
    if ((await readHolder(file))?.id === holder.id) await unlink(file).catch(() => undefined);
  };
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string' && typeof parsed.id === 'string' ? (parsed as LockHolder) : null;
  } catch {
    return null;
  }
}

function stillRunning(holder: LockHolder): boolean {
  const since = Date.parse(holder.since);
  if (!Number.isFinite(since) || Date.now() - since > STALE_AFTER_MS) return false;
  // Another machine's process (a shared folder) cannot be asked: its lock stands until it is stale.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function busy(target: string, file: string, holder: LockHolder | null): StudioError {
  const who = holder ? ` (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})` : '';
  return new StudioError('CONFLICT', `Another export into ${target} is running${who}. Wait for it to finish; if none is, delete ${file} and export again.`, file);
}
