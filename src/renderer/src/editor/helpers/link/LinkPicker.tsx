import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../../../core/api';
import type { WorkspaceSettings } from '../../../../../core/site';
import { ModalDialog } from '../../../lib/ModalDialog';
import { matchesFilter } from '../../../library/library-tree';
import type { BrokenLink } from './broken-links';
import { articleLinkTarget } from './link-markdown';

interface Props {
  readonly open: boolean;
  readonly articles: readonly ArticleSummary[];
  readonly currentPath: string;
  /** The text the link will be made of; empty: the chosen article's title. */
  readonly selectedText: string;
  readonly body: string;
  readonly settings: WorkspaceSettings | null;
  readonly onChoose: (article: ArticleSummary) => void;
  readonly onGoToLine: (line: number) => void;
  readonly onClose: () => void;
}

const MAX_SHOWN = 50;

/**
 * Ctrl/Cmd+K: search the workspace's articles by title (or path), Enter to
 * insert a root-relative link to the chosen one. Below, the article's own
 * links that lead to no article, as the SEO check finds them, each with a
 * way to its line.
 */
export function LinkPicker(props: Props) {
  return (
    <ModalDialog open={props.open} title="Link to an article" onClose={props.onClose} className="quick-open link-picker" testId="link-picker">
      <LinkPickerBody {...props} />
    </ModalDialog>
  );
}

function LinkPickerBody({ articles, currentPath, selectedText, body, settings, onChoose, onGoToLine }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => articles.filter((article) => article.path !== currentPath && matchesFilter(article, query)).slice(0, MAX_SHOWN), [articles, currentPath, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));
  const broken = useBrokenLinks(body, currentPath, articles, settings);

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
    <div className="quick-open-body">
      <p className="helper-hint">{selectedText.trim() ? `Links the selected text “${selectedText.length > 60 ? `${selectedText.slice(0, 60)}…` : selectedText}”.` : 'Links the chosen article’s title.'}</p>
      <input
        autoFocus
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="link-picker-list"
        aria-activedescendant={matches[current] ? `link-picker-${current}` : undefined}
        aria-label="Search articles by title"
        placeholder="Title or path"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="link-picker-list" role="listbox" aria-label="Articles to link to">
        {matches.map((article, index) => (
          <li key={article.path} id={`link-picker-${index}`} role="option" aria-selected={index === current} onMouseDown={(event) => event.preventDefault()} onClick={() => onChoose(article)}>
            <span className="article-title-text">
              {article.title ?? article.path}
              {article.draft && <span className="badge"> Draft</span>}
            </span>
            <span className="article-meta">{articleLinkTarget(article.path)}</span>
          </li>
        ))}
        {matches.length === 0 && <li className="library-empty">No article matches.</li>}
      </ul>
      {broken.length > 0 && (
        <section className="broken-links" aria-label="Links to no article">
          <h3 className="modal-subheading">Links in this article that lead to no article</h3>
          <ul>
            {broken.map((link) => (
              <li key={`${link.line}:${link.message}`}>
                <span>
                  Line {link.line}: {link.text ? `“${link.text}”, ` : ''}
                  {link.message.replace(/^Link to/, 'to')}
                </span>
                <button type="button" onClick={() => onGoToLine(link.line)}>
                  Go to line {link.line}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The broken links, computed once per opening by a module loaded only then (it renders the body). */
function useBrokenLinks(body: string, path: string, articles: readonly ArticleSummary[], settings: WorkspaceSettings | null): readonly BrokenLink[] {
  const [broken, setBroken] = useState<readonly BrokenLink[]>([]);
  useEffect(() => {
    if (!settings) return;
    let live = true;
    void import('./broken-links').then(({ brokenLinks }) => {
      if (live) setBroken(brokenLinks(body, path, articles, settings));
    });
    return () => {
      live = false;
    };
  }, [body, path, articles, settings]);
  return broken;
}
