import { useMemo, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../core/api';
import { ModalDialog } from '../lib/ModalDialog';
import { matchesFilter } from './library-tree';

interface Props {
  readonly open: boolean;
  readonly articles: readonly ArticleSummary[];
  readonly onClose: () => void;
  readonly onOpen: (path: string) => void;
}

const MAX_SHOWN = 50;

/** Ctrl/Cmd+P: type part of a title or path, arrows to choose, Enter to open. */
export function QuickOpen({ open, articles, onClose, onOpen }: Props) {
  return (
    <ModalDialog open={open} title="Open article" onClose={onClose} className="quick-open" testId="quick-open">
      <QuickOpenList articles={articles} onOpen={onOpen} />
    </ModalDialog>
  );
}

function QuickOpenList({ articles, onOpen }: Pick<Props, 'articles' | 'onOpen'>) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => articles.filter((article) => matchesFilter(article, query)).slice(0, MAX_SHOWN), [articles, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter' && matches[current]) {
      event.preventDefault();
      onOpen(matches[current].path);
    }
  };

  return (
    <div className="quick-open-body">
      <input
        autoFocus
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="quick-open-list"
        aria-activedescendant={matches[current] ? `quick-open-${current}` : undefined}
        aria-label="Article title or path"
        placeholder="Title or path"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="quick-open-list" role="listbox" aria-label="Matching articles">
        {matches.map((article, index) => (
          <li key={article.path} id={`quick-open-${index}`} role="option" aria-selected={index === current} onMouseDown={(event) => event.preventDefault()} onClick={() => onOpen(article.path)}>
            <span className="article-title-text">{article.title ?? article.path}</span>
            <span className="article-meta">{article.path}</span>
          </li>
        ))}
        {matches.length === 0 && <li className="library-empty">No article matches.</li>}
      </ul>
    </div>
  );
}
