import { test as base } from '@playwright/test';
import { copySampleWorkspace } from '../support/temp-workspace';
import { serveWorkspace, type ServedWorkspace } from '../support/web-server';

/** Each test gets its own copy of the sample workspace and its own server. */
export const test = base.extend<{ workspace: string; server: ServedWorkspace }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
  workspace: async ({}, use) => {
    const temp = await copySampleWorkspace();
    await use(temp.root);
    await temp.dispose();
  },
  server: async ({ workspace }, use) => {
    const served = await serveWorkspace(workspace);
    await use(served);
    await served.stop();
  },
});

export { expect } from '@playwright/test';
