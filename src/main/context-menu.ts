import { Menu, type BrowserWindow } from 'electron';
import { contextMenuTemplate } from './context-menu-template';

/**
 * Electron shows no context menu by default, so spellcheck would underline
 * words without offering fixes, and right-click copy/paste would be missing.
 * What the menu holds is decided in context-menu-template.ts.
 */
export function attachContextMenu(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
}
