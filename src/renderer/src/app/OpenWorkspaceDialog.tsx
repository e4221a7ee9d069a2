import { useEffect, useState, type FormEvent } from 'react';
import type { RecentWorkspace } from '../../../core/api';
import { isDesktop, studio } from '../lib/api';
import { ModalDialog } from '../lib/ModalDialog';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Switch to this folder (the caller saves the open article first). */
  readonly onOpen: (root: string) => Promise<void>;
}

/**
 * Open another workspace: the system's folder dialog on the desktop, a path
 * field in a browser (a web page cannot ask for a folder's path), and the
 * recent ones in both.
 */
export function OpenWorkspaceDialog({ open, onClose, onOpen }: Props) {
  return (
    <ModalDialog open={open} title="Open workspace" onClose={onClose} testId="open-workspace">
      <OpenWorkspaceForm onOpen={onOpen} />
    </ModalDialog>
  );
}

function OpenWorkspaceForm({ onOpen }: Pick<Props, 'onOpen'>) {
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    studio.listRecentWorkspaces().then(setRecent, () => setRecent([]));
  }, []);

  const openRoot = async (root: string) => {
    setBusy(true);
    setError(null);
    try {
      await onOpen(root);
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };
  const pick = async () => {
    const root = await studio.pickWorkspaceFolder().catch((failure: Error) => {
      setError(failure.message);
      return null;
    });
    if (root) await openRoot(root);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void openRoot(path.trim());
  };

  return (
    <div className="modal-form">
      {isDesktop ? (
        <button type="button" className="primary" onClick={() => void pick()} disabled={busy}>
          Choose a folder…
        </button>
      ) : (
        <form onSubmit={submit} className="inline-form">
          <label>
            Folder path
            <input autoFocus value={path} onChange={(event) => setPath(event.target.value)} placeholder="/home/me/articles or ~/articles" spellCheck={false} />
          </label>
          <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
            Open
          </button>
        </form>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {recent.length > 0 && (
        <section aria-label="Recent workspaces">
          <h3 className="modal-subheading">Recent</h3>
          <ul className="recent-list">
            {recent.map((workspace) => (
              <li key={workspace.root}>
                <button type="button" onClick={() => void openRoot(workspace.root)} disabled={busy} title={workspace.root}>
                  <strong>{workspace.name}</strong> <span className="article-meta">{workspace.root}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
