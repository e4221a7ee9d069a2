import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SAMPLE_WORKSPACE = resolve('examples/sample-workspace');
export const BUILT_CLI = resolve('out/cli/article-studio.js');

/** A fresh copy of the sample workspace for one test; the originals are never edited. */
export async function copySampleWorkspace(): Promise<{ root: string; dispose: () => Promise<void> }> {
  const parent = await realpath(await mkdtemp(join(tmpdir(), 'article-studio-e2e-')));
  const root = join(parent, 'workspace');
  await cp(SAMPLE_WORKSPACE, root, { recursive: true });
  return { root, dispose: () => rm(parent, { recursive: true, force: true }) };
}
