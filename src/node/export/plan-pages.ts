import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { outputPathForArticle } from '../../core/export/output-paths';
import { selectPages, type ExportSource, type FileFinding } from '../../core/export/select-pages';
import type { WorkspaceSettings } from '../../core/site';
import { readArticleText, toStudioError } from '../workspace/article-text';
import { forEachLimited } from '../for-each-limited';
import { sha256 } from './file-tree';
import { fileIdentity } from './manifest';
import type { Entry, PageRecord, Planned } from './plan-types';
import type { PageJob } from './render-pages';

export interface PagePlanInput {
  readonly root: string;
  readonly articles: readonly string[];
  /** Each article's stat, in the same order (statAll): taken while the previous export's files are checked. */
  readonly articleInfos: readonly (Stats | NodeJS.ErrnoException)[];
  readonly settings: WorkspaceSettings;
  readonly previousFiles: ReadonlyMap<string, Entry>;
  /** Identifies everything besides an article's text that shapes its page (renderer build, settings, options). */
  readonly settingsKey: string;
  /** The key the previous export's pages were made with: the same one lets an unchanged article go unread. */
  readonly previousSettingsKey: string | undefined;
  readonly only: readonly string[];
  readonly drafts: boolean;
  /** The wall clock, compared with file times (tests move it on). */
  readonly now?: () => number;
}

/**
 * An article's identity is only remembered when it was last changed this
 * long before it was read: a second write within the same clock tick as
 * the first could leave every field of the identity as it was (git's "racy"
 * files). Such an article is simply read again next time.
 */
const RACY_MARGIN_MS = 2_000;

export interface PagePlan {
  readonly findings: FileFinding[];
  /** Pages the previous export made from the same input, reused as they are. */
  readonly reused: Map<string, Planned>;
  readonly records: PageRecord[];
  /** Pages to render, each with its key for the manifest. */
  readonly jobs: readonly (PageJob & { readonly key: string; readonly source: string | undefined })[];
  readonly pageCount: number;
  readonly publishedUrls: ReadonlySet<string>;
  readonly knownUrls: ReadonlySet<string>;
}

/**
 * Keys every article (its text and the settings, hashed once), chooses the
 * pages, and splits them into those the previous export made from the same
 * key, reused as they are, and those to render. An article whose file is
 * the one the previous export read (same identity) is not read again.
 */
export async function planPages(input: PagePlanInput): Promise<PagePlan> {
  const findings: FileFinding[] = [];
  const now = input.now ?? Date.now;
  const keyOf = (text: string) => sha256(`${input.settingsKey}\n${text}`);
  const keysStillHold = input.previousSettingsKey === input.settingsKey;
  const sources: (ExportSource & { readonly key: string; readonly source: string | undefined })[] = [];
  const infos = input.articleInfos;
  const readAt = now();
  // The previous export's page of each article.
  const previousPages = input.articles.map((path) => input.previousFiles.get(outputPathForArticle(path)));
  const unread: number[] = [];
  input.articles.forEach((path, index) => {
    const info = infos[index]!;
    const before = previousPages[index];
    if (info instanceof Error) findings.push({ file: path, line: 1, ruleId: 'export/unreadable', severity: 'error', message: toStudioError(info, path).message });
    else if (keysStillHold && before?.page !== undefined && before.source === fileIdentity(info)) sources.push({ path, text: '', key: before.key, source: before.source, exportedBefore: true });
    else unread.push(index);
  });
  await forEachLimited(unread, async (index) => {
    const path = input.articles[index]!;
    const info = infos[index] as Stats;
    try {
      const text = await readArticleText(join(input.root, path), path);
      const key = keyOf(text);
      const source = readAt - Math.max(info.mtimeMs, info.ctimeMs) > RACY_MARGIN_MS ? fileIdentity(info) : undefined;
      const before = previousPages[index];
      sources.push({ path, text, key, source, exportedBefore: before?.page !== undefined && before.key === key });
    } catch (error) {
      findings.push({ file: path, line: 1, ruleId: 'export/unreadable', severity: 'error', message: (error as Error).message });
    }
  });
  for (const wanted of input.only) {
    if (!input.articles.includes(wanted)) findings.push({ file: wanted, line: 1, ruleId: 'export/unknown-article', severity: 'error', message: `${wanted} is not an article of this workspace` });
  }
  const parse = sources.every((source) => source.exportedBefore) ? null : (await import('../../core/article')).parseArticle;
  const selection = selectPages(sources, { drafts: input.drafts, only: input.only, parse });
  findings.push(...selection.findings);

  const sourceOf = new Map(sources.map((source) => [source.path, source]));
  const reused = new Map<string, Planned>();
  const records: PageRecord[] = [];
  const jobs: (PageJob & { key: string; source: string | undefined })[] = [];
  for (const page of selection.pages) {
    const { text, key, source } = sourceOf.get(page.path)!;
    const before = input.previousFiles.get(page.outputPath);
    if (before?.key === key && before.page) {
      reused.set(page.outputPath, { ...before, source, from: 'previous' });
      records.push(before.page);
    } else {
      jobs.push({ path: page.path, text, key, source, urlPath: page.urlPath, outputPath: page.outputPath, article: page.article });
    }
  }
  return { findings, reused, records, jobs, pageCount: selection.pages.length, publishedUrls: selection.publishedUrls, knownUrls: selection.knownUrls };
}
