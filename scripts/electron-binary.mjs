import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Whether Electron's executable is on this machine. `npm install` with
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1 leaves the electron package without
 * `path.txt` and `dist/`; electron-vite and Playwright then fail with a stack
 * trace, so `npm start` and the Electron e2e spec ask here first.
 */

export const ELECTRON_MISSING_MESSAGE =
  "Article Studio needs Electron's binary, which is not installed here: run `npm rebuild electron` with network access " +
  'and without ELECTRON_SKIP_BINARY_DOWNLOAD set, or use `npm run serve` to open the same app in your browser.';

/** The installed electron package folder, or null when the package itself is missing. */
export function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron'));
  } catch {
    return null;
  }
}

/**
 * The executable the electron package points at (`dist/<path.txt>`), or null
 * when path.txt is absent/empty or the file it names does not exist.
 * @param {string | null} [packageDir]
 * @returns {string | null}
 */
export function electronBinaryPath(packageDir = electronPackageDir()) {
  if (!packageDir) return null;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/**
 * @param {string | null} [packageDir]
 * @returns {boolean}
 */
export function electronBinaryAvailable(packageDir) {
  return electronBinaryPath(packageDir) !== null;
}
