import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_MANIFEST_FILE, isArticlePath, isSkippedFolder } from '../../core/site';
import { TEMP_FILE_SUFFIX } from './atomic-write';
import { isInside } from './safe-path';

export interface WorkspaceFiles {
  /** Relative ('/'-separated) paths of every article under the root, sorted. */
  readonly articles: string[];
  /** Temp files of interrupted saves, found on the way. */
  readonly tempFiles: string[];
}

export async function findArticlePaths(realRoot: string): Promise<WorkspaceFiles> {
  const found: string[] = [];
  const tempFiles: string[] = [];
  async function visit(relativeFolder: string): Promise<void> {
    const entries = await readdir(join(realRoot, relativeFolder), { withFileTypes: true });
    // An export written inside the workspace is output, never articles.
    if (relativeFolder !== '' && entries.some((entry) => entry.name === EXPORT_MANIFEST_FILE)) return;
    const subfolders: Promise<void>[] = [];
    for (const entry of entries) {
      const relativePath = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
      // Symlinked folders are not followed: they can loop or lead outside.
      if (entry.isDirectory() && !isSkippedFolder(relativePath)) subfolders.push(visit(relativePath));
      else if (entry.isFile() && isArticlePath(relativePath)) found.push(relativePath);
      else if (entry.isFile() && entry.name.endsWith(TEMP_FILE_SUFFIX)) tempFiles.push(relativePath);
      else if (entry.isSymbolicLink() && isArticlePath(relativePath)) subfolders.push(keepLinkInside(relativePath));
    }
    await Promise.all(subfolders);
  }
  async function keepLinkInside(relativePath: string): Promise<void> {
    const target = await realpath(join(realRoot, relativePath)).catch(() => null);
    if (target && isInside(realRoot, target) && (await stat(target)).isFile()) found.push(relativePath);
  }
  await visit('');
  return { articles: found.sort(), tempFiles };
}
