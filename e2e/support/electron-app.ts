import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { copySampleWorkspace } from './temp-workspace';

const MAIN_SCRIPT = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

export interface LaunchedStudio {
  readonly app: ElectronApplication;
  readonly workspace: string;
  readonly profile: string;
  /** Closes the app and removes what `launchStudio` created (not what the caller passed in). */
  readonly dispose: () => Promise<void>;
}

/**
 * The built app (`npm run build` first) on a fresh copy of the sample
 * workspace, with its own profile folder so it neither meets a running
 * Article Studio's single-instance lock nor reads or writes its state.
 * Pass `workspace` and `profile` to start again on the same ones (a restart
 * after a crash).
 */
export async function launchStudio(reuse: { workspace?: string; profile?: string } = {}): Promise<LaunchedStudio> {
  const copy = reuse.workspace ? null : await copySampleWorkspace();
  const workspace = reuse.workspace ?? copy!.root;
  const profile = reuse.profile ?? (await realpath(await mkdtemp(join(tmpdir(), 'article-studio-profile-'))));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Never the dev server, even if this shell came from `electron-vite dev`.
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env.ARTICLE_STUDIO_WORKSPACE = workspace;
  env.ARTICLE_STUDIO_USER_DATA = profile;
  const app = await electron.launch({
    // Chromium refuses to run as root with its OS sandbox (CI containers).
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN_SCRIPT],
    env,
  });
  return {
    app,
    workspace,
    profile,
    dispose: async () => {
      await app.close().catch(() => undefined);
      await copy?.dispose();
      if (!reuse.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The app's window, with autosave off unless asked for: the specs check
 * unsaved states, which a pause in typing would otherwise save away.
 */
export async function studioWindow(app: ElectronApplication, options: { autosave?: boolean } = {}) {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await page.evaluate((on) => localStorage.setItem('article-studio:autosave', JSON.stringify(on)), options.autosave ?? false);
  await page.reload();
  return page;
}

/**
 * Why the Electron specs are skipped on a machine without the binary, in
 * terms a reader can check: the same test `npm start` makes.
 */
export const ELECTRON_SKIP_REASON =
  "Electron's binary is not installed: node_modules/electron/path.txt, or the dist/ executable it names, is missing " +
  '(npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1); `npm rebuild electron` with network access installs it, and these specs then run';
