import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What every part of `npm run bench` shares: where results go, the machine, tables and targets. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS = join(REPO, 'bench-results');

export interface TargetRow {
  readonly target: string;
  readonly measured: string;
  readonly status: 'met' | 'not met' | 'not measured';
}

/** Collects target rows: `measured` null means the figure could not be taken (a missing peer or UI hook). */
export class Targets {
  readonly rows: TargetRow[] = [];

  judge(target: string, measured: string | null, ok: boolean, whyMissing = ''): void {
    this.rows.push({ target, measured: measured ?? (whyMissing || '—'), status: measured === null ? 'not measured' : ok ? 'met' : 'not met' });
  }

  format(title = 'Targets:'): string {
    return [title, ...this.rows.map((row) => `  [${row.status}] ${row.target}: ${row.measured}`)].join('\n');
  }
}

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
}

export function machine(): Machine {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

export function machineLine(m: Machine, extra = ''): string {
  return `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}${extra ? `; ${extra}` : ''}`;
}

/** A Markdown table (it reads as plain text too, and pastes into the README as is). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Writes `bench-results/<part>-<date>[-quick].json` (runs with hand-picked
 * sizes go to bench-results/tmp/, which is not committed). Fractions keep
 * four significant digits, so the files diff readably and sub-millisecond
 * figures survive. Returns the path.
 */
export async function writeResults<T extends { readonly date: string; readonly quick: boolean }>(part: string, data: T, custom = false): Promise<string> {
  const folder = custom ? join(RESULTS, 'tmp') : RESULTS;
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${part}-${data.date.slice(0, 10)}${data.quick ? '-quick' : ''}${custom ? '-custom' : ''}.json`);
  const short = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value);
  await writeFile(file, `${JSON.stringify(data, short, 2)}\n`);
  return relative(REPO, file);
}
