import { useEffect } from 'react';

/** Ctrl+E (Cmd+E on macOS) opens the Export dialog from anywhere, the editor included. */
export function useExportShortcut(openDialog: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        openDialog();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [openDialog]);
}
