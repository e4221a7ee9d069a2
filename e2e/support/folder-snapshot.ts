import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `folder`, '/'-separated and sorted, so two trees compare in a readable diff. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** path → sha256 of its bytes: equal snapshots mean byte-for-byte equal trees (same files, same content). */
export async function contentSnapshot(folder: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const path of await filesUnder(folder)) {
    snapshot[path] = createHash('sha256').update(await readFile(join(folder, path))).digest('hex');
  }
  return snapshot;
}

/** path → mtime in nanoseconds (bigint as text: millisecond floats can hide a rewrite within the same ms). */
export async function mtimeSnapshot(folder: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const path of await filesUnder(folder)) {
    snapshot[path] = String((await stat(join(folder, path), { bigint: true })).mtimeNs);
  }
  return snapshot;
}
