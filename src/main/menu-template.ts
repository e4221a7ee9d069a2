// Types only from Electron: this module is unit-tested under plain Node.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand, RecentWorkspace } from '../core/api/studio-api';

export interface MenuActions {
  /** Sent to the window as a `command` workspace event; the renderer acts on it. */
  readonly command: (command: AppCommand) => void;
  readonly openFolder: () => void;
  readonly openRecent: (root: string) => void;
}

/** Items that ask the renderer to act, with their shortcuts. The menu owns these keys in the desktop app. */
const FILE_COMMANDS: readonly (readonly [string, string, AppCommand])[] = [
  ['New Article', 'CmdOrCtrl+N', 'new-article'],
  ['Quick Open…', 'CmdOrCtrl+P', 'quick-open'],
  ['Save', 'CmdOrCtrl+S', 'save'],
];

const VIEW_COMMANDS: readonly (readonly [string, string, AppCommand])[] = [
  ['Focus Library', 'CmdOrCtrl+1', 'focus-library'],
  ['Focus Editor', 'CmdOrCtrl+2', 'focus-editor'],
  ['Focus Preview', 'CmdOrCtrl+3', 'focus-preview'],
];

/**
 * The application menu. `recent` is the host's list; the folder open now is
 * left out of Open Recent, since choosing it would do nothing.
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  recent: readonly RecentWorkspace[],
  currentRoot: string,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const commandItem = ([label, accelerator, command]: readonly [string, string, AppCommand]): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.command(command),
  });
  const others = recent.filter((workspace) => workspace.root !== currentRoot);
  const recentItems: MenuItemConstructorOptions[] =
    others.length === 0
      ? [{ label: 'No Recent Folders', enabled: false }]
      : others.map((workspace) => ({ label: workspace.root, click: () => actions.openRecent(workspace.root) }));

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        ...FILE_COMMANDS.map(commandItem),
        { type: 'separator' },
        commandItem(['Export…', 'CmdOrCtrl+E', 'export']),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        commandItem(['Toggle Preview', 'CmdOrCtrl+\\', 'toggle-preview']),
        { type: 'separator' },
        ...VIEW_COMMANDS.map(commandItem),
        { type: 'separator' },
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
