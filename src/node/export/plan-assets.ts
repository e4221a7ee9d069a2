import { readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { missingFileProblem, unpublishableFileProblem } from '../../core/export/asset-problems';
import type { FileFinding } from '../../core/export/select-pages';
import { SETTINGS_FILE, type WorkspaceSettings } from '../../core/site';
import { checkRelativePath, resolveInWorkspace } from '../workspace/safe-path';
import { statAll } from '../stat-all';
import { inFolder, sha256 } from './file-tree';
import type { Entry, PageRecord, Planned } from './plan-types';

interface Use {
  readonly file: string;
  readonly line: number;
}

/**
 * The workspace files the export copies: exactly those its pages reference,
 * plus the site logo and default image the pages' metadata points at.
 * References that leave the workspace, name an article or a hidden file, or
 * name nothing, are findings (file and line), never copies.
 */
export async function planAssets(
  root: string,
  pages: readonly PageRecord[],
  settings: WorkspaceSettings,
  previous: ReadonlyMap<string, Entry>,
  findings: FileFinding[],
): Promise<Map<string, Planned>> {
  const referenced = new Set<string>();
  for (const page of pages) for (const file of page.files) referenced.add(file.path);
  const fromSettings = [settings.defaultImage, settings.publisher.logo].filter((reference) => reference?.startsWith('/') && !reference.startsWith('//')).map((reference) => reference!.slice(1));
  for (const path of fromSettings) referenced.add(path);

  const sorted = [...referenced].sort((a, b) => a.localeCompare(b));
  const found = await findAssets(root, sorted);
  const planned = new Map<string, Planned>();
  for (const [index, path] of sorted.entries()) {
    const asset = found[index]!;
    if (typeof asset === 'string') {
      for (const { file, line } of usesOf(path, pages, fromSettings)) findings.push({ file, line, ruleId: 'export/missing-asset', severity: 'error', message: asset });
      continue;
    }
    const key = `${asset.size}:${asset.mtimeMs}`;
    const before = previous.get(path);
    planned.set(path, before?.key === key ? { ...before, size: asset.size, from: 'previous' } : { hash: sha256(await readFile(asset.real)), key, size: asset.size, from: 'file', file: asset.real });
  }
  return planned;
}

/** Where a file that cannot be exported is referenced: looked up only for such a file, since a site's pages reference thousands of images. */
function usesOf(path: string, pages: readonly PageRecord[], fromSettings: readonly string[]): Use[] {
  const uses: Use[] = [];
  for (const page of pages) for (const file of page.files) if (file.path === path) uses.push({ file: page.summary.path, line: file.line });
  if (fromSettings.includes(path)) uses.push({ file: SETTINGS_FILE, line: 1 });
  return uses;
}

interface FoundAsset {
  readonly real: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * Each asset's real path and file facts, or why it cannot be exported. A
 * site's many images share a few folders: a plain file (not a symlink) is
 * where its folder's real path says, so it costs one lstat, and each folder
 * one realpath. A symlink is followed and must stay inside the workspace.
 */
async function findAssets(root: string, paths: readonly string[]): Promise<(FoundAsset | string)[]> {
  const named = paths.map((path) => {
    const problem = unpublishableFileProblem(path);
    if (problem !== null) return problem;
    try {
      checkRelativePath(path);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  });
  const checkable = paths.filter((_, index) => named[index] === null);
  const infos = await statAll(
    checkable.map((path) => inFolder(root, path)),
    { links: false },
  );
  const folders = new Map<string, Promise<string | Error>>();
  const realFolder = (folder: string) => {
    let real = folders.get(folder);
    if (!real) {
      real = folder === '.' ? Promise.resolve(root) : resolveInWorkspace(root, folder).then(({ real: path }) => path, (error: unknown) => error as Error);
      folders.set(folder, real);
    }
    return real;
  };
  const checked = await Promise.all(
    checkable.map(async (path, index): Promise<FoundAsset | string> => {
      const info = infos[index]!;
      if (info instanceof Error || info.isDirectory()) return missingFileProblem(path);
      if (info.isFile()) {
        const folder = await realFolder(posix.dirname(path));
        if (!(folder instanceof Error)) return { real: join(folder, posix.basename(path)), size: info.size, mtimeMs: info.mtimeMs };
      }
      // A symlink, or a folder that is one: followed all the way, and the error names the asset.
      try {
        const { real } = await resolveInWorkspace(root, path);
        const target = await stat(real);
        return target.isFile() ? { real, size: target.size, mtimeMs: target.mtimeMs } : missingFileProblem(path);
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? missingFileProblem(path) : (error as Error).message;
      }
    }),
  );
  let next = 0;
  return named.map((problem) => problem ?? checked[next++]!);
}
