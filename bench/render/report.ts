import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { machine, machineLine, REPO, RESULTS, table, Targets, writeResults } from '../shared/results';
import { ms, ratio } from '../shared/stats';
import type { RenderSample, RenderSamples } from './samples';

/**
 * The rendering part of the report: the per-call figures render.bench.ts
 * left in bench-results/tmp/render-samples.json (vitest bench ran it just
 * before), as p50/p95 and throughput, with the rendering issue's targets.
 * Writes bench-results/render-<date>.json.
 */
export const SAMPLES_FILE = join(RESULTS, 'tmp', 'render-samples.json');
const NAMES: Record<RenderSample['name'], string> = {
  'markdown-it': 'markdown-it (raw)',
  marked: 'marked (raw)',
  markdown: 'Markdown + sanitiser (ours)',
  page: 'whole page (ours: parse, render, JSON-LD, head)',
};

async function main(): Promise<void> {
  if (!existsSync(SAMPLES_FILE)) throw new Error(`${relative(REPO, SAMPLES_FILE)} is missing: npm run bench writes it while vitest bench runs`);
  const samples = JSON.parse(readFileSync(SAMPLES_FILE, 'utf8')) as RenderSamples;
  const find = (size: string, name: RenderSample['name']) => samples.results.find((result) => result.size === size && result.name === name);
  const sizes = [...new Set(samples.results.map((result) => result.size))];
  const rows = sizes.flatMap((size) =>
    (Object.keys(NAMES) as RenderSample['name'][]).flatMap((name) => {
      const result = find(size, name);
      const raw = find(size, 'markdown-it');
      if (!result) return [];
      return [[size, NAMES[name], ms(result.p50Ms), ms(result.p95Ms), ms(result.meanMs), result.mbPerSecond.toFixed(1), raw ? ratio(result.meanMs / raw.meanMs) : '—', String(result.count)]];
    }),
  );
  console.log(table(['article', 'renderer', 'p50', 'p95', 'mean', 'MB/s', 'time vs markdown-it', 'calls'], rows));

  const targets = new Targets();
  const ours20 = find('20 KB', 'markdown');
  targets.judge('Render a 20 KB article (sanitising included) at p95 ≤ 4 ms', ours20 ? `p95 ${ms(ours20.p95Ms)} (p50 ${ms(ours20.p50Ms)})` : null, !!ours20 && ours20.p95Ms <= 4);
  const pairs = sizes.map((size) => ({ size, ours: find(size, 'markdown'), raw: find(size, 'markdown-it') })).filter((pair) => pair.ours && pair.raw);
  targets.judge(
    'Throughput (Markdown + sanitiser) at least raw markdown-it’s, every size',
    pairs.length ? pairs.map(({ size, ours, raw }) => `${size}: ${ours!.mbPerSecond.toFixed(1)} vs ${raw!.mbPerSecond.toFixed(1)} MB/s (${ratio(ours!.mbPerSecond / raw!.mbPerSecond)})`).join('; ') : null,
    pairs.every(({ ours, raw }) => ours!.mbPerSecond >= raw!.mbPerSecond),
  );
  const page1 = find('1 MB', 'page');
  const md1 = find('1 MB', 'markdown');
  targets.judge('A 1 MB article under 300 ms (the whole page, p95)', page1 ? `p95 ${ms(page1.p95Ms)} (Markdown + sanitiser alone: p95 ${md1 ? ms(md1.p95Ms) : '—'})` : null, !!page1 && page1.p95Ms < 300);
  console.log(`\n${targets.format()}`);
  const m = machine();
  console.log(machineLine(m));
  const file = await writeResults('render', { date: new Date().toISOString(), quick: samples.quick, machine: m, results: samples.results, targets: targets.rows });
  console.log(`Results: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
