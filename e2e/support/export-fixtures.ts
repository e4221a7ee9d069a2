import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { writeGeneratedWorkspace } from './generated-workspace';
import { SAMPLE_WORKSPACE } from './temp-workspace';

async function freshTempDir(label: string): Promise<string> {
  // realpath: on some systems tmpdir() is a symlink, and the exporter prints real paths.
  return realpath(await mkdtemp(join(tmpdir(), `article-studio-${label}-`)));
}

interface ExportTestFixtures {
  /** An empty folder for this test's exports and copies; removed afterwards. */
  scratch: string;
  /**
   * A copy of the sample workspace in `scratch`. Never export the original: the exporter hard-links
   * assets into the export, so anything that wrote to an exported image would change the repository's.
   */
  sampleWorkspace: string;
}

interface ExportWorkerFixtures {
  /**
   * The generated 1,000-article workspace, written once per Playwright
   * worker (about 0.3 s) and removed when the worker ends. Read-only for
   * tests: one that edits articles copies it first (copyWorkspace).
   */
  largeWorkspace: string;
}

export const test = base.extend<ExportTestFixtures, ExportWorkerFixtures>({
  largeWorkspace: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
    async ({}, use) => {
      const parent = await freshTempDir('large');
      const root = join(parent, 'workspace');
      await writeGeneratedWorkspace(root);
      await use(root);
      await rm(parent, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  scratch: async ({}, use) => {
    const folder = await freshTempDir('export');
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  sampleWorkspace: async ({ scratch }, use) => {
    await use(await copyWorkspace(SAMPLE_WORKSPACE, scratch));
  },
});

export { expect } from '@playwright/test';

/** A private, editable copy of a workspace inside `folder`. */
export async function copyWorkspace(from: string, folder: string): Promise<string> {
  const root = join(folder, 'workspace');
  await cp(from, root, { recursive: true });
  return root;
}
