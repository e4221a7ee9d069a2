import { useId, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface Props {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string;
}

/** A modal dialog with a heading and a close button; its body is mounted only while it is open. */
export function ModalDialog({ open, title, onClose, children, className, testId }: Props) {
  const titleId = useId();
  const { ref, onDialogClose, onKeyDown } = useModalDialog(open, onClose);
  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby={titleId} onClose={onDialogClose} onKeyDown={onKeyDown} data-testid={testId}>
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {open && children}
    </dialog>
  );
}
