import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StudioError } from '../../core/api';
import { stagingName } from './file-tree';

/** Who holds an export folder's lock: enough to tell whether it still runs. */
interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly id: string;
}

/** Older than this, a lock is taken over whoever holds it: an export takes seconds, and a process id is soon reused. */
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;
/** A lock folder without its holder file yet is an export starting, for this long; then a run that died starting. */
const STARTING_MS = 10_000;
const HOLDER_FILE = 'holder.json';

/** The locks this process holds, by id: a lock naming this process but none of these was left by a run before it with the same id (a container's PID 1). */
const held = new Set<string>();

/**
 * Beside the export folder, not inside it (the folder is swapped whole) and
 * not named like the leftovers an export sweeps (`.site.export-…`).
 */
export const lockName = (target: string) => join(dirname(target), `.${basename(target)}.export.lock`);

/**
 * Takes the export folder for this run: the app and the CLI exporting into
 * one folder at once would each sweep the other's staging folder as
 * abandoned, and the second swap would move the first one's half-built
 * tree aside. The lock is a folder, since creating one is atomic on every
 * disk (hard links are not: USB sticks, many network shares), holding who
 * made it. A lock whose process has ended (a killed export), or two hours
 * old, is taken over. Returns the release.
 */
export async function lockExportFolder(target: string): Promise<() => Promise<void>> {
  const lock = lockName(target);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), id: randomBytes(6).toString('hex') };
  await mkdir(dirname(target), { recursive: true });
  for (let attempt = 1; ; attempt++) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = await readHolder(lock);
      if (current.state === 'running' || attempt > 3) throw busy(target, lock, current.holder);
      if (current.state === 'stale') await takeOver(target, lock, current.holder);
    }
  }
  held.add(holder.id);
  try {
    await writeFile(join(lock, HOLDER_FILE), JSON.stringify(holder));
  } catch (error) {
    held.delete(holder.id);
    await rm(lock, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    held.delete(holder.id);
    // Only our own lock: one taken over while this run hung is not ours to remove.
    const current = await readHolder(lock);
    if (current.holder?.id !== holder.id) return;
    await unlink(join(lock, HOLDER_FILE)).catch(() => undefined);
    await rmdir(lock).catch(() => undefined);
  };
}

type LockState = { readonly state: 'running' | 'stale'; readonly holder: LockHolder | null } | { readonly state: 'gone'; readonly holder: null };

async function readHolder(lock: string): Promise<LockState> {
  let text: string | null;
  try {
    text = await readFile(join(lock, HOLDER_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file where the lock folder goes is no lock this program made.
    if (code === 'ENOTDIR') return { state: 'stale', holder: null };
    if (code !== 'ENOENT') throw error;
    text = null;
  }
  if (text === null) {
    // No holder file: the lock folder is being made, was left by a run killed while making it, or is gone.
    const folder = await stat(lock).catch(() => null);
    if (!folder) return { state: 'gone', holder: null };
    return { state: Date.now() - folder.mtimeMs < STARTING_MS ? 'running' : 'stale', holder: null };
  }
  let holder: LockHolder | null = null;
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string' && typeof parsed.id === 'string') holder = parsed as LockHolder;
  } catch {
    // Not a holder this program wrote: a stale lock.
  }
  return { state: holder && stillRunning(holder) ? 'running' : 'stale', holder };
}

function stillRunning(holder: LockHolder): boolean {
  const since = Date.parse(holder.since);
  if (!Number.isFinite(since) || Date.now() - since > STALE_AFTER_MS) return false;
  // Another machine's process (a shared folder) cannot be asked: its lock stands until it is stale.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return held.has(holder.id);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a stale lock aside and removes it. Moved first, then checked: when
 * two runs find the same stale lock, only one moves it, and a run that
 * moved another's fresh lock by mistake (it was taken between the look and
 * the move) puts it back; a folder cannot be renamed onto a lock that has
 * its holder file.
 */
async function takeOver(target: string, lock: string, judged: LockHolder | null): Promise<void> {
  // Named as the leftovers an export sweeps: a run killed right after the move leaves nothing for good.
  const aside = stagingName(target, 'tmp', `stale-lock-${randomBytes(4).toString('hex')}`);
  try {
    await rename(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readHolder(aside).catch(() => null);
  if (moved?.holder?.id !== judged?.id) {
    await rename(aside, lock).catch(() => undefined);
    return;
  }
  await rm(aside, { recursive: true, force: true });
}

function busy(target: string, lock: string, holder: LockHolder | null): StudioError {
  const who = holder ? ` (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})` : '';
  return new StudioError('CONFLICT', `Another export into ${target} is running${who}. Wait for it to finish; if none is, delete ${lock} and export again.`, lock);
}
