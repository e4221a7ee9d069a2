import { resolveReference } from '../../../core/export/references';
import { articleUrlPath, type WorkspaceSettings } from '../../../core/site';

export type LinkTarget =
  | { readonly kind: 'article'; readonly path: string }
  | { readonly kind: 'external'; readonly url: string }
  /** A link to an article the workspace does not have: the preview underlines it. */
  | { readonly kind: 'missing'; readonly reason: string }
  | { readonly kind: 'none'; readonly reason: string };

/** The workspace's articles by URL path: made once per article list, then looked up for every link of a page. Two with one URL (`x.md`, `x/index.md`): the first listed. */
export function articlesByUrl(articlePaths: readonly string[]): ReadonlyMap<string, string> {
  const byUrl = new Map<string, string>();
  for (const path of articlePaths) {
    const url = articleUrlPath(path);
    if (!byUrl.has(url)) byUrl.set(url, path);
  }
  return byUrl;
}

/**
 * What a click on a link in the preview does: a link to one of the
 * workspace's articles opens it in the editor, a web link opens in the
 * browser (only http and https), anything else stays put with a reason.
 */
export function linkTarget(href: string, fromPath: string, articles: ReadonlyMap<string, string>, settings: Pick<WorkspaceSettings, 'siteUrl'>): LinkTarget {
  const reference = resolveReference(href, articleUrlPath(fromPath), settings);
  if (reference.kind === 'page') {
    const path = articles.get(reference.urlPath);
    return path ? { kind: 'article', path } : { kind: 'missing', reason: `No article in this workspace has the URL ${reference.urlPath}.` };
  }
  if (reference.kind === 'external') {
    let url: URL;
    try {
      url = new URL(href.trim());
    } catch {
      return { kind: 'none', reason: `${href} is not a web address.` };
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? { kind: 'external', url: url.href } : { kind: 'none', reason: `${url.protocol} links open only from the published page.` };
  }
  if (reference.kind === 'file') return { kind: 'none', reason: `${reference.path} is a file, not an article.` };
  return { kind: 'none', reason: 'An in-page link.' };
}
