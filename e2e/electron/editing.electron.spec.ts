import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { STUDIO_CALL_NAMES } from '../../src/core/api/channels';
import { electronBinaryAvailable } from '../../scripts/electron-binary.mjs';
import { StudioPage } from '../support/studio-page';
import { copySampleWorkspace } from '../support/temp-workspace';

// Same check as `npm start`: without the binary every test here is reported
// as skipped, with this reason, instead of failing or silently vanishing.
test.skip(
  !electronBinaryAvailable(),
  'Electron binary not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); runs where it exists',
);

const MAIN_SCRIPT = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

interface Launched {
  readonly app: ElectronApplication;
  readonly workspace: string;
  readonly dispose: () => Promise<void>;
}

/**
 * The built app (`npm run build` first) on a fresh copy of the sample
 * workspace, with its own profile folder so it neither meets a running
 * Article Studio's single-instance lock nor reads or writes its state.json.
 */
async function launchStudio(): Promise<Launched> {
  const workspace = await copySampleWorkspace();
  const profile = await realpath(await mkdtemp(join(tmpdir(), 'article-studio-profile-')));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Never the dev server, even if this shell came from `electron-vite dev`.
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env.ARTICLE_STUDIO_WORKSPACE = workspace.root;
  env.ARTICLE_STUDIO_USER_DATA = profile;
  const app = await electron.launch({
    // Chromium refuses to run as root with its OS sandbox (CI containers).
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN_SCRIPT],
    env,
  });
  return {
    app,
    workspace: workspace.root,
    dispose: async () => {
      await app.close();
      await workspace.dispose();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

test('lists the workspace, opens an article, and Ctrl+S writes the typed text to disk', async () => {
  const { app, workspace, dispose } = await launchStudio();
  try {
    const page = await app.firstWindow();
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
