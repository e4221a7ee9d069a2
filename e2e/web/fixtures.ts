import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { copySampleWorkspace } from '../support/temp-workspace';
import { serveWorkspace, type ServedWorkspace } from '../support/web-server';

/**
 * Each test gets its own copy of the sample workspace, its own data folder
 * (what the server remembers, such as export settings, never touches the
 * user's) and its own server.
 */
export const test = base.extend<{ workspace: string; dataDir: string; server: ServedWorkspace; autosave: boolean }>({
  /** Autosave is on for writers; tests that check unsaved states turn it off so a pause cannot save for them. */
  autosave: [false, { option: true }],
  page: async ({ page, autosave }, use) => {
    await page.addInitScript((on) => localStorage.setItem('article-studio:autosave', JSON.stringify(on)), autosave);
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
  workspace: async ({}, use) => {
    const temp = await copySampleWorkspace();
    await use(temp.root);
    await temp.dispose();
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'article-studio-e2e-data-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  server: async ({ workspace, dataDir }, use) => {
    const served = await serveWorkspace(workspace, { ARTICLE_STUDIO_DATA_DIR: dataDir });
    await use(served);
    await served.stop();
  },
});

export { expect } from '@playwright/test';
