import { useState, type FormEvent } from 'react';
import { studio } from '../lib/api';
import { FormDialogActions } from '../lib/FormDialogActions';
import { ModalDialog } from '../lib/ModalDialog';
import { articlePathProblem, copyPath, folderOf, suggestedPath } from './article-path';
import type { ArticleAction } from './LibraryPane';

export interface ArticleDialogRequest {
  readonly action: ArticleAction;
  /** The selected article (rename, duplicate, delete), or where a new one goes. */
  readonly path: string | null;
}

interface Props {
  readonly request: ArticleDialogRequest | null;
  readonly existing: readonly string[];
  readonly onClose: () => void;
  /** The action succeeded: the article to show now, or null after a delete. */
  readonly onDone: (path: string | null) => void;
}

const TITLES: Record<ArticleAction, string> = { new: 'New article', rename: 'Rename article', duplicate: 'Duplicate article', delete: 'Delete article' };

/** New, rename, duplicate and delete, each asking for what it needs and saying exactly what went wrong. */
export function ArticleDialog({ request, existing, onClose, onDone }: Props) {
  return (
    <ModalDialog open={request !== null} title={request ? TITLES[request.action] : ''} onClose={onClose} testId="article-dialog">
      {request && <ArticleDialogForm request={request} existing={existing} onClose={onClose} onDone={onDone} />}
    </ModalDialog>
  );
}

function ArticleDialogForm({ request, existing, onClose, onDone }: Props & { request: ArticleDialogRequest }) {
  const { action, path: source } = request;
  const folder = source ? folderOf(source) : '';
  const [title, setTitle] = useState('');
  const [path, setPath] = useState(() => (action === 'duplicate' && source ? copyPath(source, existing) : (source ?? '')));
  const [pathEdited, setPathEdited] = useState(action !== 'new');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newPath = action === 'new' && !pathEdited ? suggestedPath(title, folder) : path;
  const others = existing.filter((other) => other !== (action === 'rename' ? source : null));
  const problem = action === 'delete' ? null : articlePathProblem(newPath, others);
  const unchanged = action === 'rename' && newPath.trim() === source;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem || unchanged || busy) return;
    setBusy(true);
    setError(null);
    try {
      const target = newPath.trim();
      if (action === 'new') await studio.createArticle(target, title.trim() || 'Untitled');
      else if (action === 'rename') await studio.renameArticle(source!, target);
      else if (action === 'duplicate') await studio.duplicateArticle(source!, target);
      else await studio.deleteArticle(source!);
      onDone(action === 'delete' ? null : target);
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <form className="modal-form" onSubmit={(event) => void submit(event)}>
      {action === 'delete' ? (
        <p>
          Move <strong>{source}</strong> to the trash? You can restore it from the system trash (or the workspace’s <code>.trash</code> folder).
        </p>
      ) : (
        <>
          {action === 'new' && (
            <label>
              Title
              <input autoFocus value={title} onChange={(event) => setTitle(event.target.value)} placeholder="What is the article called?" />
            </label>
          )}
          <label>
            File
            <input
              autoFocus={action !== 'new'}
              value={newPath}
              onChange={(event) => {
                setPath(event.target.value);
                setPathEdited(true);
              }}
              aria-invalid={problem !== null}
              aria-describedby="article-path-problem"
              spellCheck={false}
            />
          </label>
          <p id="article-path-problem" className="field-problem" role="status">
            {problem ?? (action === 'rename' ? 'Links to the old URL will need updating.' : '')}
          </p>
        </>
      )}
      <FormDialogActions
        error={error}
        onCancel={onClose}
        submitLabel={action === 'delete' ? 'Move to trash' : action === 'new' ? 'Create' : action === 'rename' ? 'Rename' : 'Duplicate'}
        submitDisabled={problem !== null || unchanged || busy}
      />
    </form>
  );
}
