import type { ReactNode } from 'react';

interface Props {
  /** Why the last attempt failed, shown above the buttons; null when it did not. */
  readonly error: string | null;
  readonly onCancel: () => void;
  readonly submitLabel: ReactNode;
  readonly submitDisabled: boolean;
}

/** The end of a dialog's form: what went wrong, if anything, then Cancel and the form's submit button. */
export function FormDialogActions({ error, onCancel, submitLabel, submitDisabled }: Props) {
  return (
    <>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
