import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_CLI } from './temp-workspace';
import { waitForServeUrl } from './serve-url';

export interface ServedWorkspace {
  readonly url: string;
  readonly process: ChildProcess;
  /**
   * The server's ARTICLE_STUDIO_DATA_DIR (recent list, backups, export
   * choices, the sample copy). Pass it to another serveWorkspace to restart
   * on the same state, e.g. to see a backup restored.
   */
  readonly dataDir: string;
  /** Stops the server; a data folder made here (none was passed) is removed with it. */
  stop(): Promise<void>;
}

/**
 * Starts the built CLI's web mode, exactly as a user would, and waits for its
 * URL. A null root serves the default (a copy of the bundled sample). Unless
 * `env` names an ARTICLE_STUDIO_DATA_DIR, the server gets a fresh temporary
 * one, so no test reads or writes the real user's data.
 */
export async function serveWorkspace(root: string | null, env: Record<string, string> = {}): Promise<ServedWorkspace> {
  const ownDataDir = env.ARTICLE_STUDIO_DATA_DIR === undefined ? await realpath(await mkdtemp(join(tmpdir(), 'article-studio-serve-data-'))) : null;
  const dataDir = ownDataDir ?? env.ARTICLE_STUDIO_DATA_DIR!;
  const removeOwnDataDir = () => (ownDataDir === null ? Promise.resolve() : rm(ownDataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, [BUILT_CLI, 'serve', ...(root === null ? [] : [root]), '--port', '0'], {
    env: { ...process.env, ...env, ARTICLE_STUDIO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForServeUrl(child, 15_000).catch(async (error: unknown) => {
    child.kill('SIGTERM');
    await removeOwnDataDir();
    throw error;
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    url,
    process: child,
    dataDir,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      await removeOwnDataDir();
    },
  };
}
