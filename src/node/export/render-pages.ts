import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseArticle } from '../../core/article';
import { renderExportPage, type ExportedPage, type ExportPageOptions } from '../../core/export';
import type { WorkspaceSettings } from '../../core/site';

/** What a page render needs: plain data, so it can cross to a worker thread. */
export interface PageJob {
  readonly path: string;
  readonly text: string;
  readonly urlPath: string;
  readonly outputPath: string;
}

export interface RenderBatch {
  readonly settings: WorkspaceSettings;
  readonly options: ExportPageOptions;
  readonly jobs: readonly PageJob[];
}

export function renderJobs(batch: RenderBatch): ExportedPage[] {
  return batch.jobs.map((job) => renderExportPage({ ...job, article: parseArticle(job.text) }, batch.settings, batch.options));
}

/** The worker entry exists next to the built CLI and app; under the test runner (TypeScript sources) it does not. */
const WORKER_FILE = fileURLToPath(new URL('./render-worker.js', import.meta.url));

/** Below this many pages a worker's start-up costs more than it saves. */
const PAGES_PER_WORKER = 100;

/**
 * Workers only pay when at least two can run beside the main thread (which
 * reads, writes and waits): on two cores one worker measured slower than
 * rendering in process.
 */
export function defaultWorkerCount(pageCount: number): number {
  const spare = availableParallelism() - 1;
  if (!existsSync(WORKER_FILE) || spare < 2) return 0;
  return Math.min(spare, Math.floor(pageCount / PAGES_PER_WORKER), 4);
}

/**
 * Renders pages on `workers` threads (0: here). Jobs are dealt out in
 * contiguous slices and results put back by index, so the output is
 * byte-identical whatever the number of workers.
 */
export async function renderPages(batch: RenderBatch, workers: number, onPage: (done: number, path: string) => void): Promise<ExportedPage[]> {
  if (workers <= 0 || batch.jobs.length === 0 || !existsSync(WORKER_FILE)) {
    const pages: ExportedPage[] = [];
    let sliceStarted = performance.now();
    for (const [index, job] of batch.jobs.entries()) {
      pages.push(renderJobs({ ...batch, jobs: [job] })[0]!);
      onPage(index + 1, job.path);
      // Let the process breathe every few milliseconds: progress reaches the
      // app (and web mode answers other requests) while a big site renders.
      if (performance.now() - sliceStarted > 16) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    return pages;
  }
  const results: ExportedPage[] = new Array(batch.jobs.length);
  const chunk = 25;
  let next = 0;
  let done = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_FILE);
      const feed = () => {
        if (next >= batch.jobs.length) return void worker.terminate().then(() => resolve(), reject);
        const start = next;
        next = Math.min(batch.jobs.length, next + chunk);
        worker.postMessage({ start, batch: { ...batch, jobs: batch.jobs.slice(start, next) } });
      };
      worker.on('message', (message: { start: number; pages: ExportedPage[] }) => {
        message.pages.forEach((page, offset) => {
          results[message.start + offset] = page;
          done++;
          onPage(done, page.summary.path);
        });
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(batch.jobs.length / chunk)) }, runWorker));
  return results;
}
