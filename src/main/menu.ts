import { Menu } from 'electron';
import type { RecentWorkspace } from '../core/api/studio-api';
import { appMenuTemplate, type MenuActions } from './menu-template';

/** Builds and installs the application menu; called again whenever the recent list changes. */
export function setupMenu(recent: readonly RecentWorkspace[], currentRoot: string, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, recent, currentRoot, actions)));
}
