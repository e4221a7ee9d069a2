import { forwardRef, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../core/api';
import { useStoredState } from '../lib/use-stored-state';
import { libraryTree, type FolderNode } from './library-tree';

export type ArticleAction = 'new' | 'rename' | 'duplicate' | 'delete';

interface Props {
  readonly articles: readonly ArticleSummary[];
  readonly selected: string | null;
  readonly dirtyPaths: ReadonlySet<string>;
  readonly onSelect: (path: string) => void;
  readonly onAction: (action: ArticleAction) => void;
}

export interface LibraryPaneHandle {
  focus(): void;
}

const isFolderList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The workspace's articles as a folder tree, with a filter and the file actions. */
export const LibraryPane = forwardRef<LibraryPaneHandle, Props>(function LibraryPane({ articles, selected, dirtyPaths, onSelect, onAction }, ref) {
  const [filter, setFilter] = useState('');
  const [collapsedList, setCollapsed] = useStoredState<string[]>('library-collapsed', [], isFolderList);
  const collapsed = useMemo(() => new Set(collapsedList), [collapsedList]);
  const tree = useMemo(() => libraryTree(articles, filter), [articles, filter]);
  const filterInput = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => filterInput.current?.focus() }), []);

  const toggle = (path: string) => setCollapsed(collapsed.has(path) ? collapsedList.filter((item) => item !== path) : [...collapsedList, path]);
  // While filtering, every matching folder is shown open.
  const isOpen = (path: string) => filter.trim() !== '' || !collapsed.has(path);
  const matches = tree.articles.length + tree.folders.length > 0;

  const renderFolder = (folder: FolderNode, depth: number) => (
    <ul className="tree-list" key={folder.path || '.'}>
      {folder.folders.map((child) => (
        <li key={child.path} className="tree-folder">
          <button type="button" className="folder-toggle" aria-expanded={isOpen(child.path)} onClick={() => toggle(child.path)} style={{ paddingLeft: 8 + depth * 14 }}>
            <span aria-hidden="true">{isOpen(child.path) ? '▾' : '▸'}</span> {child.name}
          </button>
          {isOpen(child.path) && renderFolder(child, depth + 1)}
        </li>
      ))}
      {folder.articles.map((article) => (
        <li key={article.path} data-testid="article-item" className={article.path === selected ? 'selected' : undefined}>
          <button type="button" className="article-button" onClick={() => onSelect(article.path)} aria-current={article.path === selected ? 'true' : undefined} style={{ paddingLeft: 10 + depth * 14 }} title={article.path}>
            <span className="article-title">
              {dirtyPaths.has(article.path) && <span className="dirty-dot" role="img" aria-label="unsaved changes" />}
              <span className="article-title-text">{article.title ?? article.path.split('/').pop()}</span>
              {article.draft && <span className="badge">Draft</span>}
            </span>
            <span className="article-meta">
              {article.problem ? `Line ${article.problem.line}: ${article.problem.message}` : [article.date?.slice(0, 10), article.path].filter(Boolean).join(' · ')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="library-pane">
      <div className="library-toolbar">
        <input
          ref={filterInput}
          type="search"
          className="library-filter"
          placeholder="Filter articles"
          aria-label="Filter articles"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <button type="button" onClick={() => onAction('new')} title="New article (Ctrl+N)">
          New
        </button>
      </div>
      {selected && (
        <div className="library-actions" role="toolbar" aria-label="Selected article">
          <button type="button" onClick={() => onAction('rename')}>
            Rename
          </button>
          <button type="button" onClick={() => onAction('duplicate')}>
            Duplicate
          </button>
          <button type="button" onClick={() => onAction('delete')}>
            Delete
          </button>
        </div>
      )}
      <nav className="library-tree" aria-label="Articles" data-testid="article-list">
        {articles.length === 0 ? (
          <p className="library-empty">No articles yet. Markdown files (.md) in this folder appear here; New creates one.</p>
        ) : matches ? (
          renderFolder(tree, 0)
        ) : (
          <p className="library-empty">No article matches “{filter}”.</p>
        )}
      </nav>
    </div>
  );
});
