import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../core/api';
import { matchesFilter } from './library-tree';

interface Props {
  readonly articles: readonly ArticleSummary[];
  /** Prefix of the element ids (two searches may be on screen at once). */
  readonly idPrefix: string;
  readonly inputLabel: string;
  readonly listLabel: string;
  readonly onChoose: (article: ArticleSummary) => void;
  /** The second line of an entry; the path by default. */
  readonly meta?: (article: ArticleSummary) => ReactNode;
}

const MAX_SHOWN = 50;

/**
 * Type part of a title or path, arrows to move, Enter or a click to choose:
 * the search behind quick open and the link picker, as an ARIA combobox.
 */
export function ArticleSearch({ articles, idPrefix, inputLabel, listLabel, onChoose, meta }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => articles.filter((article) => matchesFilter(article, query)).slice(0, MAX_SHOWN), [articles, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current + (event.key === 'ArrowDown' ? 1 : -1) + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter' && matches[current]) {
      event.preventDefault();
      onChoose(matches[current]);
    }
  };

  return (
    <>
      <input
        autoFocus
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${idPrefix}-list`}
        aria-activedescendant={matches[current] ? `${idPrefix}-${current}` : undefined}
        aria-label={inputLabel}
        placeholder="Title or path"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${idPrefix}-list`} role="listbox" aria-label={listLabel}>
        {matches.map((article, index) => (
          <li key={article.path} id={`${idPrefix}-${index}`} role="option" aria-selected={index === current} onMouseDown={(event) => event.preventDefault()} onClick={() => onChoose(article)}>
            <span className="article-title-text">
              {article.title ?? article.path}
              {article.draft && <span className="badge"> Draft</span>}
            </span>
            <span className="article-meta">{meta ? meta(article) : article.path}</span>
          </li>
        ))}
        {matches.length === 0 && <li className="library-empty">No article matches.</li>}
      </ul>
    </>
  );
}
