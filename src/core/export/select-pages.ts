import type { Article } from '../article';
import { isArticleError } from '../article/article-error';
import type { Finding } from '../seo/finding';
import { articleUrlPath } from '../site';
import { outputPathForUrl } from './output-paths';

export interface ExportSource {
  /** Workspace-relative article path. */
  readonly path: string;
  readonly text: string;
  /**
   * The previous export made a page from exactly this text with the same
   * settings: it parses and is published, so it is not parsed again (a
   * no-change export of a big site is mostly this).
   */
  readonly exportedBefore?: boolean;
}

export interface ExportSelection {
  /** Articles `--only` or `--drafts` leave out are not skipped from link checks. */
  readonly drafts: boolean;
  /** Workspace-relative paths; empty means every article. */
  readonly only: readonly string[];
  /**
   * Parses an article not exported before (parseArticle). The caller passes
   * it, so a no-change export, which parses nothing, need not load the YAML
   * parser at all; null when every source was exported before.
   */
  readonly parse: ((text: string) => Article) | null;
}

export interface SelectedPage {
  readonly path: string;
  /** Absent for a page whose previous export is reused as it is. */
  readonly article: Article | undefined;
  readonly urlPath: string;
  readonly outputPath: string;
}

/** A finding that belongs to a file of the workspace. */
export interface FileFinding extends Finding {
  readonly file: string;
}

export interface PageSelection {
  readonly pages: SelectedPage[];
  /** Every article URL path in the workspace (published or not): what an internal link may point at. */
  readonly knownUrls: ReadonlySet<string>;
  /**
   * URL paths that will exist on the published site: every article that is
   * not a draft (drafts too with --drafts), whether or not --only picked it,
   * and the front page.
   */
  readonly publishedUrls: ReadonlySet<string>;
  readonly findings: FileFinding[];
}

/**
 * Which articles become pages. An article whose frontmatter does not parse
 * is reported (file and line) and left out; so is the second of two articles
 * with the same URL (`x.md` and `x/index.md`), so one never overwrites the other.
 */
export function selectPages(sources: readonly ExportSource[], selection: ExportSelection): PageSelection {
  const pages: SelectedPage[] = [];
  const findings: FileFinding[] = [];
  const knownUrls = new Set<string>();
  const publishedUrls = new Set<string>(['/']);
  const claimedBy = new Map<string, string>();
  const only = new Set(selection.only);
  for (const source of [...sources].sort((a, b) => a.path.localeCompare(b.path))) {
    const urlPath = articleUrlPath(source.path);
    knownUrls.add(urlPath);
    let article: Article | undefined;
    if (!source.exportedBefore) {
      try {
        if (!selection.parse) throw new Error(`selectPages: ${source.path} must be parsed, but no parser was given`);
        article = selection.parse(source.text);
      } catch (error) {
        if (!isArticleError(error)) throw error;
        findings.push({ file: source.path, line: error.line, ruleId: 'export/invalid-frontmatter', severity: 'error', message: `Not exported: ${error.reason}` });
        continue;
      }
      if (article.data.draft === true && !selection.drafts) continue;
    }
    publishedUrls.add(urlPath);
    if (only.size > 0 && !only.has(source.path)) continue;
    const owner = claimedBy.get(urlPath);
    if (owner !== undefined) {
      findings.push({ file: source.path, line: 1, ruleId: 'export/duplicate-url', severity: 'error', message: `Not exported: ${owner} already has the URL ${urlPath}` });
      continue;
    }
    claimedBy.set(urlPath, source.path);
    pages.push({ path: source.path, article, urlPath, outputPath: outputPathForUrl(urlPath) });
  }
  return { pages, knownUrls, publishedUrls, findings };
}
