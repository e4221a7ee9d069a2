#!/usr/bin/env node
// `npm run bench [-- --quick]`: issue 9's four benchmarks, then one summary.
//   1. rendering micro-benchmarks (vitest bench) and their p50/p95 report
//   2. export vs Eleventy and Hugo            (bench/export/)
//   3. workspace listing, cold and warm      (bench/workspace/)
//   4. typing in Chromium against web mode   (bench/typing/)
// The CLI is built first (it is what gets measured), the renderer too when
// out/renderer is older than its sources (web mode serves it), then the
// benchmarks themselves (vite.bench.config.ts).
//   --quick           smaller corpora, fewer runs and keystrokes (about 2 minutes)
//   --only=a,b        run only these parts: render, export, workspace, typing
//   --export-only     the same as --only=export
// Part options: --sizes=, --runs=, --edits= (export); --articles=, --rounds=
// (workspace); --keystrokes=, --bursts=, --interval= (typing); --keep (export
// and workspace scratch). A part that fails does not stop the others; the
// run exits non-zero afterwards, naming it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const binOf = (name, bin = name) => {
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = require(manifestPath);
  return join(dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin]);
};

const PARTS = ['render', 'export', 'workspace', 'typing'];
const OWNED = { export: ['--sizes', '--runs', '--edits', '--keep'], workspace: ['--articles', '--rounds', '--keep'], typing: ['--keystrokes', '--bursts', '--interval'] };
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only='));
const parts = args.includes('--export-only') ? ['export'] : onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS;
const unknownPart = parts.find((part) => !PARTS.includes(part));
const known = new Set(['--quick', '--only', '--export-only', ...Object.values(OWNED).flat()]);
const unknownArg = args.find((arg) => !known.has(arg.split('=')[0]));
if (unknownPart || unknownArg) {
  process.stderr.write(`bench: unknown ${unknownPart ? `part "${unknownPart}" (parts: ${PARTS.join(', ')})` : `option ${unknownArg}`}\n`);
  process.exit(2);
}
const argsOf = (part) => [...(quick ? ['--quick'] : []), ...args.filter((arg) => OWNED[part]?.includes(arg.split('=')[0]))];

const started = performance.now();
const since = Date.now();
const failed = [];

/** Runs a Node script; a failed build stops the run, a failed benchmark part is noted and the run goes on. */
function step(title, file, stepArgs, { part = null, env = {} } = {}) {
  process.stdout.write(`\n> ${title}\n`);
  const result = spawnSync(process.execPath, [file, ...stepArgs], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  if (result.status === 0) return true;
  process.stderr.write(`bench: "${title}" failed (exit ${result.status ?? result.signal})\n`);
  if (!part) process.exit(result.status ?? 1);
  failed.push(part);
  return false;
}

/** The newest modification time under these paths (files and folders, recursively). */
function newest(paths) {
  let time = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (!info.isDirectory()) time = Math.max(time, info.mtimeMs);
    else for (const name of readdirSync(path, { recursive: true })) time = Math.max(time, statSync(join(path, String(name))).mtimeMs);
  }
  return time;
}

if (parts.includes('render')) {
  // render.bench.ts leaves its per-call figures here; the report step turns them into p50/p95 and targets.
  const samples = join('bench-results', 'tmp', 'render-samples.json');
  mkdirSync(dirname(samples), { recursive: true });
  rmSync(samples, { force: true });
  const env = { BENCH_RENDER_SAMPLES: samples, BENCH_QUICK: quick ? '1' : '0' };
  step('vitest bench --run', binOf('vitest'), ['bench', '--run'], { part: 'render', env });
}
const vite = binOf('vite');
if (parts.includes('export') || parts.includes('typing')) {
  step('vite build -c vite.cli.config.ts', vite, ['build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
}
if (parts.includes('typing')) {
  // Web mode serves out/renderer: rebuilt (as `npm run build` would) only when a source is newer, since it takes a while.
  const built = existsSync('out/renderer/index.html') ? statSync('out/renderer/index.html').mtimeMs : 0;
  if (newest(['src/renderer', 'src/core', 'electron.vite.config.ts', 'package-lock.json']) > built) {
    step('electron-vite build (out/renderer is older than its sources)', binOf('electron-vite'), ['build', '--logLevel', 'warn']);
  } else process.stdout.write('\n> out/renderer is up to date with src/renderer and src/core\n');
}
step('vite build -c vite.bench.config.ts', vite, ['build', '-c', 'vite.bench.config.ts', '--logLevel', 'warn']);

// Others rebuild out/ while a run goes on (a new build id makes the export's
// no-change re-export a full one): the parts measure a private copy of this
// build instead. Beside each other, as in out/: serve finds ../renderer/.
const snapshot = join('bench-results', 'tmp', 'build');
rmSync(snapshot, { recursive: true, force: true });
for (const folder of ['cli', 'renderer']) if (existsSync(join('out', folder))) cpSync(join('out', folder), join(snapshot, folder), { recursive: true });
process.env.BENCH_CLI = resolve(snapshot, 'cli', 'article-studio.js');

if (parts.includes('render') && !failed.includes('render')) step('node out/bench/render-report.js', 'out/bench/render-report.js', [], { part: 'render' });
for (const part of ['export', 'workspace', 'typing']) {
  if (!parts.includes(part)) continue;
  const partArgs = argsOf(part);
  step(`node out/bench/${part}-bench.js ${partArgs.join(' ')}`.trim(), `out/bench/${part}-bench.js`, partArgs, { part });
}
const summaryArgs = [`--since=${since}`, `--ran=${parts.join(',')}`, ...(quick ? ['--quick'] : []), ...(failed.length ? [`--failed=${failed.join(',')}`] : [])];
step('node out/bench/bench-summary.js', 'out/bench/bench-summary.js', summaryArgs, { part: 'summary' });
process.stdout.write(`\nnpm run bench took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
if (failed.length) {
  process.stderr.write(`bench: these parts failed: ${failed.join(', ')} (see above)\n`);
  process.exit(1);
}
