import { spawn } from 'node:child_process';
import { waitForServeUrl } from '../../e2e/support/serve-url';

/**
 * The built CLI's web mode, started as a user would (`serve <workspace>
 * --port 0`), its state folder kept in the benchmark's scratch so nothing
 * of the user's is read or written.
 */
export interface Served {
  readonly url: string;
  stop(): Promise<void>;
}

export async function serve(cli: string, workspace: string, dataDir: string): Promise<Served> {
  const child = spawn(process.execPath, [cli, 'serve', workspace, '--port', '0'], {
    env: { ...process.env, ARTICLE_STUDIO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForServeUrl(child, 20_000);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
