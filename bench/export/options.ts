/** Command-line options of the export benchmark (`npm run bench -- --quick`, or the built script directly). */
export interface BenchOptions {
  readonly quick: boolean;
  /** Article counts of the generated workspaces, in run order. */
  readonly sizes: readonly number[];
  /** Timed full exports per tool and size (alternating A B C A B C …). */
  readonly runs: number;
  /** The size at which the targets are judged. */
  readonly targetSize: number;
  /** Timed edits for the incremental re-exports. */
  readonly edits: number;
  /** Leave the generated sites and their output under bench-results/tmp/export/ to look at. */
  readonly keep: boolean;
  /** Sizes or runs chosen by hand: the results file says so in its name. */
  readonly custom: boolean;
}

export const USAGE = `Usage: node out/bench/export-bench.js [--quick] [--sizes=250,1000,4000] [--runs=N] [--edits=N]
  --quick     250 articles only, 3 runs per tool (about a minute)
  --sizes     article counts to build (default 250,1000,4000)
  --runs      timed full exports per tool and size (default 5, 3 at 4,000 articles)
  --edits     timed one-article and no-change re-exports (default 7)
  --keep      keep the generated sites and outputs in bench-results/tmp/export/`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let sizes: number[] | null = null;
  let runs: number | null = null;
  let edits = 7;
  let keep = false;
  let custom = false;
  const count = (value: string, name: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${value}"\n${USAGE}`);
    return number;
  };
  for (const arg of argv) {
    const [name, value = ''] = arg.split('=', 2) as [string, string?];
    if (name === '--quick') quick = true;
    else if (name === '--keep') keep = true;
    else if (name === '--sizes') [sizes, custom] = [value.split(',').map((size) => count(size, '--sizes')), true];
    else if (name === '--runs') [runs, custom] = [Math.max(3, count(value, '--runs')), true];
    else if (name === '--edits') [edits, custom] = [count(value, '--edits'), true];
    else if (name === '--help' || name === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  sizes ??= quick ? [250] : [250, 1000, 4000];
  const targetSize = sizes.includes(1000) ? 1000 : Math.max(...sizes);
  return { quick, sizes, runs: runs ?? (quick ? 3 : 0), targetSize, edits: quick ? Math.min(edits, 5) : edits, keep, custom };
}

/** Runs per tool at a size: as asked, else 5 (3 for the big 4,000-article site, which takes longest). */
export function runsFor(options: BenchOptions, size: number): number {
  if (options.runs > 0) return options.runs;
  return size >= 4000 ? 3 : 5;
}
