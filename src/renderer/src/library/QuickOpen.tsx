import type { ArticleSummary } from '../../../core/api';
import { ModalDialog } from '../lib/ModalDialog';
import { ArticleSearch } from './ArticleSearch';

interface Props {
  readonly open: boolean;
  readonly articles: readonly ArticleSummary[];
  readonly onClose: () => void;
  readonly onOpen: (path: string) => void;
}

/** Ctrl/Cmd+P: type part of a title or path, arrows to choose, Enter to open. */
export function QuickOpen({ open, articles, onClose, onOpen }: Props) {
  return (
    <ModalDialog open={open} title="Open article" onClose={onClose} className="quick-open" testId="quick-open">
      <div className="quick-open-body">
        <ArticleSearch articles={articles} idPrefix="quick-open" inputLabel="Article title or path" listLabel="Matching articles" onChoose={(article) => onOpen(article.path)} />
      </div>
    </ModalDialog>
  );
}
