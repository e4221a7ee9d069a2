import { parentPort } from 'node:worker_threads';
import { renderJobs, type RenderBatch } from './render-pages';

// A worker thread of the export: renders the slices of pages it is sent.
parentPort?.on('message', (message: { start: number; batch: RenderBatch }) => {
  parentPort?.postMessage({ start: message.start, pages: renderJobs(message.batch) });
});
