import { join, resolve } from 'node:path';

export interface AppPaths {
  /** The folder holding package.json (the repo in development, the app bundle when packaged). */
  readonly appRoot: string;
  readonly rendererDir: string;
  readonly preloadPath: string;
  readonly sampleWorkspace: string;
}

/**
 * Everything is located from the built main script (out/main/index.js), not
 * from app.getAppPath(): launched as `electron out/main/index.js` (Playwright)
 * the app path is out/main, launched as `electron .` it is the repo root.
 */
export function resolveAppPaths(mainDir: string): AppPaths {
  const outDir = resolve(mainDir, '..');
  const appRoot = resolve(outDir, '..');
  return {
    appRoot,
    rendererDir: join(outDir, 'renderer'),
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    sampleWorkspace: join(appRoot, 'examples', 'sample-workspace'),
  };
}
