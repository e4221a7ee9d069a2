import type { ChildProcess } from 'node:child_process';

/**
 * The URL `article-studio serve` prints once it listens (it carries the
 * token), read from the child's output; fails with that output when the
 * server exits first or stays silent past `timeoutMs`. Shared by the
 * end-to-end tests and the typing benchmark.
 */
export function waitForServeUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not print its URL within ${timeoutMs / 1000} s; its output:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before printing its URL:\n${output}`));
    });
  });
}
