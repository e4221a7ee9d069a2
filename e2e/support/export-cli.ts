import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runBuiltCli, type CliRun } from './cli';
import { BUILT_CLI } from './temp-workspace';

export interface TimedRun extends CliRun {
  /** Wall time of the whole child process, start-up included, as a user waits for it. */
  readonly milliseconds: number;
}

/** These tests exercise the built CLI; a missing build should say so, not fail as "module not found". */
function requireBuiltCli(): void {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} does not exist: run \`npm run build\` before the export tests`);
}

/** `article-studio export <workspace> --out <out> ...extra` with the built CLI, timed. */
export async function runExport(workspace: string, out: string, extra: readonly string[] = []): Promise<TimedRun> {
  requireBuiltCli();
  const started = performance.now();
  const run = await runBuiltCli(['export', workspace, '--out', out, ...extra]);
  return { ...run, milliseconds: performance.now() - started };
}

/** The same export as a child process the test can kill; its output is discarded. */
export function startExport(workspace: string, out: string, extra: readonly string[] = []): ChildProcess {
  requireBuiltCli();
  return spawn(process.execPath, [BUILT_CLI, 'export', workspace, '--out', out, ...extra], { stdio: 'ignore' });
}
