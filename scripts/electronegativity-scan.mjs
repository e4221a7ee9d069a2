import console from 'node:console';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

/**
 * Runs Doyensec's electronegativity over a folder, offline, through its
 * programmatic runner rather than its CLI:
 * - the CLI of 1.10.3 does not start here: it requires `commander` without
 *   declaring it and gets our commander 14, whose API it predates;
 * - its CSV report is written by two unordered async writes (header, then
 *   rows), so rows can be lost; the runner hands us the issue records instead;
 * - at start it fetches translations from S3, and one global check fetches
 *   Electron's release list from GitHub. We replace its HTTP client with one
 *   that fails at once, so a run never touches the network nor waits on it,
 *   and skip that check: offline it can say nothing, and keeping Electron
 *   current is dependency policy (package.json), not a finding in the code.
 */

const require = createRequire(import.meta.url);
const TOOL_DIR = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function refuseNetwork() {
  return Promise.reject(new Error('electronegativity runs offline here'));
}

/** Makes every copy of `got` the tool can load fail immediately instead of going online. */
function stubHttpClient() {
  const offline = Object.assign(refuseNetwork, { head: refuseNetwork, get: refuseNetwork, post: refuseNetwork });
  const users = ['dist/locales/i18n.js', 'dist/finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js'];
  for (const user of users) {
    const gotPath = createRequire(join(TOOL_DIR, user)).resolve('got');
    require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline, children: [], paths: [] };
  }
}

/** The Electron version the app ships with: the checks' defaults depend on it. */
export function installedElectronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/**
 * @param {string} folder absolute path of the folder to scan
 * @returns {Promise<{ issues: unknown[]; errors: { file: string; message: string; tolerable: boolean }[]; checks: number }>}
 */
export async function scanOffline(folder) {
  stubHttpClient();
  // Its messages come from bundled translations; the locale comes from LANG.
  process.env.LANG = 'en-US';
  const run = require(join(TOOL_DIR, 'dist/runner.js'));
  const log = console.log;
  // The runner reports the (refused) translation download on stdout; the findings are what matter.
  console.log = () => undefined;
  try {
    const result = await run(
      {
        input: folder,
        electronVersionOverride: installedElectronVersion(),
        customScan: [],
        excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
        parserPlugins: [],
        isRelative: false,
      },
      false,
    );
    return { issues: result.issues, errors: result.errors, checks: result.globalChecks + result.atomicChecks };
  } finally {
    console.log = log;
  }
}
