import { spawn } from 'node:child_process';

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
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not print its URL within 20 s; its output:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before printing its URL:\n${output}`));
    });
  });
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
