import { join } from 'node:path';
import type { FileFinding } from '../../core/export';
import { outputPathForArticle, selectPages, type ExportSource } from '../../core/export';
import type { WorkspaceSettings } from '../../core/site';
import { readArticleText } from '../workspace/article-text';
import { forEachLimited } from '../for-each-limited';
import { sha256 } from './file-tree';
import type { Entry, PageRecord, Planned } from './plan-types';
import type { PageJob } from './render-pages';

export interface PagePlanInput {
  readonly root: string;
  readonly articles: readonly string[];
  readonly settings: WorkspaceSettings;
  readonly previousFiles: Readonly<Record<string, Entry>>;
  /** Identifies everything besides an article's text that shapes its page (renderer build, settings, options). */
  readonly settingsKey: string;
  readonly only: readonly string[];
  readonly drafts: boolean;
}

export interface PagePlan {
  readonly findings: FileFinding[];
  /** Pages the previous export made from the same input, reused as they are. */
  readonly reused: Map<string, Planned>;
  readonly records: PageRecord[];
  /** Pages to render, each with its key for the manifest. */
  readonly jobs: readonly (PageJob & { readonly key: string })[];
  readonly pageCount: number;
  readonly publishedUrls: ReadonlySet<string>;
  readonly knownUrls: ReadonlySet<string>;
}

/**
 * Reads every article, keys it (its text and the settings, hashed once),
 * chooses the pages, and splits them into those the previous export made
 * from the same key, reused as they are, and those to render.
 */
export async function planPages(input: PagePlanInput): Promise<PagePlan> {
  const findings: FileFinding[] = [];
  const keyOf = (text: string) => sha256(`${input.settingsKey}\n${text}`);
  const sources: (ExportSource & { readonly key: string })[] = [];
  await forEachLimited(input.articles, async (path) => {
    try {
      const text = await readArticleText(join(input.root, path), path);
      const key = keyOf(text);
      const before = input.previousFiles[outputPathForArticle(path)];
      sources.push({ path, text, key, exportedBefore: before?.page !== undefined && before.key === key });
    } catch (error) {
      findings.push({ file: path, line: 1, ruleId: 'export/unreadable', severity: 'error', message: (error as Error).message });
    }
  });
  for (const wanted of input.only) {
    if (!input.articles.includes(wanted)) findings.push({ file: wanted, line: 1, ruleId: 'export/unknown-article', severity: 'error', message: `${wanted} is not an article of this workspace` });
  }
  const selection = selectPages(sources, { drafts: input.drafts, only: input.only });
  findings.push(...selection.findings);

  const sourceOf = new Map(sources.map((source) => [source.path, source]));
  const reused = new Map<string, Planned>();
  const records: PageRecord[] = [];
  const jobs: (PageJob & { key: string })[] = [];
  for (const page of selection.pages) {
    const { text, key } = sourceOf.get(page.path)!;
    const before = input.previousFiles[page.outputPath];
    if (before?.key === key && before.page) {
      reused.set(page.outputPath, { ...before, from: 'previous' });
      records.push(before.page);
    } else {
      jobs.push({ path: page.path, text, key, urlPath: page.urlPath, outputPath: page.outputPath, article: page.article });
    }
  }
  return { findings, reused, records, jobs, pageCount: selection.pages.length, publishedUrls: selection.publishedUrls, knownUrls: selection.knownUrls };
}
