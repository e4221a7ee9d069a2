import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportSite } from '../../src/node/export';
import { workerCountFor } from '../../src/node/export/render-pages';
import { cleanSlate, commandOutput, median, onPath, runMeasured, writeOutDirtyPages, type Command, type ProcessRun } from './measure';
import { parseOptions, runsFor, type BenchOptions } from './options';
import { eleventyCommand, eleventyEntry, hugoCommand, writeEleventySite, writeHugoSite } from './peers';
import { formatReport, type Report, type SizeResult, type ToolName } from './report';
import { buildCorpus, writeWorkspace, type Corpus } from './workspace';

/**
 * The export benchmark (issue 9 and the export targets): Article Studio's CLI,
 * Eleventy and Hugo build the same generated workspace, alternating A B C …,
 * each from an empty output folder after `sync`; wall time and peak RSS per
 * process. Then one-article and no-change re-exports, through the CLI and in
 * process (as the app runs them), each after `sync` as well. Prints a table and the targets, and writes
 * bench-results/export-<date>.json.
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SCRATCH = join(REPO, 'bench-results', 'tmp', 'export');
/** The CLI measured: npm run bench's private copy of the fresh build (BENCH_CLI), so another build of out/ mid-run changes nothing here. */
const CLI = process.env.BENCH_CLI ?? join(REPO, 'out', 'cli', 'article-studio.js');

interface Tool {
  readonly name: ToolName;
  readonly command: (size: number) => Command;
  readonly out: (size: number) => string;
  /** Scratch that a run may leave besides its output (Hugo's cache). */
  readonly extra: readonly string[];
}

const MB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  if (!existsSync(CLI)) throw new Error(`${relative(REPO, CLI)} is missing: run \`npm run build\` first (npm run bench does)`);
  const eleventyCli = eleventyEntry(REPO);
  const eleventyVersion = existsSync(eleventyCli)
    ? (JSON.parse(readFileSync(join(REPO, 'node_modules/@11ty/eleventy/package.json'), 'utf8')) as { version: string }).version
    : null;
  if (!eleventyVersion) console.log('Eleventy is not installed (npm install): its column is skipped.');
  const hugo = onPath('hugo');
  const hugoVersion = hugo ? commandOutput(hugo, ['version']) : null;
  if (!hugo) console.log('Hugo is not on PATH (install it with `sudo apt-get install hugo`): its column is skipped and the targets that need it are not measured.');

  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${process.platform} ${release()}`,
    hugo: hugoVersion,
    eleventy: eleventyVersion,
  };
  const machineLine =
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; ` +
    `${hugoVersion ? `Hugo ${hugoVersion.replace(/^hugo /, '').split(' ')[0]} (uses every core)` : 'Hugo not installed'}, Eleventy ${eleventyVersion ?? 'not installed'}; ` +
    `Article Studio renders on its main thread plus ${workerCountFor(machine.cores, 1000)} worker thread(s) for a site of 1,000 pages.`;
  console.log(machineLine);
  console.log(`Sizes: ${options.sizes.map((size) => `${size.toLocaleString('en')} × 20 KB`).join(', ')}; targets judged at ${options.targetSize.toLocaleString('en')}.${options.quick ? ' (--quick)' : ''}\n`);

  const tools: Tool[] = [
    { name: 'Article Studio', command: (size) => ({ file: process.execPath, args: [CLI, 'export', ws(size), '--out', out('ours', size)] }), out: (size) => out('ours', size), extra: [] },
  ];
  if (eleventyVersion) tools.push({ name: 'Eleventy', command: (size) => eleventyCommand(join(SCRATCH, `eleventy-${size}`), out('eleventy', size), eleventyCli), out: (size) => out('eleventy', size), extra: [] });
  if (hugo) {
    const cache = join(SCRATCH, 'hugo-cache');
    tools.push({ name: 'Hugo', command: (size) => hugoCommand(hugo, join(SCRATCH, `hugo-${size}`), out('hugo', size), cache), out: (size) => out('hugo', size), extra: [cache] });
  }

  const sizes: SizeResult[] = [];
  let incremental: Report['incremental'] = null;
  for (const size of options.sizes) {
    const corpus = buildCorpus(size);
    const prepared = performance.now();
    await writeWorkspace(ws(size), corpus);
    if (eleventyVersion) await writeEleventySite(join(SCRATCH, `eleventy-${size}`), corpus);
    if (hugo) await writeHugoSite(join(SCRATCH, `hugo-${size}`), corpus);
    console.log(`${size.toLocaleString('en')} articles (${(corpus.bytes / MB).toFixed(1)} MB of Markdown, ${corpus.assets.length} images) written in ${seconds(performance.now() - prepared)}`);
    const result = await fullExports(tools, size, runsFor(options, size), corpus);
    sizes.push(result);
    if (size === options.targetSize) incremental = await reExports(corpus, options.edits, options.keep);
    if (!options.keep) {
      for (const path of [...tools.map((tool) => tool.out(size)), ws(size), join(SCRATCH, `eleventy-${size}`), join(SCRATCH, `hugo-${size}`)]) await rm(path, { recursive: true, force: true });
    }
  }

  if (!options.keep) await rm(SCRATCH, { recursive: true, force: true });
  const totalSeconds = (performance.now() - started) / 1000;
  const report: Report = { date: new Date().toISOString(), quick: options.quick, machine, machineLine, targetSize: options.targetSize, sizes, incremental, exportSeconds: totalSeconds };
  const text = formatReport(report);
  console.log(`\n${text.table}\n\n${text.targets}\n\n${machineLine}\nExport benchmark took ${totalSeconds.toFixed(0)} s.`);
  // The default and --quick runs are the ones to keep (and commit); hand-picked sizes or runs go to scratch.
  const folder = options.custom ? join(REPO, 'bench-results', 'tmp') : join(REPO, 'bench-results');
  await mkdir(folder, { recursive: true });
  const file = join(folder, `export-${report.date.slice(0, 10)}${options.quick ? '-quick' : ''}${options.custom ? '-custom' : ''}.json`);
  const tenths = (_key: string, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 10) / 10 : value);
  await writeFile(file, `${JSON.stringify({ ...report, targets: text.targetRows }, tenths, 2)}\n`);
  console.log(`Results: ${relative(REPO, file)}`);
}

function ws(size: number): string {
  return join(SCRATCH, `ws-${size}`);
}

function out(tool: string, size: number): string {
  return join(SCRATCH, 'out', `${tool}-${size}`);
}

async function fullExports(tools: readonly Tool[], size: number, runs: number, corpus: Corpus): Promise<SizeResult> {
  const results = new Map<ToolName, ProcessRun[]>(tools.map((tool) => [tool.name, []]));
  const output = new Map<ToolName, { files: number; bytes: number; pageBytes: number }>();
  for (let round = 1; round <= runs; round++) {
    const line: string[] = [];
    for (const tool of tools) {
      await cleanSlate([tool.out(size), ...tool.extra]);
      const run = await runMeasured(tool.command(size));
      if (run.code !== 0) throw new Error(`${tool.name} failed (exit ${run.code}) on ${size} articles:\n${run.stdout.slice(-2000)}\n${run.stderrTail}`);
      results.get(tool.name)!.push(run);
      if (round === 1) output.set(tool.name, await checkOutput(tool, size, corpus));
      line.push(`${tool.name} ${seconds(run.ms)} ${(run.peakBytes / MB).toFixed(0)} MB`);
    }
    console.log(`  round ${round}/${runs}: ${line.join(' · ')}`);
  }
  return {
    size,
    tools: tools.map((tool) => {
      const runsOf = results.get(tool.name)!;
      return {
        name: tool.name,
        runs: runsOf.map((run) => ({ ms: Math.round(run.ms), peakMB: Math.round((run.peakBytes / MB) * 10) / 10 })),
        medianMs: median(runsOf.map((run) => run.ms)),
        peakMB: median(runsOf.map((run) => run.peakBytes)) / MB,
        output: output.get(tool.name)!,
        notes: tool.name === 'Article Studio' ? `${runsOf[0]!.stderrLines} findings on stderr (the corpus links to /guides/<word>-<word> pages that do not exist)` : undefined,
      };
    }),
  };
}

/** Every article page is there, and the site files; sizes for the table's parity check. */
async function checkOutput(tool: Tool, size: number, corpus: Corpus): Promise<{ files: number; bytes: number; pageBytes: number }> {
  const root = tool.out(size);
  const first = corpus.articles[0]!.path.replace(/\.md$/, '/index.html');
  const last = corpus.articles.at(-1)!.path.replace(/\.md$/, '/index.html');
  for (const path of [first, last, 'index.html', 'sitemap.xml', 'robots.txt', '404.html', corpus.assets.at(-1)!]) {
    if (!existsSync(join(root, path))) throw new Error(`${tool.name}: ${path} missing from its output ${root}`);
  }
  const page = await readFile(join(root, first), 'utf8');
  for (const needle of ['application/ld+json', '<details>', '<table>', 'og:title', 'rel="canonical"']) {
    if (!page.includes(needle)) throw new Error(`${tool.name}: ${first} has no ${needle}`);
  }
  let files = 0;
  let bytes = 0;
  let pageBytes = 0;
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const { size: length } = await stat(path);
        files++;
        bytes += length;
        if (path.startsWith(join(root, 'guides')) && entry.name === 'index.html') pageBytes += length;
      }
    }
  };
  await walk(root);
  return { files, bytes, pageBytes: Math.round(pageBytes / corpus.count) };
}

/** A small edit to one article, different each time, as a writer saving. */
async function editOne(workspace: string, corpus: Corpus, edit: number): Promise<string> {
  const article = corpus.articles[(edit * 97) % corpus.count]!;
  const text = await readFile(join(workspace, article.path), 'utf8');
  await writeFile(join(workspace, article.path), `${text}\nOne more sentence, added by edit ${edit}.\n`);
  return article.path;
}

async function reExports(corpus: Corpus, edits: number, keep: boolean): Promise<NonNullable<Report['incremental']>> {
  const size = corpus.count;
  const workspace = join(SCRATCH, 'edit', 'ws');
  const cliOut = join(SCRATCH, 'edit', 'out-cli');
  const appOut = join(SCRATCH, 'edit', 'out-app');
  await rm(join(SCRATCH, 'edit'), { recursive: true, force: true });
  await cp(ws(size), workspace, { recursive: true });
  console.log(`\nRe-exports of the ${size.toLocaleString('en')}-article workspace, ${edits} edit${edits === 1 ? '' : 's'} each:`);

  // Node's start-up and the CLI's module loading: the floor under every CLI run.
  const startup: ProcessRun[] = [];
  for (let i = 0; i < 5; i++) startup.push(await runMeasured({ file: process.execPath, args: [CLI, '--help'] }));

  // Through the CLI, one process per export, timed like the full exports.
  const cli = async () => {
    writeOutDirtyPages();
    const run = await runMeasured({ file: process.execPath, args: [CLI, 'export', workspace, '--out', cliOut] });
    if (run.code !== 0) throw new Error(`export failed (exit ${run.code}):\n${run.stderrTail}`);
    return run;
  };
  await cleanSlate([cliOut]);
  const cliFull = await cli();
  const cliChanged: ProcessRun[] = [];
  const cliUnchanged: ProcessRun[] = [];
  for (let edit = 1; edit <= edits; edit++) {
    await editOne(workspace, corpus, edit);
    cliChanged.push(await cli());
    if (!/[1-9]\d* files written/.test(cliChanged.at(-1)!.stdout)) throw new Error(`the one-article re-export rewrote nothing: ${cliChanged.at(-1)!.stdout}`);
    cliUnchanged.push(await cli());
    if (!cliUnchanged.at(-1)!.stdout.includes('unchanged')) throw new Error(`the no-change re-export was not a no-op: ${cliUnchanged.at(-1)!.stdout}`);
  }
  console.log(
    `  CLI: full ${seconds(cliFull.ms)}; one article changed: median ${median(cliChanged.map((run) => run.ms)).toFixed(0)} ms; ` +
      `no change: median ${median(cliUnchanged.map((run) => run.ms)).toFixed(0)} ms; Node + CLI start-up alone: ${median(startup.map((run) => run.ms)).toFixed(0)} ms`,
  );

  // In process, as the app does: exportSite imported, the process kept running.
  const app = async () => {
    writeOutDirtyPages();
    const start = performance.now();
    const result = await exportSite(workspace, { out: appOut });
    return { ms: performance.now() - start, result };
  };
  const appFull = await app();
  const appChanged: number[] = [];
  const appUnchanged: number[] = [];
  for (let edit = edits + 1; edit <= edits * 2; edit++) {
    await editOne(workspace, corpus, edit);
    const changed = await app();
    if (changed.result.unchanged || changed.result.written < 1) throw new Error('the in-process one-article re-export wrote nothing');
    appChanged.push(changed.ms);
    const unchanged = await app();
    if (!unchanged.result.unchanged) throw new Error('the in-process no-change re-export was not a no-op');
    appUnchanged.push(unchanged.ms);
  }
  console.log(
    `  in process: full ${seconds(appFull.ms)} (first run, cold JIT); one article changed: median ${median(appChanged).toFixed(1)} ms (${appChanged.map((ms) => ms.toFixed(0)).join(', ')}); ` +
      `no change: median ${median(appUnchanged).toFixed(1)} ms (${appUnchanged.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  if (!keep) await rm(join(SCRATCH, 'edit'), { recursive: true, force: true });
  return {
    size,
    startupMs: median(startup.map((run) => run.ms)),
    cli: {
      fullMs: cliFull.ms,
      changedMs: median(cliChanged.map((run) => run.ms)),
      unchangedMs: median(cliUnchanged.map((run) => run.ms)),
      changedRuns: cliChanged.map((run) => Math.round(run.ms)),
      unchangedRuns: cliUnchanged.map((run) => Math.round(run.ms)),
      unchangedPeakMB: median(cliUnchanged.map((run) => run.peakBytes)) / MB,
    },
    app: {
      fullMs: appFull.ms,
      changedMs: median(appChanged),
      unchangedMs: median(appUnchanged),
      changedRuns: appChanged.map((ms) => Math.round(ms * 10) / 10),
      unchangedRuns: appUnchanged.map((ms) => Math.round(ms * 10) / 10),
    },
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
