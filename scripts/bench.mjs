#!/usr/bin/env node
// `npm run bench [-- --quick]`: the rendering micro-benchmarks (vitest bench),
// then the export benchmark: the CLI built (it is what gets measured), the
// benchmark built (vite.bench.config.ts) and run with this script's arguments.
//   --quick        export: 250 articles only, 3 runs per tool
//   --export-only  skip the rendering micro-benchmarks
// Other arguments (--sizes=…, --runs=…, --edits=…) go to the export benchmark.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const binOf = (name, bin = name) => {
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = require(manifestPath);
  return join(dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin]);
};

const args = process.argv.slice(2);
const exportOnly = args.includes('--export-only');
const exportArgs = args.filter((arg) => arg !== '--export-only');
const started = performance.now();

function step(title, file, stepArgs) {
  process.stdout.write(`\n> ${title}\n`);
  const result = spawnSync(process.execPath, [file, ...stepArgs], { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(`bench: "${title}" failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status ?? 1);
  }
}

if (!exportOnly) step('vitest bench --run', binOf('vitest'), ['bench', '--run']);
const vite = binOf('vite');
step('vite build -c vite.cli.config.ts', vite, ['build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']);
step('vite build -c vite.bench.config.ts', vite, ['build', '-c', 'vite.bench.config.ts', '--logLevel', 'warn']);
step(`node out/bench/export-bench.js ${exportArgs.join(' ')}`.trim(), 'out/bench/export-bench.js', exportArgs);
process.stdout.write(`\nnpm run bench took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
