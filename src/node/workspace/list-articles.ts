import { join } from 'node:path';
import type { ArticleSummary } from '../../core/api';
import { isArticleError, parseArticle } from '../../core/article';
import { articleUrl, type WorkspaceSettings } from '../../core/site';
import { readArticleText } from './article-text';
import { findArticlePaths } from './find-article-paths';
import { forEachLimited } from '../for-each-limited';

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
