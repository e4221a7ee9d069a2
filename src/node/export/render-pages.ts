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
 * The main thread renders too, so one worker per spare core; only for sites
 * big enough to repay a worker's start-up (about a hundred pages each).
 */
export function defaultWorkerCount(pageCount: number): number {
  const spare = availableParallelism() - 1;
  if (!existsSync(WORKER_FILE) || spare < 1) return 0;
  return Math.min(spare, Math.floor(pageCount / PAGES_PER_WORKER), 4);
}

/**
 * Renders pages here and on `workers` extra threads. Jobs are dealt out in
 * contiguous slices and results put back by index, so the output is
 * byte-identical whatever the number of workers.
 */
export async function renderPages(batch: RenderBatch, workers: number, onPage: (done: number, path: string) => void): Promise<ExportedPage[]> {
  const results: ExportedPage[] = new Array(batch.jobs.length);
  let next = 0;
  let done = 0;
  const take = (size: number): number | null => {
    if (next >= batch.jobs.length) return null;
    const start = next;
    next = Math.min(batch.jobs.length, next + size);
    return start;
  };
  const store = (start: number, pages: readonly ExportedPage[]) =>
    pages.forEach((page, offset) => {
      results[start + offset] = page;
      onPage(++done, page.summary.path);
    });

  // This thread renders too, one page at a time, and lets the event loop
  // run every few milliseconds: progress reaches the app, web mode answers
  // other requests, and the workers' results are taken in.
  const renderHere = async () => {
    let sliceStarted = performance.now();
    for (let start = take(1); start !== null; start = take(1)) {
      store(start, renderJobs({ ...batch, jobs: batch.jobs.slice(start, start + 1) }));
      if (performance.now() - sliceStarted > 16) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
  };
  const chunk = 10;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_FILE);
      let inFlight = 0;
      const send = () => {
        const start = take(chunk);
        if (start === null) {
          if (inFlight === 0) void worker.terminate().then(() => resolve(), reject);
          return;
        }
        inFlight++;
        worker.postMessage({ start, batch: { ...batch, jobs: batch.jobs.slice(start, start + chunk) } });
      };
      worker.on('message', (message: { start: number; pages: ExportedPage[] }) => {
        inFlight--;
        store(message.start, message.pages);
        send();
      });
      worker.on('error', reject);
      // Two slices in flight: the worker starts the next while this thread,
      // busy rendering its own pages, gets round to sending a third.
      send();
      send();
    });
  const threads = workers > 0 && batch.jobs.length > 0 && existsSync(WORKER_FILE) ? Math.min(workers, Math.ceil(batch.jobs.length / chunk)) : 0;
  await Promise.all([...Array.from({ length: threads }, runWorker), renderHere()]);
  return results;
}
