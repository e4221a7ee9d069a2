import { randomBytes } from 'node:crypto';
import { mkdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileFinding } from '../../core/export';
import { brokenPageLinks, outputPathForArticle, renderNotFound, renderRobots, renderSiteIndex, renderSitemap, selectPages, type ExportSource } from '../../core/export';
import { EXPORT_MANIFEST_FILE, parseSettings, SETTINGS_FILE } from '../../core/site';
import { readArticleText } from '../workspace/article-text';
import { findArticlePaths } from '../workspace/list-articles';
import { checkExportTarget } from './export-target';
import { copyInto, linkOrCopy, listFiles, recoverInterruptedSwap, removeAbandonedStaging, sha256, stagingName, swapIn, writeInto } from './file-tree';
import { manifestText, readManifest, type ManifestEntry } from './manifest';
import type { Entry, PageRecord, Planned } from './plan-types';
import { defaultWorkerCount, renderPages, startRenderWorkers, stopRenderWorkers, type PageJob } from './render-pages';
import { planAssets } from './plan-assets';
import { writeZip } from './zip';
import { forEachLimited } from '../for-each-limited';

export interface ExportOptions {
  readonly out: string;
  /** Workspace-relative article paths; empty or absent: the whole workspace. */
  readonly only?: readonly string[];
  readonly drafts?: boolean;
  readonly relative?: boolean;
  readonly zip?: string;
  /** With problems found, publish nothing: the previous export stays as it was. */
  readonly strict?: boolean;
  /** Render threads; default: by page count and cores (0 renders here). */
  readonly workers?: number;
  /** Identifies the renderer code; a page made by another build is rendered again. */
  readonly rendererBuild?: string;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number; readonly current: string }) => void;
}

export interface ExportResult {
  readonly out: string;
  readonly pages: number;
  readonly assets: number;
  readonly bytes: number;
  /** Files written or copied; 0 when nothing changed. */
  readonly written: number;
  /** False when strict mode found problems and left the previous export in place. */
  readonly published: boolean;
  readonly unchanged: boolean;
  readonly findings: readonly FileFinding[];
  readonly zip: string | null;
}

declare const __RENDERER_BUILD__: string | undefined;
const RENDERER_BUILD = typeof __RENDERER_BUILD__ === 'string' ? __RENDERER_BUILD__ : `unbuilt-${process.pid}-${Date.now()}`;

export async function exportSite(workspace: string, options: ExportOptions): Promise<ExportResult> {
  const root = await realpath(workspace);
  const target = await checkExportTarget(root, options.out);
  const targetExists = (await stat(target).catch(() => null)) !== null || (await recoverInterruptedSwap(target, false));
  await removeAbandonedStaging(target);
  const { settings } = parseSettings(await readFile(join(root, SETTINGS_FILE), 'utf8').catch(() => null));
  const previous = await readManifest(target);
  const previousFiles = (previous?.files ?? {}) as Record<string, Entry>;
  const findings: FileFinding[] = [];
  const planned = new Map<string, Planned>();
  const records: PageRecord[] = [];
  let pageCount = 0;
  let publishedUrls: ReadonlySet<string> = new Set();
  let knownUrls: ReadonlySet<string> = new Set();

  const { articles } = await findArticlePaths(root);
  // A first export renders every page: its render threads load their
  // modules while this thread reads the articles and chooses the pages.
  const early = previous === null && options.workers === undefined ? startRenderWorkers(defaultWorkerCount(articles.length)) : [];
  const relative = options.relative === true;
  try {
    const build = options.rendererBuild ?? RENDERER_BUILD;
    // Everything besides the article's own text that shapes its page.
    const settingsKey = sha256(JSON.stringify([build, settings, relative, options.drafts === true]));
    const keyOf = (text: string) => sha256(`${settingsKey}\n${text}`);
    const sources: ExportSource[] = [];
    // Each article's key, hashed once (20 KB each, thousands of them).
    const keys = new Map<string, string>();
    await forEachLimited(articles, async (path) => {
      try {
        const text = await readArticleText(join(root, path), path);
        const key = keyOf(text);
        keys.set(path, key);
        const before = previousFiles[outputPathForArticle(path)];
        sources.push({ path, text, exportedBefore: before?.page !== undefined && before.key === key });
      } catch (error) {
        findings.push({ file: path, line: 1, ruleId: 'export/unreadable', severity: 'error', message: (error as Error).message });
      }
    });
    for (const wanted of options.only ?? []) {
      if (!articles.includes(wanted)) findings.push({ file: wanted, line: 1, ruleId: 'export/unknown-article', severity: 'error', message: `${wanted} is not an article of this workspace` });
    }
    const selection = selectPages(sources, { drafts: options.drafts === true, only: options.only ?? [] });
    findings.push(...selection.findings);

    // Pages: reuse what the previous export made from the same input, render the rest.
    const textOf = new Map(sources.map((source) => [source.path, source.text]));
    const jobs: PageJob[] = [];
    for (const page of selection.pages) {
      const key = keys.get(page.path)!;
      const before = previousFiles[page.outputPath];
      if (before?.key === key && before.page) {
        planned.set(page.outputPath, { ...before, from: 'previous' });
        records.push(before.page);
      } else {
        jobs.push({ path: page.path, text: textOf.get(page.path)!, urlPath: page.urlPath, outputPath: page.outputPath, article: page.article });
      }
    }
    const total = selection.pages.length;
    const reusedCount = total - jobs.length;
    const workers = early.length > 0 ? early : startRenderWorkers(options.workers ?? defaultWorkerCount(jobs.length));
    const onPage = (done: number, path: string) => options.onProgress?.({ done: reusedCount + done, total, current: path });
    const rendered = await renderPages({ settings, options: { relative }, jobs }, workers, onPage).finally(() => (workers === early ? undefined : stopRenderWorkers(workers)));
    for (const [index, page] of rendered.entries()) {
      const record: PageRecord = { summary: page.summary, files: page.files, pageLinks: page.pageLinks };
      const key = keys.get(jobs[index]!.path)!;
      planned.set(page.summary.outputPath, { hash: sha256(page.html), key, page: record, from: 'data', data: page.html });
      records.push(record);
    }
    pageCount = total;
    publishedUrls = selection.publishedUrls;
    knownUrls = selection.knownUrls;
  } finally {
    await stopRenderWorkers(early);
  }
  records.sort((a, b) => a.summary.path.localeCompare(b.summary.path));
  for (const record of records) {
    findings.push(...brokenPageLinks(record, publishedUrls, knownUrls));
  }

  // Assets: exactly the files the exported pages (and the site settings) reference.
  const assets = await planAssets(root, records, settings, previousFiles, findings);
  for (const [path, asset] of assets) planned.set(path, asset);

  // The site's own files.
  const summaries = records.map((record) => record.summary);
  const siteFiles: [string, string][] = [
    ['404.html', renderNotFound(settings, relative)],
    ['sitemap.xml', renderSitemap(summaries, settings)],
    ['robots.txt', renderRobots(settings)],
  ];
  if (!planned.has('index.html')) siteFiles.push(['index.html', renderSiteIndex(summaries, settings, relative)]);
  for (const [path, text] of siteFiles) {
    const hash = sha256(text);
    planned.set(path, previousFiles[path]?.hash === hash ? { ...previousFiles[path]!, from: 'previous' } : { hash, key: hash, from: 'data', data: text });
  }

  const plannedPaths = [...planned.keys()].sort();
  const bytes = await plannedBytes(planned, target);
  const unchanged =
    previous !== null && plannedPaths.every((path) => planned.get(path)!.from === 'previous') && plannedPaths.length === Object.keys(previousFiles).length;
  const published = !(options.strict === true && findings.length > 0);
  let written = 0;
  if (published && !unchanged) written = await stageAndSwap(target, targetExists, planned, previousFiles);
  const zip = published && options.zip ? await writeZip(options.zip, target, plannedPaths) : null;
  return { out: target, pages: pageCount, assets: assets.size, bytes, written, unchanged, published, findings: sortFindings(findings), zip };
}

async function stageAndSwap(target: string, targetExists: boolean, planned: Map<string, Planned>, previousFiles: Record<string, Entry>): Promise<number> {
  const id = randomBytes(4).toString('hex');
  const staged = stagingName(target, 'tmp', id);
  await mkdir(staged, { recursive: true });
  let written = 0;
  try {
    await forEachLimited([...planned], async ([path, entry]) => {
      if (entry.from === 'previous') await linkOrCopy(join(target, ...path.split('/')), join(staged, ...path.split('/')));
      else if (entry.from === 'data') await writeInto(staged, path, entry.data);
      // A workspace file is copied, never linked: editing the exported copy must not change the writer's original.
      else await copyInto(entry.file, join(staged, ...path.split('/')));
      if (entry.from !== 'previous') written++;
    });
    // Files the writer put in the export folder (a CNAME, a favicon) are theirs: carried over untouched.
    const theirs = (await listFiles(target)).filter((path) => path !== EXPORT_MANIFEST_FILE && !Object.hasOwn(previousFiles, path) && !planned.has(path));
    await forEachLimited(theirs, (path) => linkOrCopy(join(target, ...path.split('/')), join(staged, ...path.split('/'))));
    const manifest: Record<string, ManifestEntry> = {};
    for (const [path, entry] of planned) manifest[path] = entry.page ? { hash: entry.hash, key: entry.key, page: entry.page } : { hash: entry.hash, key: entry.key };
    await writeInto(staged, EXPORT_MANIFEST_FILE, manifestText(manifest));
    await swapIn(staged, target, stagingName(target, 'old', id), targetExists);
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    throw error;
  }
  return written;
}

async function plannedBytes(planned: Map<string, Planned>, target: string): Promise<number> {
  let total = 0;
  await forEachLimited([...planned], async ([path, entry]) => {
    // Read the size first, then add: `total += await …` would add to a stale total.
    const size =
      entry.from === 'data'
        ? typeof entry.data === 'string' ? Buffer.byteLength(entry.data) : entry.data.byteLength
        : (await stat(entry.from === 'file' ? entry.file : join(target, ...path.split('/'))).catch(() => ({ size: 0 }))).size;
    total += size;
  });
  return total;
}


function sortFindings(findings: FileFinding[]): FileFinding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
