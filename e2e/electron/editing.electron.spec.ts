import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { STUDIO_CALL_NAMES } from '../../src/core/api/channels';
import { electronBinaryAvailable } from '../../scripts/electron-binary.mjs';
import { StudioPage } from '../support/studio-page';
import { launchStudio, studioWindow, ELECTRON_SKIP_REASON } from '../support/electron-app';

// Same check as `npm start`: without the binary every test here is reported
// as skipped, with this reason, instead of failing or silently vanishing.
test.skip(!electronBinaryAvailable(), ELECTRON_SKIP_REASON);

test('lists the workspace, opens an article, and Ctrl+S writes the typed text to disk', async () => {
  const { app, workspace, dispose } = await launchStudio();
  try {
    const page = await studioWindow(app);
    const file = join(workspace, 'guides/offline-writing.md');
    const before = await readFile(file, 'utf8');

    const studio = new StudioPage(page);
    await expect(studio.articleItems.first()).toBeVisible();
    await studio.openArticle('Writing Offline');
    await studio.typeAtEnd('\nA closing line typed in the desktop app.');
    await studio.save();
    expect(await readFile(file, 'utf8')).toBe(`${before}\nA closing line typed in the desktop app.`);
  } finally {
    await dispose();
  }
});

test('the page runs from app://studio with only the StudioApi exposed', async () => {
  const { app, dispose } = await launchStudio();
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('article-list')).toBeVisible();
    expect(page.url()).toBe('app://studio/index.html');
    const exposed = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return {
        studio: Object.keys((scope.studio as object | undefined) ?? {}).sort(),
        require: typeof scope.require,
        process: typeof scope.process,
        ipcRenderer: typeof scope.ipcRenderer,
      };
    });
    expect(exposed).toEqual({
      studio: [...STUDIO_CALL_NAMES, 'onWorkspaceEvent'].sort(),
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
  } finally {
    await dispose();
  }
});
