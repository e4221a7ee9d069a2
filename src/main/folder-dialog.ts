import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

const OPTIONS: OpenDialogOptions = {
  title: 'Open a Folder of Articles',
  buttonLabel: 'Open',
  properties: ['openDirectory', 'createDirectory'],
};

/** The system's folder dialog, attached to the window when there is one; null when cancelled. */
export async function pickFolder(window: BrowserWindow | null): Promise<string | null> {
  const result = window && !window.isDestroyed() ? await dialog.showOpenDialog(window, OPTIONS) : await dialog.showOpenDialog(OPTIONS);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
