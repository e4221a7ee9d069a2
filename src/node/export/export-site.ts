import { randomBytes } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import type { ExportedPage, FileFinding, PageSummary } from '../../core/export';
// Modules, not the core/export index: that would load the page renderer, which a no-change export never needs.
import { brokenPageLinks } from '../../core/export/broken-links';
import { renderNotFound, renderRobots, renderSiteIndex, renderSitemap } from '../../core/export/site-files';
import { EXPORT_CHANGES_FILE, EXPORT_MANIFEST_FILE } from '../../core/site';
import { readExportSettings } from './export-settings';
import { existAll, statAll } from '../stat-all';
import { findArticlePaths } from '../workspace/find-article-paths';
import { checkExportTarget } from './export-target';
import { lockExportFolder } from './export-lock';
import { copyInto, inFolder, leftoversBeside, linkOrCopy, listFiles, recoverInterruptedSwap, removeAbandonedStaging, sha256, stagingName, swapIn, writeInto } from './file-tree';
import { manifestWrite, readManifest, rememberManifest, type ExportManifest, type ManifestEntry, type ManifestWrite } from './manifest';
import { completeInterruptedUpdates, publishInPlace } from './in-place';
import type { Entry, PageRecord, Planned } from './plan-types';
import { planPages } from './plan-pages';
import { planAssets } from './plan-assets';
import { Staging } from './staging';
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
  /** The wall clock, compared with file times (tests move it on). */
  readonly now?: () => number;
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

/**
 * The renderer (Markdown, YAML, sanitiser, JSON-LD) and the zip writer are
 * loaded when a page must be rendered or a zip written: a no-change export
 * needs neither, and loading them took a CLI run longer than the export.
 */
const renderer = () => import('./render-pages');
const zipper = () => import('./zip');

declare const __RENDERER_BUILD__: string | undefined;
const RENDERER_BUILD = typeof __RENDERER_BUILD__ === 'string' ? __RENDERER_BUILD__ : `unbuilt-${process.pid}-${Date.now()}`;

export async function exportSite(workspace: string, options: ExportOptions): Promise<ExportResult> {
  const root = await realpath(workspace);
  const target = await checkExportTarget(root, options.out);
  const release = await lockExportFolder(target);
  try {
    return await exportInto(root, target, options);
  } finally {
    await release();
  }
}

/** The export itself, with the folder locked for this run. */
async function exportInto(root: string, target: string, options: ExportOptions): Promise<ExportResult> {
  const leftovers = await leftoversBeside(target);
  const targetExists = (await stat(target).catch(() => null)) !== null || (await recoverInterruptedSwap(target, leftovers));
  if (targetExists) await completeInterruptedUpdates(target, leftovers);
  await removeAbandonedStaging(target, leftovers);
  const { settings, findings: settingsFindings } = await readExportSettings(root);
  const previous = await readManifest(target);
  const relative = options.relative === true;
  // The previous export's files and the articles are checked at once: both are a thousand stats.
  const stillThere = filesStillThere(target, previous);
  const { articles } = await findArticlePaths(root);
  const [previousFiles, articleInfos] = await Promise.all([stillThere, statAll(articles.map((path) => inFolder(root, path)))]);
  // A first export renders every page: its render threads load their
  // modules while this thread reads the articles and chooses the pages.
  const early = previous === null && options.workers === undefined ? await renderer().then(({ startRenderWorkers, defaultWorkerCount }) => startRenderWorkers(defaultWorkerCount(articles.length))) : [];
  let staging: Staging | null = null;
  try {
    const build = options.rendererBuild ?? RENDERER_BUILD;
    const settingsKey = sha256(JSON.stringify([build, settings, relative, options.drafts === true]));
    const plan = await planPages({
      root,
      articles,
      articleInfos,
      settings,
      previousFiles,
      settingsKey,
      previousSettingsKey: previous?.settingsKey,
      only: options.only ?? [],
      drafts: options.drafts === true,
      ...(options.now ? { now: options.now } : {}),
    });
    const { findings, records, jobs } = plan;
    findings.push(...settingsFindings);
    const planned = new Map<string, Planned>(plan.reused);

    // A few pages wait in memory to be published in place; more go to the
    // staging folder as soon as each is rendered.
    const fewPages = targetExists && previous !== null && jobs.length <= IN_PLACE_MAX_FILES;
    if (jobs.length > 0 && !fewPages) staging = await Staging.beside(target);
    const pages = staging;
    const reusedCount = plan.pageCount - jobs.length;
    // Whether the site's front page and sitemap could differ: a rendered page's summary (title, dates…) is new or changed.
    let summariesChanged = false;
    const onPage = (index: number, page: ExportedPage, done: number) => {
      const record: PageRecord = { summary: page.summary, files: page.files, pageLinks: page.pageLinks };
      const before = previousFiles.get(page.summary.outputPath)?.page?.summary;
      if (!before || !sameSummary(before, page.summary)) summariesChanged = true;
      const { key, source } = jobs[index]!;
      const entry = { hash: sha256(page.html), key, ...(source ? { source } : {}), page: record, size: Buffer.byteLength(page.html) };
      records.push(record);
      if (pages) {
        planned.set(page.summary.outputPath, { ...entry, from: 'staged' });
        pages.write(page.summary.outputPath, page.html);
      } else {
        planned.set(page.summary.outputPath, { ...entry, from: 'data', data: page.html });
      }
      options.onProgress?.({ done: reusedCount + done, total: plan.pageCount, current: page.summary.path });
    };
    if (jobs.length > 0) {
      const { defaultWorkerCount, renderPages, startRenderWorkers, stopRenderWorkers } = await renderer();
      const workers = early.length > 0 ? early : startRenderWorkers(options.workers ?? defaultWorkerCount(jobs.length));
      // Stopped as soon as the pages are done: an idle thread still holds its memory.
      await renderPages({ settings, options: { relative }, jobs }, workers, onPage).finally(() => stopRenderWorkers(workers));
    }
    await staging?.settled();

    records.sort((a, b) => a.summary.path.localeCompare(b.summary.path));
    for (const record of records) findings.push(...brokenPageLinks(record, plan.publishedUrls, plan.knownUrls));

    // Assets: exactly the files the exported pages (and the site settings) reference.
    const assets = await planAssets(root, records, settings, previousFiles, findings);
    for (const [path, asset] of assets) planned.set(path, asset);

    // The site's own files. When nothing they are made from changed (the same
    // pages with the same summaries, the same settings), the previous ones
    // stand without being made again: an edit to an article's text, or no
    // edit at all, need not list a thousand pages twice.
    const summaries = records.map((record) => record.summary);
    let previousPages = 0;
    for (const entry of previousFiles.values()) if (entry.page !== undefined) previousPages++;
    const asBefore = !summariesChanged && previous?.settingsKey === settingsKey && records.length === previousPages;
    const siteFiles: [string, () => string][] = [
      ['404.html', () => renderNotFound(settings, relative)],
      ['sitemap.xml', () => renderSitemap(summaries, settings)],
      ['robots.txt', () => renderRobots(settings)],
    ];
    if (!planned.has('index.html')) siteFiles.push(['index.html', () => renderSiteIndex(summaries, settings, relative)]);
    for (const [path, render] of siteFiles) {
      const before = previousFiles.get(path);
      if (asBefore && before) {
        planned.set(path, { ...before, from: 'previous' });
        continue;
      }
      const text = render();
      const hash = sha256(text);
      planned.set(path, before?.hash === hash ? { ...before, from: 'previous' } : { hash, key: hash, from: 'data', data: text });
    }

    const plannedPaths = [...planned.keys()].sort();
    const sizes = await plannedSizes(planned, target);
    let bytes = 0;
    for (const size of sizes.values()) bytes += size;
    const unchanged = previous !== null && plannedPaths.every((path) => planned.get(path)!.from === 'previous') && plannedPaths.length === previousFiles.size;
    const published = !(options.strict === true && findings.length > 0);
    let written = 0;
    if (published && !unchanged) {
      const manifest: ExportManifest = { settingsKey, files: manifestEntries(planned, sizes, previousFiles) };
      const removals = [...previousFiles.keys()].filter((path) => !planned.has(path));
      const writes = [...planned].filter(([, entry]) => entry.from !== 'previous');
      let record: ManifestWrite;
      if (staging === null && targetExists && previous !== null && writes.length + removals.length <= IN_PLACE_MAX_FILES) {
        record = manifestWrite(previous, manifest);
        written = await updateInPlace(target, writes, removals, record);
      } else {
        staging ??= await Staging.beside(target);
        record = manifestWrite(previous, manifest, { whole: true });
        written = await stageAndSwap(target, targetExists, planned, previousFiles, record, staging);
      }
      await rememberManifest(target, record);
    } else {
      await staging?.discard();
    }
    const zip = published && options.zip ? await (await zipper()).writeZip(options.zip, target, plannedPaths) : null;
    return { out: target, pages: plan.pageCount, assets: assets.size, bytes, written, unchanged, published, findings: sortFindings(findings), zip };
  } catch (error) {
    await staging?.discard();
    throw error;
  } finally {
    if (early.length > 0) await (await renderer()).stopRenderWorkers(early);
  }
}

/**
 * Up to this many new, changed or removed files are published into the
 * existing export (publishInPlace); more are built into a new tree that is
 * swapped in whole.
 */
const IN_PLACE_MAX_FILES = 32;

/**
 * The new manifest's entries. An entry the same as the previous manifest's
 * is that very object: manifestText has its line already (an app exporting
 * again writes a thousand unchanged lines without building them again).
 */
function manifestEntries(planned: ReadonlyMap<string, Planned>, sizes: ReadonlyMap<string, number>, previousFiles: ReadonlyMap<string, Entry>): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  for (const [path, entry] of planned) {
    const before = previousFiles.get(path);
    const size = sizes.get(path);
    const same = before !== undefined && before.hash === entry.hash && before.key === entry.key && before.size === size && before.source === entry.source && before.page === entry.page;
    entries.set(path, same ? before : { hash: entry.hash, key: entry.key, size, ...(entry.source ? { source: entry.source } : {}), ...(entry.page ? { page: entry.page } : {}) });
  }
  return entries;
}

/** A small change, written into the existing export; returns how many files are new. */
async function updateInPlace(target: string, writes: readonly [string, Planned][], removals: readonly string[], manifest: ManifestWrite): Promise<number> {
  const files = writes.map(([path, entry]) => {
    if (entry.from === 'data') return { path, data: entry.data };
    if (entry.from === 'file') return { path, file: entry.file };
    throw new Error(`${path} was staged, but the export is updated in place`);
  });
  await publishInPlace(target, { writes: files, removals, manifest }, randomBytes(4).toString('hex'));
  return files.length;
}

/** Completes the staging folder (pages are in it already) and swaps it in; returns how many files are new. */
async function stageAndSwap(target: string, targetExists: boolean, planned: Map<string, Planned>, previousFiles: ReadonlyMap<string, Entry>, manifest: ManifestWrite, staging: Staging): Promise<number> {
  const staged = staging.folder;
  let written = 0;
  try {
    await forEachLimited([...planned], async ([path, entry]) => {
      if (entry.from === 'staged') written++;
      else if (entry.from === 'previous') await linkOrCopy(inFolder(target, path), inFolder(staged, path));
      else if (entry.from === 'data') await writeInto(staged, path, entry.data);
      // A workspace file is copied, never linked: editing the exported copy must not change the writer's original.
      else await copyInto(entry.file, inFolder(staged, path));
      if (entry.from === 'data' || entry.from === 'file') written++;
    });
    // Files the writer put in the export folder (a CNAME, a favicon) are theirs: carried over untouched.
    const theirs = (await listFiles(target)).filter((path) => path !== EXPORT_MANIFEST_FILE && path !== EXPORT_CHANGES_FILE && !previousFiles.has(path) && !planned.has(path));
    await forEachLimited(theirs, (path) => linkOrCopy(inFolder(target, path), inFolder(staged, path)));
    await writeInto(staged, manifest.path, manifest.text);
    await swapIn(staged, target, stagingName(target, 'old', staging.id), targetExists);
  } catch (error) {
    await staging.discard();
    throw error;
  }
  return written;
}

function sameSummary(a: PageSummary, b: PageSummary): boolean {
  return (Object.keys(b) as (keyof PageSummary)[]).every((key) => a[key] === b[key]) && Object.keys(a).length === Object.keys(b).length;
}

/**
 * The previous export's files that are still in the folder: one deleted by
 * hand is made again, not counted as unchanged (and not linked from nothing
 * into the new tree).
 */
async function filesStillThere(target: string, manifest: ExportManifest | null): Promise<Map<string, Entry>> {
  const files = new Map<string, Entry>();
  if (!manifest) return files;
  const entries = [...(manifest.files as ReadonlyMap<string, Entry>)];
  const found = await existAll(entries.map(([path]) => inFolder(target, path)));
  entries.forEach(([path, entry], index) => {
    if (found[index]) files.set(path, entry);
  });
  return files;
}

/** Every planned file's size, from what the plan knows, with a stat only where it knows nothing (an older manifest). */
async function plannedSizes(planned: Map<string, Planned>, target: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const unknown: [string, Planned][] = [];
  for (const [path, entry] of planned) {
    if (entry.size !== undefined) sizes.set(path, entry.size);
    else if (entry.from === 'data') sizes.set(path, typeof entry.data === 'string' ? Buffer.byteLength(entry.data) : entry.data.byteLength);
    else unknown.push([path, entry]);
  }
  await forEachLimited(unknown, async ([path, entry]) => {
    const info = await stat(entry.from === 'file' ? entry.file : inFolder(target, path)).catch(() => ({ size: 0 }));
    sizes.set(path, info.size);
  });
  return sizes;
}

function sortFindings(findings: FileFinding[]): FileFinding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
