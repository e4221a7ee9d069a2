import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, type ProcessRun } from '../export/measure';
import { buildCorpus, writeWorkspace } from '../export/workspace';
import { machine, machineLine, REPO, RESULTS, table, writeResults } from '../shared/results';
import { median, ms, ratio } from '../shared/stats';
import type { ChildReport } from './listing';
import { dropFromPageCache, residentShare, type DropMethod } from './page-cache';

/**
 * The workspace-listing benchmark (issue 9, part 3): a generated workspace of
 * 5,000 articles of ~20 KB listed with titles and dates by our workspace
 * service and by a naive peer (every file read, gray-matter), each in a fresh
 * process after its files were dropped from the page cache (cold), then again
 * in the same process (warm). The two alternate A B, B A … so drift on a
 * shared machine falls on both. Prints the table and ratios, writes
 * bench-results/workspace-<date>.json.
 */
const CHILD = fileURLToPath(new URL('./workspace-list.js', import.meta.url));
const SCRATCH = join(RESULTS, 'tmp', 'workspace');
const NAMES = { ours: 'Article Studio (listArticles)', naive: 'naive (read all + gray-matter)' } as const;
type Mode = keyof typeof NAMES;

interface Options {
  readonly quick: boolean;
  readonly articles: number;
  readonly rounds: number;
  readonly keep: boolean;
  readonly custom: boolean;
}

const USAGE = `Usage: node out/bench/workspace-bench.js [--quick] [--articles=N] [--rounds=N] [--keep]
  --quick      1,000 articles, 3 rounds
  --articles   workspace size (default 5,000)
  --rounds     cold processes per listing (default 5)
  --keep       keep the generated workspace in bench-results/tmp/workspace/`;

function parseOptions(argv: readonly string[]): Options {
  let [quick, keep, custom] = [false, false, false];
  let articles: number | null = null;
  let rounds: number | null = null;
  for (const arg of argv) {
    const [name, value = ''] = arg.split('=', 2) as [string, string?];
    const count = () => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1\n${USAGE}`);
      custom = true;
      return number;
    };
    if (name === '--quick') quick = true;
    else if (name === '--keep') keep = true;
    else if (name === '--articles') articles = count();
    else if (name === '--rounds') rounds = count();
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return { quick, keep, custom, articles: articles ?? (quick ? 1000 : 5000), rounds: rounds ?? (quick ? 3 : 5) };
}

interface ModeRuns {
  readonly reports: ChildReport[];
  readonly processes: ProcessRun[];
}

async function runChild(mode: Mode, root: string): Promise<{ report: ChildReport; run: ProcessRun }> {
  const run = await runMeasured({ file: process.execPath, args: [CHILD, mode, root, '3'] });
  if (run.code !== 0) throw new Error(`the ${NAMES[mode]} listing failed (exit ${run.code}):\n${run.stderrTail}`);
  return { report: JSON.parse(run.stdout) as ChildReport, run };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  if (!existsSync(CHILD)) throw new Error(`${relative(REPO, CHILD)} is missing: npm run bench builds it`);
  const m = machine();
  console.log(machineLine(m));

  const corpus = buildCorpus(options.articles);
  const root = join(SCRATCH, `ws-${options.articles}`);
  await writeWorkspace(root, corpus);
  const files = [...corpus.articles.map((article) => join(root, article.path)), ...corpus.assets.map((asset) => join(root, asset))];
  console.log(`${options.articles.toLocaleString('en')} articles (${(corpus.bytes / 1024 / 1024).toFixed(1)} MB of Markdown, ${corpus.assets.length} images) written in ${ms(performance.now() - started)}`);

  const runs: Record<Mode, ModeRuns> = { ours: { reports: [], processes: [] }, naive: { reports: [], processes: [] } };
  let method: DropMethod = 'none';
  let residentAfterDrop: number | null = null;
  for (let round = 1; round <= options.rounds; round++) {
    const order: Mode[] = round % 2 === 1 ? ['ours', 'naive'] : ['naive', 'ours'];
    const line: string[] = [];
    for (const mode of order) {
      method = dropFromPageCache(files);
      if (round === 1 && residentAfterDrop === null) residentAfterDrop = residentShare(files.slice(0, 200));
      const { report, run } = await runChild(mode, root);
      if (report.count !== options.articles) throw new Error(`${NAMES[mode]} listed ${report.count} articles, not ${options.articles}`);
      runs[mode].reports.push(report);
      runs[mode].processes.push(run);
      line.push(`${mode} cold ${ms(report.callsMs[0]!)}, warm ${ms(report.callsMs[1]!)}`);
    }
    console.log(`  round ${round}/${options.rounds}: ${line.join(' · ')}`);
  }
  if (runs.ours.reports[0]!.digest !== runs.naive.reports[0]!.digest) throw new Error('the two listings disagree on the articles or their titles');
  if (method === 'none') console.log('  (python3 is missing: the files could not be dropped from the page cache; "cold" is a fresh process only)');

  const summary = (mode: Mode) => {
    const { reports, processes } = runs[mode];
    return {
      name: NAMES[mode],
      coldMs: median(reports.map((report) => report.callsMs[0]!)),
      warmMs: median(reports.map((report) => report.callsMs[1]!)),
      thirdCallMs: median(reports.map((report) => report.callsMs[2]!)),
      loadMs: median(reports.map((report) => report.loadMs)),
      processMs: median(processes.map((run) => run.ms)),
      peakMB: median(processes.map((run) => run.peakBytes)) / 1024 / 1024,
      runs: reports.map((report, index) => ({ callsMs: report.callsMs, loadMs: report.loadMs, processMs: processes[index]!.ms })),
    };
  };
  const ours = summary('ours');
  const naive = summary('naive');
  const size = `${options.articles.toLocaleString('en')} × 20 KB`;
  const row = (tool: typeof ours, peer: typeof ours | null) => [
    tool.name,
    size,
    `${ms(tool.coldMs)}${peer ? ` (${ratio(tool.coldMs / peer.coldMs)})` : ''}`,
    `${ms(tool.warmMs)}${peer ? ` (${ratio(tool.warmMs / peer.warmMs)})` : ''}`,
    ms(tool.loadMs),
    ms(tool.processMs),
    tool.peakMB.toFixed(0),
  ];
  const text = table(['listing', 'workspace', 'cold: first call (ours ÷ naive)', 'warm: second call', 'module load', 'whole process (3 calls)', 'peak MB'], [row(ours, naive), row(naive, null)]);
  const cache =
    method === 'posix_fadvise'
      ? `Cold: a fresh process per run, the workspace's files dropped from the page cache first (posix_fadvise DONTNEED; ${residentAfterDrop === null ? 'fincore missing, residency not checked' : `${(residentAfterDrop * 100).toFixed(1)}% of a 200-file sample still cached after the drop`}; folder entries stay cached).`
      : 'Cold: a fresh process per run; the page cache could not be dropped (no python3), so the files were probably still cached.';
  console.log(`\n${text}\n\nMedians of ${options.rounds} runs each, alternating. ${cache} No target in the issues for listing; ratios against the naive listing are what count.`);
  const date = new Date().toISOString();
  const file = await writeResults('workspace', { date, quick: options.quick, machine: m, articles: options.articles, articleBytes: corpus.bytes, rounds: options.rounds, pageCacheDrop: method, residentAfterDrop, ours, naive, ratios: { cold: ours.coldMs / naive.coldMs, warm: ours.warmMs / naive.warmMs } }, options.custom);
  if (!options.keep) await rm(SCRATCH, { recursive: true, force: true });
  console.log(`Results: ${file}\nWorkspace benchmark took ${ms(performance.now() - started)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
