import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Standard roles only for now: Save is the renderer's Ctrl/Cmd+S, so the
 * native menu carries quit, editing (undo, clipboard, select all, which also
 * makes those shortcuts work on macOS), reload/DevTools/zoom and window roles.
 */
export function setupMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
