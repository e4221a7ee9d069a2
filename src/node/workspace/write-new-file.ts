import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TEMP_FILE_SUFFIX } from './atomic-write';

/**
 * Writes a file that must not exist yet, atomically and without ever
 * replacing another: the bytes go to a temp file in the same folder
 * (fsynced), which is then hard-linked to its name. A link fails with EEXIST
 * when the name is taken, so a file that appeared meanwhile is never
 * overwritten, and a reader sees the whole file or none. File systems
 * without hard links (FAT, some network shares) get an exclusive copy.
 * Throws the EEXIST error for the caller to pick another name.
 */
export async function writeNewFile(realTarget: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(realTarget), `.${basename(realTarget)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`);
  const handle = await open(temp, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temp, realTarget);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || !NO_HARD_LINKS.has(code ?? '')) throw error;
      await copyFile(temp, realTarget, constants.COPYFILE_EXCL);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncFolder(dirname(realTarget));
}

/** What link() says on a file system that has no hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

async function syncFolder(folder: string): Promise<void> {
  // Best effort, as for saves: not every platform can fsync a folder.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
