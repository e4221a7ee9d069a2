import { diffLines, type Change } from 'diff';
import { useEffect, useState } from 'react';
import { studio } from '../lib/api';
import { ModalDialog } from '../lib/ModalDialog';

interface Props {
  readonly open: boolean;
  readonly path: string;
  /** The editor's text. */
  readonly mine: string;
  readonly onClose: () => void;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

/** Conflict: the file on disk beside the editor's text, line by line, before the writer chooses. */
export function CompareDialog({ open, path, mine, onClose, onKeepMine, onTakeTheirs }: Props) {
  return (
    <ModalDialog open={open} title={`Compare ${path}`} onClose={onClose} className="compare-dialog" testId="compare-dialog">
      <CompareBody path={path} mine={mine} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />
    </ModalDialog>
  );
}

function CompareBody({ path, mine, onKeepMine, onTakeTheirs }: Omit<Props, 'open' | 'onClose'>) {
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    studio.readArticle(path).then(
      (file) => setChanges(diffLines(file.text.replace(/\r\n/g, '\n'), mine.replace(/\r\n/g, '\n'))),
      (error: Error) => setProblem(`The file on disk could not be read (${error.message}); keeping yours writes it again.`),
    );
  }, [path, mine]);

  return (
    <div className="compare-body">
      <p className="compare-legend">
        <span className="diff-removed">− only on disk</span> <span className="diff-added">+ only in the editor</span>
      </p>
      {problem && <p className="notice notice-warning">{problem}</p>}
      {changes && (
        <pre className="compare-diff" tabIndex={0} aria-label="Differences">
          {changes.map((change, index) => (
            <span key={index} className={change.added ? 'diff-added' : change.removed ? 'diff-removed' : 'diff-same'}>
              {prefixLines(change)}
            </span>
          ))}
        </pre>
      )}
      <div className="modal-buttons">
        <button type="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="primary" onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
    </div>
  );
}

function prefixLines(change: Change): string {
  const mark = change.added ? '+ ' : change.removed ? '− ' : '  ';
  return change.value.replace(/\n$/, '').split('\n').map((line) => mark + line).join('\n') + '\n';
}
