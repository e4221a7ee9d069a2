import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A native <dialog> opened with showModal(): the browser makes the rest of
 * the page inert, closes it on Escape and gives it its role. This adds only
 * what it does not guarantee: Tab wraps inside the dialog instead of leaving
 * for the browser's own controls, however the dialog closes (Escape, a
 * button) React's state hears of it, and focus returns to what opened it.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  /** The element's `close` event: fired for Escape too, which the browser handles without asking React. */
  const onDialogClose = useCallback(() => {
    opener.current?.focus();
    opener.current = null;
    onClose();
  }, [onClose]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isTabStop);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }, []);

  return { ref, onDialogClose, onKeyDown };
}

/** Visible, and of a radio group only the checked one (Tab skips the others). */
function isTabStop(element: HTMLElement): boolean {
  if (element.getClientRects().length === 0) return false;
  return !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked);
}
