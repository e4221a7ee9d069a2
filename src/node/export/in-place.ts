import { copyFile, mkdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import { EXPORT_CHANGES_FILE, EXPORT_MANIFEST_FILE } from '../../core/site';
import { statAll } from '../stat-all';
import { inFolder, stagingName } from './file-tree';

/** A file an in-place update writes: its bytes, or the workspace file to copy them from. */
export type InPlaceWrite = { readonly path: string } & ({ readonly data: string | Uint8Array } | { readonly file: string });

export interface InPlaceUpdate {
  /** Pages, site files and assets that are new or changed, '/'-separated, relative to the export. */
  readonly writes: readonly InPlaceWrite[];
  /** Files of the previous export the new one no longer has. */
  readonly removals: readonly string[];
  /** The manifest, or the changes since it was written whole (see manifestWrite): moved in last. */
  readonly manifest: { readonly path: string; readonly text: string };
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

/**
 * Publishes a small change (a few pages, the index, the sitemap) into the
 * existing export instead of building a whole new tree beside it: for a
 * thousand-page site, linking every unchanged file into a new tree costs
 * ten times the one page that changed.
 *
 * The new files are written to a staging folder beside the export, as for
 * a whole-tree export; then a journal is written, files that are gone are
 * removed, and the new ones are moved in (each a rename: it appears whole),
 * the manifest last. Killed before the journal exists, the export is
 * untouched and the next run sweeps the staging folder; killed after, the
 * next run finishes the journal (completeInterruptedUpdates). Unlike the
 * whole-tree swap, a reader looking during the millisecond of moves may
 * see a new page with the previous index.
 */
export async function publishInPlace(target: string, update: InPlaceUpdate, id: string): Promise<void> {
  const { journal, content } = await prepareInPlace(target, update, id);
  await applyJournal(target, journal, content);
}

/**
 * The first half of publishInPlace: the destinations checked, every new
 * file complete in the staging folder, then the journal. (A process killed
 * right after this leaves exactly this state behind.)
 */
export async function prepareInPlace(target: string, update: InPlaceUpdate, id: string): Promise<{ readonly journal: string; readonly content: Journal }> {
  const staging = stagingName(target, 'tmp', id);
  const moves: [string, string][] = update.writes.map(({ path }, index) => [String(index), path]);
  moves.push(['manifest', update.manifest.path]);
  const journal = stagingName(target, 'journal', id);
  const content: Journal = { staging: basename(staging), moves, removals: update.removals };
  try {
    await Promise.all([
      checkDestinations(target, update.writes.map(({ path }) => path), new Set(update.removals)),
      mkdir(staging, { recursive: true }).then(() =>
        Promise.all([
          ...update.writes.map((write, index) =>
            // A workspace file is copied, never linked: editing the export must not change the writer's original.
            'data' in write ? writeFile(join(staging, String(index)), write.data) : copyFile(write.file, join(staging, String(index))),
          ),
          writeFile(join(staging, 'manifest'), update.manifest.text),
        ]),
      ),
    ]);
    // Written in one go: a journal torn by a kill does not parse and is dropped, and nothing had been moved yet.
    await writeFile(journal, JSON.stringify(content));
  } catch (error) {
    // Nothing was moved in yet: the export is as it was.
    await Promise.all([rm(staging, { recursive: true, force: true }), rm(journal, { force: true })]);
    throw error;
  }
  return { journal, content };
}

/**
 * Finishes the in-place updates a killed export left half done; runs before
 * anything else touches the export, and before staging leftovers are swept
 * (a journal's staging folder holds files it still needs). A journal that
 * cannot be finished (torn by the kill, a file in the way, the export
 * folder deleted since) is dropped with its staging folder: the manifest is
 * always moved in last, so the export about to run still holds the previous
 * manifest and rewrites whatever the journal did not.
 */
export async function completeInterruptedUpdates(target: string, leftovers: readonly string[]): Promise<void> {
  const prefix = basename(stagingName(target, 'journal', ''));
  for (const name of leftovers.filter((leftover) => leftover.startsWith(prefix))) {
    const journal = join(dirname(target), name);
    await finishInPlace(target, journal).catch(() => dropJournal(target, journal));
  }
}

async function finishInPlace(target: string, journal: string): Promise<void> {
  const content = JSON.parse(await readFile(journal, 'utf8')) as Journal;
  // Never made again here: an export folder deleted since is exported afresh.
  if (!(await stat(target).catch(() => null))?.isDirectory()) throw new Error(`${target} is gone`);
  await applyJournal(target, journal, content);
}

/** Removes what is gone, moves every staged file in (skipping those moved before a kill), the manifest last, then drops the journal. */
async function applyJournal(target: string, journal: string, { staging, moves, removals }: Journal): Promise<void> {
  const folder = join(dirname(target), staging);
  // Removals first: on a disk that ignores case, guides/Intro/ and guides/intro/ are one folder.
  for (const path of removals) {
    await unlink(inFolder(target, path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
    });
    await removeEmptyFolders(target, posix.dirname(path));
  }
  const move = ([name, path]: readonly [string, string]) => {
    const from = join(folder, name);
    const to = inFolder(target, path);
    return rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      // Moved already, before a kill.
      if (!(await stat(from).catch(() => null))) return;
      // A new article's page: its folder does not exist yet.
      await mkdir(dirname(to), { recursive: true });
      await rename(from, to);
    });
  };
  await Promise.all(moves.slice(0, -1).map(move));
  const [, manifest] = moves.at(-1)!;
  await move(moves.at(-1)!);
  // A whole new manifest makes the changes file beside it stale (it names the previous generation, so nothing reads it).
  if (manifest === EXPORT_MANIFEST_FILE) await unlink(inFolder(target, EXPORT_CHANGES_FILE)).catch(() => undefined);
  await rmdir(folder).catch(() => undefined);
  await unlink(journal);
}

async function dropJournal(target: string, journal: string): Promise<void> {
  const parsed = await readFile(journal, 'utf8')
    .then((text) => JSON.parse(text) as Partial<Journal>)
    .catch(() => null);
  if (typeof parsed?.staging === 'string' && parsed.staging.startsWith(basename(stagingName(target, 'tmp', '')))) {
    await rm(join(dirname(target), parsed.staging), { recursive: true, force: true });
  }
  await rm(journal, { force: true });
}

/**
 * A file or folder of the writer's in the export where a new file goes
 * (a `LICENSE` file where the article `LICENSE.md` wants `LICENSE/index.html`)
 * stops the update before anything is moved, with both named.
 */
async function checkDestinations(target: string, paths: readonly string[], removals: ReadonlySet<string>): Promise<void> {
  const checks: { path: string; blocker: string; folder: boolean }[] = [];
  for (const path of paths) {
    checks.push({ path, blocker: path, folder: false });
    for (let folder = posix.dirname(path); folder !== '.'; folder = posix.dirname(folder)) {
      // A file of the previous export in the way is removed before the moves.
      if (!removals.has(folder)) checks.push({ path, blocker: folder, folder: true });
    }
  }
  const infos = await statAll(checks.map(({ blocker }) => inFolder(target, blocker)), { links: false });
  checks.forEach(({ path, blocker, folder }, index) => {
    const info = infos[index]!;
    if (info instanceof Error) return;
    if (folder ? !info.isDirectory() : info.isDirectory()) {
      throw new Error(`Cannot write ${path} into ${target}: ${blocker} there is a ${info.isDirectory() ? 'folder' : 'file'} the exporter did not write. Move it out of the export folder, or give the article another path.`);
    }
  });
}

/** A removed page's folder goes too, once nothing is left in it (a file of the writer's keeps it). */
async function removeEmptyFolders(target: string, folder: string): Promise<void> {
  for (let current = folder; current !== '.' && current !== ''; current = posix.dirname(current)) {
    try {
      await rmdir(inFolder(target, current));
    } catch {
      return;
    }
  }
}
