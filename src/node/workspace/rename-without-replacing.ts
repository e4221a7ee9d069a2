import { link, rename, stat, unlink } from 'node:fs/promises';

/** What link() says where a folder tree cannot hard-link (FAT, network shares, another device). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Moves a file to a name that must be free. rename() would silently replace
 * a file another program created there since our check; a hard link fails
 * with EEXIST instead, and the old name is removed only once the new one
 * exists. Where hard links are unavailable, the name is checked once more
 * right before the rename (a window of microseconds instead of none).
 */
export async function renameWithoutReplacing(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!NO_HARD_LINKS.has(code)) throw error;
    if (await stat(to).then(() => true, () => false)) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
    await rename(from, to);
    return;
  }
  await unlink(from);
}
