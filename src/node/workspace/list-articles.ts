import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../../core/api';
import { isArticleError, parseArticle } from '../../core/article';
import { articleUrl, EXPORT_MANIFEST_FILE, isArticlePath, isSkippedFolder, type WorkspaceSettings } from '../../core/site';
import { readArticleText } from './article-text';
import { TEMP_FILE_SUFFIX } from './atomic-write';
import { isInside } from './safe-path';
import { forEachLimited } from '../for-each-limited';

export interface WorkspaceFiles {
  /** Relative ('/'-separated) paths of every article under the root, sorted. */
  readonly articles: string[];
  /** Temp files of interrupted saves, found on the way. */
  readonly tempFiles: string[];
}

export async function findArticlePaths(realRoot: string): Promise<WorkspaceFiles> {
  const found: string[] = [];
  const tempFiles: string[] = [];
  async function visit(relativeFolder: string): Promise<void> {
    const entries = await readdir(join(realRoot, relativeFolder), { withFileTypes: true });
    // An export written inside the workspace is output, never articles.
    if (relativeFolder !== '' && entries.some((entry) => entry.name === EXPORT_MANIFEST_FILE)) return;
    const subfolders: Promise<void>[] = [];
    for (const entry of entries) {
      const relativePath = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
      // Symlinked folders are not followed: they can loop or lead outside.
      if (entry.isDirectory() && !isSkippedFolder(relativePath)) subfolders.push(visit(relativePath));
      else if (entry.isFile() && isArticlePath(relativePath)) found.push(relativePath);
      else if (entry.isFile() && entry.name.endsWith(TEMP_FILE_SUFFIX)) tempFiles.push(relativePath);
      else if (entry.isSymbolicLink() && isArticlePath(relativePath)) subfolders.push(keepLinkInside(relativePath));
    }
    await Promise.all(subfolders);
  }
  async function keepLinkInside(relativePath: string): Promise<void> {
    const target = await realpath(join(realRoot, relativePath)).catch(() => null);
    if (target && isInside(realRoot, target) && (await stat(target)).isFile()) found.push(relativePath);
  }
  await visit('');
  return { articles: found.sort(), tempFiles };
}

export function summarize(relativePath: string, text: string, settings: WorkspaceSettings): ArticleSummary {
  const url = articleUrl(settings, relativePath);
  try {
    const { data } = parseArticle(text);
    return {
      path: relativePath,
      url,
      title: scalarText(data.title),
      date: scalarText(data.date),
      draft: data.draft === true,
      problem: null,
    };
  } catch (error) {
    if (!isArticleError(error)) throw error;
    return { path: relativePath, url, title: null, date: null, draft: false, problem: { message: error.reason, line: error.line } };
  }
}

/** Reads and summarises many articles with bounded parallelism. */
export async function listArticleSummaries(
  realRoot: string,
  settings: WorkspaceSettings,
  onRead: (relativePath: string, text: string) => void,
): Promise<{ summaries: ArticleSummary[]; tempFiles: string[] }> {
  const { articles: paths, tempFiles } = await findArticlePaths(realRoot);
  const summaries: ArticleSummary[] = new Array(paths.length);
  await forEachLimited(
    paths,
    async (relativePath, index) => {
      try {
        const text = await readArticleText(join(realRoot, relativePath), relativePath);
        onRead(relativePath, text);
        summaries[index] = summarize(relativePath, text, settings);
      } catch (error) {
        const message = (error as Error).message;
        summaries[index] = { path: relativePath, url: articleUrl(settings, relativePath), title: null, date: null, draft: false, problem: { message, line: 1 } };
      }
    },
    16,
  );
  return { summaries, tempFiles };
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
