import { useEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../../../core/api';
import type { WorkspaceSettings } from '../../../../../core/site';
import { ModalDialog } from '../../../lib/ModalDialog';
import { ArticleSearch } from '../../../library/ArticleSearch';
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
  const others = useMemo(() => articles.filter((article) => article.path !== currentPath), [articles, currentPath]);
  const broken = useBrokenLinks(body, currentPath, articles, settings);

  return (
    <div className="quick-open-body">
      <p className="helper-hint">{selectedText.trim() ? `Links the selected text “${selectedText.length > 60 ? `${selectedText.slice(0, 60)}…` : selectedText}”.` : 'Links the chosen article’s title.'}</p>
      <ArticleSearch
        articles={others}
        idPrefix="link-picker"
        inputLabel="Search articles by title"
        listLabel="Articles to link to"
        onChoose={onChoose}
        meta={(article) => articleLinkTarget(article.path)}
      />
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
