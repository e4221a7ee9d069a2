import { copyFile, mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import { EXPORT_MANIFEST_FILE } from '../../core/site';
import { stagingName } from './file-tree';

/** A file an in-place update writes: its bytes, or the workspace file to copy them from. */
export type InPlaceWrite = { readonly path: string } & ({ readonly data: string | Uint8Array } | { readonly file: string });

export interface InPlaceUpdate {
  /** Pages, site files and assets that are new or changed, '/'-separated, relative to the export. */
  readonly writes: readonly InPlaceWrite[];
  /** Files of the previous export the new one no longer has. */
  readonly removals: readonly string[];
  readonly manifestText: string;
}

/**
 * The journal of one in-place update, beside the export. It exists only
 * once every new file is complete in the staging folder, and says what is
 * left to do: a run that finds it finishes the moves and removals.
 */
interface Journal {
  /** The staging folder's name, beside the export. */
  readonly staging: string;
  /** [name in the staging folder, path in the export]; the manifest comes last. */
  readonly moves: readonly (readonly [string, string])[];
  readonly removals: readonly string[];
}

const inTarget = (target: string, path: string) => join(target, ...path.split('/'));

/**
 * Publishes a small change (a few pages, the index, the sitemap) into the
 * existing export instead of building a whole new tree beside it: for a
 * thousand-page site, linking every unchanged file into a new tree costs
 * ten times the one page that changed.
 *
 * The new files are written to a staging folder beside the export, as for
 * a whole-tree export; then a journal is written, and the files are moved
 * in (each a rename: it appears whole), the manifest last. Killed before
 * the journal exists, the export is untouched and the next run sweeps the
 * staging folder; killed after, the next run finishes the moves
 * (completeInterruptedUpdates). Unlike the whole-tree swap, a reader
 * looking during the millisecond of moves may see a new page with the
 * previous index.
 */
export async function publishInPlace(target: string, update: InPlaceUpdate, id: string): Promise<void> {
  await finishInPlace(target, await prepareInPlace(target, update, id));
}

/**
 * The first half of publishInPlace: every new file complete in the staging
 * folder, then the journal. Returns the journal's path. (A process killed
 * right after this leaves exactly this state behind.)
 */
export async function prepareInPlace(target: string, update: InPlaceUpdate, id: string): Promise<string> {
  const staging = stagingName(target, 'tmp', id);
  const moves: [string, string][] = update.writes.map(({ path }, index) => [String(index), path]);
  moves.push(['manifest', EXPORT_MANIFEST_FILE]);
  const journal = stagingName(target, 'journal', id);
  const draft = `${staging}-journal`;
  try {
    await mkdir(staging, { recursive: true });
    await Promise.all([
      ...update.writes.map((write, index) =>
        // A workspace file is copied, never linked: editing the export must not change the writer's original.
        'data' in write ? writeFile(join(staging, String(index)), write.data) : copyFile(write.file, join(staging, String(index))),
      ),
      writeFile(join(staging, 'manifest'), update.manifestText),
    ]);
    // Whole or not at all: written under a staging name, then renamed.
    await writeFile(draft, JSON.stringify({ staging: basename(staging), moves, removals: update.removals } satisfies Journal));
    await rename(draft, journal);
  } catch (error) {
    // Nothing was moved in yet: the export is as it was.
    await Promise.all([rm(staging, { recursive: true, force: true }), rm(draft, { force: true })]);
    throw error;
  }
  return journal;
}

/**
 * Finishes the in-place updates a killed export left half done; runs before
 * anything else touches the export, and before staging leftovers are swept
 * (a journal's staging folder holds files it still needs).
 */
export async function completeInterruptedUpdates(target: string): Promise<void> {
  const prefix = basename(stagingName(target, 'journal', ''));
  const siblings = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of siblings.filter((sibling) => sibling.startsWith(prefix)).sort()) await finishInPlace(target, join(dirname(target), name));
}

/** Moves every staged file in (skipping those moved before a kill), removes what is gone, then the journal. */
export async function finishInPlace(target: string, journal: string): Promise<void> {
  let parsed: Journal;
  try {
    parsed = JSON.parse(await readFile(journal, 'utf8')) as Journal;
  } catch (error) {
    throw new Error(`An earlier export into ${target} was cut off, and its journal ${journal} cannot be read (${(error as Error).message}). Delete it and export again: the next export repairs the folder.`);
  }
  const { staging, moves, removals } = parsed;
  const folder = join(dirname(target), staging);
  for (const [name, path] of moves) {
    const from = join(folder, name);
    const to = inTarget(target, path);
    await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      // Moved already, before a kill.
      if (!(await stat(from).catch(() => null))) return;
      // A new article's page: its folder does not exist yet.
      await mkdir(dirname(to), { recursive: true });
      await rename(from, to);
    });
  }
  for (const path of removals) {
    await unlink(inTarget(target, path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await removeEmptyFolders(target, posix.dirname(path));
  }
  await rmdir(folder).catch(() => undefined);
  await unlink(journal);
}

/** A removed page's folder goes too, once nothing is left in it (a file of the writer's keeps it). */
async function removeEmptyFolders(target: string, folder: string): Promise<void> {
  for (let current = folder; current !== '.' && current !== ''; current = posix.dirname(current)) {
    try {
      await rmdir(inTarget(target, current));
    } catch {
      return;
    }
  }
}
