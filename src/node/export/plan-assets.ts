import { readFile, stat } from 'node:fs/promises';
import { missingFileProblem, unpublishableFileProblem, type FileFinding } from '../../core/export';
import { SETTINGS_FILE, type WorkspaceSettings } from '../../core/site';
import { resolveInWorkspace } from '../workspace/safe-path';
import { sha256 } from './file-tree';
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
  previous: Readonly<Record<string, Entry>>,
  findings: FileFinding[],
): Promise<Map<string, Planned>> {
  const uses = new Map<string, Use[]>();
  const use = (path: string, at: Use) => uses.set(path, [...(uses.get(path) ?? []), at]);
  for (const page of pages) for (const file of page.files) use(file.path, { file: page.summary.path, line: file.line });
  for (const reference of [settings.defaultImage, settings.publisher.logo]) {
    if (reference?.startsWith('/') && !reference.startsWith('//')) use(reference.slice(1), { file: SETTINGS_FILE, line: 1 });
  }

  const planned = new Map<string, Planned>();
  for (const [path, at] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
    const problem = (message: string) => at.forEach(({ file, line }) => findings.push({ file, line, ruleId: 'export/missing-asset', severity: 'error', message }));
    const unpublishable = unpublishableFileProblem(path);
    if (unpublishable !== null) {
      problem(unpublishable);
      continue;
    }
    let real: string;
    try {
      ({ real } = await resolveInWorkspace(root, path));
    } catch (error) {
      problem((error as Error).message);
      continue;
    }
    const info = await stat(real).catch(() => null);
    if (!info?.isFile()) {
      problem(missingFileProblem(path));
      continue;
    }
    const key = `${info.size}:${info.mtimeMs}`;
    const before = previous[path];
    planned.set(path, before?.key === key ? { ...before, size: info.size, from: 'previous' } : { hash: sha256(await readFile(real)), key, size: info.size, from: 'file', file: real });
  }
  return planned;
}
