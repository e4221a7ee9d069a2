import { writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { bench, describe, type BenchOptions } from 'vitest';
import { parseArticle } from '../src/core/article';
import { renderMarkdown } from '../src/core/markdown';
import { renderPage } from '../src/core/page';
import { DEFAULT_SETTINGS } from '../src/core/site';
import { generateArticle, SIZES } from './corpus';
import type { RenderSample } from './render/samples';
import { mean, percentile } from './shared/stats';

/**
 * Our whole pipeline against the raw renderers it is built on, in the same
 * process and run: vitest prints each one's speed relative to the fastest.
 * Targets (rendering issue): 20 KB at p95 ≤ 4 ms; 1 MB under 300 ms.
 *
 * vitest's report has no p50 or p95 (and its JSON drops the samples), so each
 * timed call is also timed here; with BENCH_RENDER_SAMPLES set (npm run bench
 * sets it), their percentiles and throughput go to that file for the report
 * and its targets (bench/render/report.ts). BENCH_QUICK=1 runs each for a
 * third of the time.
 */
const rawMarkdownIt = new MarkdownIt({ html: true, linkify: true });
const samplesFile = process.env.BENCH_RENDER_SAMPLES;
const quick = process.env.BENCH_QUICK === '1';
const results: RenderSample[] = [];

/** The call timed in the measured cycle only (tinybench's warm-up calls it too), and its figures written once it is done. */
function timed(size: string, name: RenderSample['name'], inputBytes: number, options: BenchOptions, run: () => void): [() => void, BenchOptions] {
  let times: number[] = [];
  const fn = () => {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  };
  const hooks: BenchOptions = {
    ...options,
    setup: (_task, mode) => {
      if (mode === 'run') times = [];
    },
    teardown: (_task, mode) => {
      if (mode !== 'run' || !samplesFile) return;
      const meanMs = mean(times);
      results.push({ size, name, inputBytes, count: times.length, meanMs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), mbPerSecond: inputBytes / 1e6 / (meanMs / 1000) });
      writeFileSync(samplesFile, `${JSON.stringify({ quick, results }, null, 2)}\n`);
    },
  };
  return [fn, hooks];
}

for (const [label, bytes] of Object.entries(SIZES)) {
  const text = generateArticle(bytes, 42);
  const article = parseArticle(text);
  const bodyBytes = Buffer.byteLength(article.body);
  const big = bytes >= 200_000;
  const options = big ? { iterations: 10, time: quick ? 700 : 2000 } : { time: quick ? 500 : 1500 };
  describe(`render ${label}`, () => {
    bench('markdown-it (raw, html: true)', ...timed(label, 'markdown-it', bodyBytes, options, () => void rawMarkdownIt.render(article.body)));
    bench('marked (raw)', ...timed(label, 'marked', bodyBytes, options, () => void marked.parse(article.body, { async: false })));
    bench('Article Studio: Markdown + sanitiser', ...timed(label, 'markdown', bodyBytes, options, () => void renderMarkdown(article.body)));
    bench(
      'Article Studio: full page (parse, render, sanitise, JSON-LD, page)',
      ...timed(label, 'page', Buffer.byteLength(text), options, () => void renderPage(parseArticle(text), DEFAULT_SETTINGS, 'bench/article.md')),
    );
  });
}
