import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';

export interface ProcessRun {
  /** Wall time from spawn to exit, milliseconds. */
  readonly ms: number;
  /** Peak resident set (VmHWM) of the process, bytes; 0 if never read. */
  readonly peakBytes: number;
  readonly code: number | null;
  readonly stdout: string;
  /** The last few KB of stderr, and its line count. */
  readonly stderrTail: string;
  readonly stderrLines: number;
}

export interface Command {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** VmHWM is the process's resident high-water mark; it is gone once the process has exited. */
function highWaterMark(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs one process and measures it the same way whatever the tool: wall time
 * and peak RSS, polled from /proc every ~20 ms until it exits (one process
 * for each tool measured here; its threads share the figure).
 */
export function runMeasured(command: Command, pollMs = 20): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command.file, command.args, { cwd: command.cwd, env: command.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakBytes = 0;
    let stdout = '';
    let stderrTail = '';
    let stderrLines = 0;
    const poll = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, highWaterMark(child.pid));
    };
    poll();
    const timer = setInterval(poll, pollMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) stderrLines++;
      stderrTail = (stderrTail + chunk).slice(-4000);
    });
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'exit' fires when the process ends; its pipes may still be draining, so wait for 'close' for output but take the time at exit.
    let ms = 0;
    child.on('exit', () => {
      ms = performance.now() - started;
      clearInterval(timer);
    });
    child.on('close', (code) => resolve({ ms, peakBytes, code, stdout, stderrTail, stderrLines }));
  });
}

/** Before each timed run: the previous output gone and the disk's dirty pages written out. */
export async function cleanSlate(paths: readonly string[]): Promise<void> {
  for (const path of paths) await rm(path, { recursive: true, force: true });
  writeOutDirtyPages();
}

/**
 * Before each timed run, full export or re-export: the pages an earlier run
 * wrote are on disk, so no run pays for another's write-back (a writer's
 * exports are seconds apart, not milliseconds).
 */
export function writeOutDirtyPages(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The first line of a command's output, or null if it cannot run. */
export function commandOutput(file: string, args: readonly string[]): string | null {
  const result = spawnSync(file, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim().split('\n')[0] ?? '';
}

/** Where a command is on PATH, or null. */
export function onPath(name: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}
