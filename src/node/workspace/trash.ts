import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import trash from 'trash';

/** The in-workspace fallback when the system trash cannot take a file. */
export const WORKSPACE_TRASH_FOLDER = '.trash';

/**
 * Deletes by moving to the system trash, so a wrong click can be undone from
 * the desktop. Where there is no usable trash (a headless server, a removable
 * drive without one) the file goes to `.trash/` in the workspace instead:
 * never an unrecoverable unlink.
 */
export async function moveToTrash(
  absolutePath: string,
  realRoot: string,
  systemTrash: (path: string) => Promise<void> = (path) => trash(path, { glob: false }),
  now: () => Date = () => new Date(),
): Promise<void> {
  try {
    await systemTrash(absolutePath);
  } catch {
    const folder = join(realRoot, WORKSPACE_TRASH_FOLDER);
    await mkdir(folder, { recursive: true });
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    await rename(absolutePath, join(folder, `${stamp}-${basename(absolutePath)}`));
  }
}
