import { useCallback, useMemo } from 'react';
import type { ArticleSummary, WorkspaceInfo } from '../../../core/api';
import { articlesByUrl, linkTarget, type LinkTarget } from '../preview/link-target';

interface Options {
  readonly workspace: WorkspaceInfo | null;
  readonly articles: readonly ArticleSummary[];
  readonly openArticle: (path: string) => void;
  readonly tell: (message: string) => void;
}

/**
 * What the preview's links do when clicked, and which of them lead to no
 * article. Each is judged from the article whose page holds it, not the one
 * open: just after the writer opens another article, the frame still shows
 * the last one's page, and its relative links lead from there.
 */
export function usePreviewLinks({ workspace, articles, openArticle, tell }: Options) {
  // By the paths, not the list: a save lists the articles again (new dates, titles), and a new list
  // with the same paths must not make the preview judge every link of the page again.
  const pathList = articles.map((article) => article.path).join('\n');
  const byUrl = useMemo(() => articlesByUrl(pathList === '' ? [] : pathList.split('\n')), [pathList]);
  const targetOf = useCallback(
    (href: string, from: string): LinkTarget | null => (workspace ? linkTarget(href, from, byUrl, workspace.settings) : null),
    [workspace, byUrl],
  );
  const onLink = useCallback(
    (href: string, from: string) => {
      const target = targetOf(href, from);
      if (!target) return;
      if (target.kind === 'article') openArticle(target.path);
      else if (target.kind === 'external') window.open(target.url, '_blank', 'noopener,noreferrer');
      else tell(target.reason);
    },
    [targetOf, openArticle, tell],
  );
  const brokenLink = useCallback(
    (href: string, from: string) => {
      const target = targetOf(href, from);
      return target?.kind === 'missing' ? target.reason : null;
    },
    [targetOf],
  );
  return { onLink, brokenLink };
}
