import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseArticle, type Article } from '../../core/article';
import { renderExportPage, type ExportedPage, type ExportPageOptions } from '../../core/export';
import type { WorkspaceSettings } from '../../core/site';

/** What a page render needs: plain data, so it can cross to a worker thread. */
export interface PageJob {
  readonly path: string;
  readonly text: string;
  readonly urlPath: string;
  readonly outputPath: string;
  /** Parsed already (when the pages were chosen): this thread renders it without parsing again. Never sent to a worker. */
  readonly article?: Article;
}

export interface RenderBatch {
  readonly settings: WorkspaceSettings;
  readonly options: ExportPageOptions;
  readonly jobs: readonly PageJob[];
}

export function renderJobs(batch: RenderBatch): ExportedPage[] {
  return batch.jobs.map((job) => renderExportPage({ ...job, article: job.article ?? parseArticle(job.text) }, batch.settings, batch.options));
}

/** The worker entry exists next to the built CLI and app; under the test runner (TypeScript sources) it does not. */
const WORKER_FILE = fileURLToPath(new URL('./render-worker.js', import.meta.url));

/**
 * A render thread's young generation, in MB. V8 sizes it by the machine's
 * memory; a page renders in a millisecond and leaves little behind, so a
 * smaller one costs no time and took about 15 MB off the peak memory of a
 * 1,000-page export here (8 MB promoted more and came out worse).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Below this many pages a worker's start-up costs more than it saves. */
const PAGES_PER_WORKER = 100;

/**
 * The main thread renders too, so one worker per spare core; only for sites
 * big enough to repay a worker's start-up (about a hundred pages each), and
 * only with two spare cores or more. With one (two logical cores), the main
 * thread's own work (reading, choosing and writing pages) and the two
 * threads' shared memory bandwidth left nothing to gain: on the 2-core
 * machine this was measured on, a 1,000-page export took the same time
 * with one worker as with none (2.5-2.8 s both), and 38 MB more memory;
 * rendering alone, two threads made 1.25 pages for every one a single
 * thread did. `--workers` still asks for any number.
 */
export function defaultWorkerCount(pageCount: number): number {
  return existsSync(WORKER_FILE) ? workerCountFor(availableParallelism(), pageCount) : 0;
}

/** defaultWorkerCount's rule, for a machine with `cores` logical cores. */
export function workerCountFor(cores: number, pageCount: number): number {
  const spare = cores - 1;
  return spare < 2 ? 0 : Math.min(spare, Math.floor(pageCount / PAGES_PER_WORKER), 4);
}

/**
 * Render threads, started before their pages are known: a thread takes
 * about a hundred milliseconds to load its modules, which can pass while
 * this one reads and checks the articles.
 */
export function startRenderWorkers(count: number): Worker[] {
  return existsSync(WORKER_FILE) ? Array.from({ length: count }, () => new Worker(WORKER_FILE, { resourceLimits: WORKER_LIMITS })) : [];
}

export async function stopRenderWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/**
 * Renders pages here and on the given worker threads (which it leaves
 * running), handing each to `onPage` as it is done, with its job's index
 * (read the job then: it is cleared from `batch.jobs` right after):
 * pages arrive in no fixed order, but each is the same bytes whatever the
 * number of workers. `done` counts the pages so far.
 */
export async function renderPages(batch: RenderBatch, workers: readonly Worker[], onPage: (index: number, page: ExportedPage, done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const take = (size: number): number | null => {
    if (next >= batch.jobs.length) return null;
    const start = next;
    next = Math.min(batch.jobs.length, next + size);
    return start;
  };
  // A job is let go once its page is handed on (the caller's array is
  // emptied as it goes): a big site's texts and parsed articles need not all
  // stay in memory until the last page.
  const jobs = batch.jobs as (PageJob | undefined)[];
  const store = (start: number, pages: readonly ExportedPage[]) =>
    pages.forEach((page, offset) => {
      onPage(start + offset, page, ++done);
      jobs[start + offset] = undefined;
    });

  // This thread renders too, one page at a time, and lets the event loop
  // run every few milliseconds: progress reaches the app, web mode answers
  // other requests, and the workers' results are taken in.
  const renderHere = async () => {
    let sliceStarted = performance.now();
    for (let start = take(1); start !== null; start = take(1)) {
      store(start, renderJobs({ ...batch, jobs: jobs.slice(start, start + 1) as PageJob[] }));
      if (performance.now() - sliceStarted > 16) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
  };
  const chunk = 10;
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const finish = (error?: Error) => {
        worker.off('message', onMessage);
        worker.off('error', finish);
        if (error) reject(error);
        else resolve();
      };
      const send = () => {
        const start = take(chunk);
        if (start === null) {
          if (inFlight === 0) finish();
          return;
        }
        inFlight++;
        // A parsed article holds a YAML document, which does not cross threads: the worker parses the text.
        const slice = (jobs.slice(start, start + chunk) as PageJob[]).map(({ article: _parsed, ...job }) => job);
        worker.postMessage({ start, batch: { ...batch, jobs: slice } });
      };
      const onMessage = (message: { start: number; pages: ExportedPage[] }) => {
        inFlight--;
        store(message.start, message.pages);
        send();
      };
      worker.on('message', onMessage);
      worker.on('error', finish);
      // Two slices in flight: the worker starts the next while this thread,
      // busy rendering its own pages, gets round to sending a third.
      send();
      send();
    });
  const threads = batch.jobs.length > 0 ? Math.min(workers.length, Math.ceil(batch.jobs.length / chunk)) : 0;
  await Promise.all([...workers.slice(0, threads).map(runWorker), renderHere()]);
}
