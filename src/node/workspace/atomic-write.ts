import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files carry this suffix so a later start can recognise and remove leftovers. */
export const TEMP_FILE_SUFFIX = '.article-studio-tmp';

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
  const temp = join(folder, `.${basename(realTarget)}.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`);
  const handle = await open(temp, 'wx', mode ?? 0o666);
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
    throw error;
  }
  await syncFolder(folder);
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
