import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BUILT_CLI } from './temp-workspace';

const run = promisify(execFile);

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`npm run build` first) and collects its output, whatever the exit code. */
export async function runBuiltCli(args: readonly string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
