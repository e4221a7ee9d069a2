import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { machine, machineLine, REPO, RESULTS, table, writeResults, type TargetRow } from './shared/results';
import { ms, ratio } from './shared/stats';

/**
 * The last step of `npm run bench`: every target of this run in one table
 * (rendering, export and writing-room issues), the workspace-listing ratios,
 * and the machine with the tool versions, from the results files the parts
 * wrote since the run began. Usage: bench-summary.js --since=<epoch ms>
 * [--quick] [--failed=part,…]. Writes bench-results/summary-<date>.json.
 */
const PARTS = ['render', 'export', 'workspace', 'typing'] as const;
type Part = (typeof PARTS)[number];
const ISSUE: Record<Part, string> = { render: 'rendering (issue 3)', export: 'export (issue 4)', workspace: 'workspace listing', typing: 'writing room (issue 5)' };

interface PartFile {
  readonly file: string;
  readonly data: Record<string, unknown> & { targets?: TargetRow[] };
}

/** The newest results file of a part written since the run began (bench-results/, or tmp/ for hand-picked sizes). */
function resultsOf(part: Part, since: number): PartFile | null {
  const candidates = [RESULTS, join(RESULTS, 'tmp')].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.startsWith(`${part}-`) && name.endsWith('.json'))
      .map((name) => join(folder, name))
      .map((path) => ({ path, time: statSync(path).mtimeMs }))
      .filter((candidate) => candidate.time >= since),
  );
  const newest = candidates.sort((a, b) => b.time - a.time)[0];
  return newest ? { file: relative(REPO, newest.path), data: JSON.parse(readFileSync(newest.path, 'utf8')) as PartFile['data'] } : null;
}

function chromiumVersion(typing: PartFile | null): string | null {
  if (typing && typeof typing.data.chromium === 'string') return typing.data.chromium;
  const result = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? (/[\d.]+/.exec(result.stdout)?.[0] ?? null) : null;
}

async function main(): Promise<void> {
  const args = new Map<string, string>(process.argv.slice(2).map((arg) => [arg.split('=')[0]!, arg.slice(arg.indexOf('=') + 1)]));
  const since = Number(args.get('--since') ?? 0);
  const quick = args.has('--quick');
  const failed = new Set((args.get('--failed') ?? '').split(',').filter(Boolean));
  const ran = new Set((args.get('--ran') ?? PARTS.join(',')).split(','));
  const files = Object.fromEntries(PARTS.map((part) => [part, resultsOf(part, since)])) as Record<Part, PartFile | null>;

  const rows: string[][] = [];
  const targets: (TargetRow & { part: Part })[] = [];
  for (const part of PARTS) {
    const found = files[part];
    if (!ran.has(part)) continue;
    if (!found) {
      rows.push([ISSUE[part], failed.has(part) ? 'the part failed before writing its results' : 'no results written', '—', 'not measured']);
      continue;
    }
    for (const row of found.data.targets ?? []) {
      rows.push([ISSUE[part], row.target, row.measured, row.status]);
      targets.push({ ...row, part });
    }
  }
  const m = machine();
  const exportMachine = (files.export?.data.machine ?? {}) as { hugo?: string | null; eleventy?: string | null };
  const chromium = chromiumVersion(files.typing);
  const tools = [
    `Chromium ${chromium ?? 'not found'}`,
    `Hugo ${exportMachine.hugo ? exportMachine.hugo.replace(/^hugo v?/, '').split(/[ -]/)[0] : 'not measured'}`,
    `Eleventy ${exportMachine.eleventy ?? 'not measured'}`,
  ].join(', ');
  console.log(`Summary of this run${quick ? ' (--quick: smaller corpora, fewer runs; indicative only)' : ''}:\n`);
  console.log(table(['part', 'target', 'measured', 'status'], rows));
  const listing = files.workspace?.data as { articles?: number; ours?: { coldMs: number; warmMs: number }; naive?: { coldMs: number; warmMs: number } } | undefined;
  if (listing?.ours && listing.naive) {
    console.log(
      `\nWorkspace listing, ${listing.articles!.toLocaleString('en')} articles (no target; vs the naive listing): cold ${ms(listing.ours.coldMs)} vs ${ms(listing.naive.coldMs)} (${ratio(listing.ours.coldMs / listing.naive.coldMs)}), ` +
        `warm ${ms(listing.ours.warmMs)} vs ${ms(listing.naive.warmMs)} (${ratio(listing.ours.warmMs / listing.naive.warmMs)}).`,
    );
  }
  const notMet = targets.filter((target) => target.status !== 'met');
  console.log(`\n${targets.length - notMet.length} of ${targets.length} targets met${notMet.length ? `; not met or not measured: ${notMet.map((target) => `${target.target} (${target.status})`).join('; ')}` : ''}.`);
  console.log(machineLine(m, tools));
  const file = await writeResults('summary', {
    date: new Date().toISOString(),
    quick,
    machine: { ...m, chromium, hugo: exportMachine.hugo ?? null, eleventy: exportMachine.eleventy ?? null },
    files: Object.fromEntries(PARTS.map((part) => [part, files[part]?.file ?? null])),
    failed: [...failed],
    targets,
  });
  console.log(`Results: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
