import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files carry this suffix so a later start can recognise and remove leftovers. */
export const TEMP_FILE_SUFFIX = '.article-studio-tmp';

/** A temp file this old belongs to no save still running, whoever wrote it. */
const STALE_TEMP_MS = 60_000;

/**
 * The temp file's name carries the writing process's id, so a later start
 * can tell a crashed save's leftover (its process is gone) from a save
 * running right now in another window.
 */
function tempPathFor(realTarget: string): string {
  return join(dirname(realTarget), `.${basename(realTarget)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`);
}

/** `.<name>.<pid>-<random hex><TEMP_FILE_SUFFIX>`, as tempPathFor writes it. */
const TEMP_NAME = /\.(\d+)-[0-9a-f]+\.article-studio-tmp$/;

/** The id of the process that wrote a temp file, when its name carries one (older versions' names do not). */
export function tempFileWriter(path: string): number | null {
  const match = TEMP_NAME.exec(path);
  return match ? Number(match[1]) : null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but is not ours to signal
  }
}

/**
 * Whether a temp file is a leftover no save will ever rename: its writer is
 * no longer running, or it is older than any save takes. A save is
 * rename-or-nothing, so a leftover holds nothing the article lacks. Our own
 * process's young temp files may belong to a save running now. (On a folder
 * shared between machines a pid names a process elsewhere; removing another
 * machine's temp file would make that save fail, never lose a file.)
 */
export function isAbandonedTempFile(path: string, modifiedMs: number, now = Date.now()): boolean {
  if (!path.endsWith(TEMP_FILE_SUFFIX)) return false;
  if (modifiedMs < now - STALE_TEMP_MS) return true;
  const writer = tempFileWriter(path);
  return writer !== null && writer !== process.pid && !isRunning(writer);
}

/**
 * Removes the temp files of saves that will never finish (isAbandonedTempFile):
 * a crashed save's leftover goes, one a save in another window is writing
 * right now stays. Paths are absolute; anything not a temp file is left alone.
 */
export async function removeAbandonedTempFiles(paths: readonly string[]): Promise<void> {
  await Promise.all(
    paths.map(async (path) => {
      if (!path.endsWith(TEMP_FILE_SUFFIX)) return;
      const info = await stat(path).catch(() => null);
      // Compared with file times, so the real clock.
      if (info && isAbandonedTempFile(path, info.mtimeMs)) await unlink(path).catch(() => undefined);
    }),
  );
}

/** The same for the files directly in one folder (the host's state folders). */
export async function removeAbandonedTempFilesIn(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await removeAbandonedTempFiles(names.map((name) => join(folder, name)));
}

/**
 * Replaces `realTarget` so that a crash at any moment leaves either the old
 * file or the new one, complete: write a temp file in the same folder (same
 * file system, so rename is atomic), fsync it, give it the old file's mode,
 * rename it over the target, then fsync the folder so the rename itself is
 * durable. Callers pass the symlink-resolved path so a link keeps pointing at
 * its (updated) target instead of being replaced by a regular file.
 */
export async function writeFileAtomic(realTarget: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(realTarget);
  const mode = await existingMode(realTarget);
  // Replacing by rename needs only the folder's permission: honour the file's own.
  if (mode !== undefined && (mode & 0o222) === 0) throw Object.assign(new Error('the file is read-only'), { code: 'EREADONLY' });
  const temp = tempPathFor(realTarget);
  const handle = await open(temp, 'wx', mode ?? 0o666).catch((error: unknown) => {
    throw explained(error, 'create');
  });
  try {
    try {
      await handle.writeFile(data);
      // The umask shaped the temp file's mode; the writer's file keeps its own.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, realTarget);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw explained(error, 'write');
  }
  await syncFolder(folder);
}

/** The code of a failure to create the temp file because the folder may not be written. */
export const READ_ONLY_FOLDER = 'EREADONLYFOLDER';

/**
 * The causes a writer can act on, said plainly, with the news that matters
 * most: the file was not touched. The errno's own message would name our
 * temp file instead. Everything else passes through as it came.
 */
function explained(error: unknown, step: 'create' | 'write'): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const because = (cause: string, newCode = code) => Object.assign(new Error(`${cause}; nothing was written`, { cause: error }), { code: newCode });
  if (code === 'ENOSPC') return because('the disk is full');
  if (code === 'EDQUOT') return because('the disk quota is used up');
  if (step === 'create' && code === 'EROFS') return because('the folder is read-only (its disk is mounted read-only)', READ_ONLY_FOLDER);
  if (step === 'create' && (code === 'EACCES' || code === 'EPERM')) return because('the folder is read-only (no permission to create files in it)', READ_ONLY_FOLDER);
  return error;
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Not every platform can open or fsync a directory (Windows cannot); the
  // rename has happened either way, this only makes it survive power loss.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // best effort, see above
  } finally {
    await handle.close();
  }
}
