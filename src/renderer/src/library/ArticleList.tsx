import type { ArticleSummary } from '../../../core/api';

interface Props {
  readonly articles: readonly ArticleSummary[];
  readonly selected: string | null;
  readonly dirtyPaths: ReadonlySet<string>;
  readonly onSelect: (path: string) => void;
}

export function ArticleList({ articles, selected, dirtyPaths, onSelect }: Props) {
  if (articles.length === 0) {
    return <p className="library-empty">No articles yet. Markdown files (.md) in this folder appear here.</p>;
  }
  return (
    <ul className="article-list" data-testid="article-list" aria-label="Articles">
      {articles.map((article) => (
        <li key={article.path} data-testid="article-item" className={article.path === selected ? 'selected' : undefined}>
          <button type="button" onClick={() => onSelect(article.path)} aria-current={article.path === selected ? 'true' : undefined}>
            <span className="article-title">
              {dirtyPaths.has(article.path) && <span className="dirty-dot" aria-label="unsaved changes" />}
              {article.title ?? article.path}
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
}
