import type { ArticleSummary } from '../../../core/api';

export interface FolderNode {
  readonly kind: 'folder';
  /** '/'-separated, '' for the workspace itself. */
  readonly path: string;
  readonly name: string;
  readonly folders: readonly FolderNode[];
  readonly articles: readonly ArticleSummary[];
}

/** Every word of the filter must appear in the title or the path, in any case and order. */
export function matchesFilter(article: ArticleSummary, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${article.title ?? ''} ${article.path}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The articles as folders, the way they sit on disk: folders first, then
 * articles, each by name. Folders with no matching article are left out.
 */
export function libraryTree(articles: readonly ArticleSummary[], filter = ''): FolderNode {
  interface Draft {
    path: string;
    name: string;
    folders: Map<string, Draft>;
    articles: ArticleSummary[];
  }
  const root: Draft = { path: '', name: '', folders: new Map(), articles: [] };
  for (const article of articles) {
    if (!matchesFilter(article, filter)) continue;
    const segments = article.path.split('/');
    let folder = root;
    for (const segment of segments.slice(0, -1)) {
      const path = folder.path ? `${folder.path}/${segment}` : segment;
      let next = folder.folders.get(segment);
      if (!next) {
        next = { path, name: segment, folders: new Map(), articles: [] };
        folder.folders.set(segment, next);
      }
      folder = next;
    }
    folder.articles.push(article);
  }
  const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;
  const freeze = (draft: Draft): FolderNode => ({
    kind: 'folder',
    path: draft.path,
    name: draft.name,
    folders: [...draft.folders.values()].sort((a, b) => byName(a.name, b.name)).map(freeze),
    articles: [...draft.articles].sort((a, b) => byName(a.path, b.path)),
  });
  return freeze(root);
}

/** The articles of a tree in the order it shows them, for keyboard moves and quick open. */
export function visibleOrder(tree: FolderNode, collapsed: ReadonlySet<string> = new Set()): ArticleSummary[] {
  const out: ArticleSummary[] = [];
  const walk = (folder: FolderNode) => {
    if (folder.path !== '' && collapsed.has(folder.path)) return;
    for (const child of folder.folders) walk(child);
    out.push(...folder.articles);
  };
  walk(tree);
  return out;
}
