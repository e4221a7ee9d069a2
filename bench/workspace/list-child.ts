import { createHash } from 'node:crypto';
import type { ChildReport, Listed } from './listing';

/**
 * One listing in a fresh process, for the cold figure: the parent dropped
 * the files from the page cache just before starting it. Usage:
 * `node out/bench/workspace-list.js <ours|naive> <root> <calls>`; prints a
 * ChildReport as JSON. Only the chosen listing's modules are loaded.
 */
const startupMs = performance.now();
const [mode, root, callsText = '3'] = process.argv.slice(2);
if ((mode !== 'ours' && mode !== 'naive') || !root) {
  console.error('usage: workspace-list.js <ours|naive> <root> [calls]');
  process.exit(2);
}

const loading = performance.now();
const listing = mode === 'ours' ? await import('./ours') : await import('./naive');
const loadMs = performance.now() - loading;
const callsMs: number[] = [];
let listed: readonly Listed[] = [];
for (let call = 0; call < Number(callsText); call++) {
  const started = performance.now();
  listed = await listing.list(root);
  callsMs.push(performance.now() - started);
}
await listing.close();
const digest = createHash('sha256');
for (const article of listed) digest.update(`${article.path}\n${article.title ?? ''}\n`);
const report: ChildReport = { startupMs, loadMs, callsMs, count: listed.length, digest: digest.digest('hex') };
process.stdout.write(`${JSON.stringify(report)}\n`);
