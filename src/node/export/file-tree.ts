import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Every file under a folder, '/'-separated and relative to it; an absent folder has none. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Puts an unchanged file of the previous export into the new tree without
 * rewriting it: a hard link shares the old file's bytes and times. Where links are impossible (another
 * file system, some network drives) it falls back to a copy.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

export async function copyInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
}

/** A '/'-separated path of the export (as the manifest names files) inside `folder`. */
export const inFolder = (folder: string, path: string) => `${folder}${sep}${sep === '/' ? path : path.replaceAll('/', sep)}`;

export async function writeInto(folder: string, path: string, data: string | Uint8Array): Promise<void> {
  const target = inFolder(folder, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, data);
}

/**
 * Replaces `target` with the finished `staged` folder in two renames. If the
 * process dies between them, `target` is briefly missing and the previous
 * export waits at `previous`; recoverInterruptedSwap puts it back.
 */
export async function swapIn(staged: string, target: string, previous: string, targetExists: boolean): Promise<void> {
  if (targetExists) await rename(target, previous);
  await rename(staged, target);
  if (targetExists) await rm(previous, { recursive: true, force: true });
}

/** Every name an export leaves beside its target starts so (`.site.export-tmp-…` beside `site`). */
const leftoverPrefix = (target: string) => `.${basename(target)}.export-`;

export const stagingName = (target: string, kind: 'tmp' | 'old' | 'journal', id: string) => join(dirname(target), `${leftoverPrefix(target)}${kind}-${id}`);

/**
 * What earlier exports left beside the target (staging folders, a previous
 * export mid-swap, journals), by name: listed once per export, for
 * recoverInterruptedSwap, completeInterruptedUpdates and removeAbandonedStaging.
 */
export async function leftoversBeside(target: string): Promise<string[]> {
  const prefix = leftoverPrefix(target);
  const siblings = await readdir(dirname(target)).catch(() => [] as string[]);
  return siblings.filter((name) => name.startsWith(prefix)).sort();
}

/** After a crash mid-swap: the target is gone but the previous export is beside it. */
export async function recoverInterruptedSwap(target: string, leftovers: readonly string[]): Promise<boolean> {
  const prefix = basename(stagingName(target, 'old', ''));
  const previous = leftovers.filter((name) => name.startsWith(prefix)).pop();
  if (!previous) return false;
  await rename(join(dirname(target), previous), target);
  return true;
}

/** Temp folders of exports that were killed while building; the previous export is untouched. */
export async function removeAbandonedStaging(target: string, leftovers: readonly string[]): Promise<void> {
  await Promise.all(leftovers.map((name) => rm(join(dirname(target), name), { recursive: true, force: true })));
}
