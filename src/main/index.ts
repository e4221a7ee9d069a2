import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron';
import { WORKSPACE_EVENT_CHANNEL } from '../core/api/channels';
import type { AppCommand, WorkspaceEvent } from '../core/api/studio-api';
import { RecentWorkspaces, StudioHost } from '../node/host';
import { openWorkspace, prepareSampleWorkspace } from '../node/workspace';
import { resolveAppPaths } from './app-paths';
import { registerAppSchemeAsPrivileged, setupAppProtocol } from './app-protocol';
import { attachContextMenu } from './context-menu';
import { pickFolder } from './folder-dialog';
import { forwardWorkspaceEvents, registerStudioHandlers } from './ipc/register-studio-handlers';
import { setupMenu } from './menu';
import { keepSpellcheckOffline } from './spellcheck';
import { openWithSystem } from './open-with-system';
import { setupShutdown } from './shutdown';
import { openStartupWorkspace } from './startup-workspace';
import { APP_START_URL, createTrustedSenderCheck, devServerOrigin } from './trusted-sender';
import { confirmLeaving } from './unload-guard';
import { askInWindow, createMainWindow, DEFAULT_WINDOW_SIZE, MINIMUM_WINDOW_SIZE, setupPermissionDefaults, setupWebContentsGuards, type MainWindow } from './window';
import { placeWindow, readWindowState, writeWindowState } from './window-state';
import { switchWorkspace } from './workspace-switch';

/**
 * Electron entry: glue only. Every step lives in its own module as a
 * setupX()/createX() called here, in order; nothing runs at import time.
 */

// Located from this file (out/main/index.js), never from the working directory.
const paths = resolveAppPaths(dirname(fileURLToPath(import.meta.url)));

/**
 * ARTICLE_STUDIO_USER_DATA gives a run its own profile folder (the recent
 * list, backups, window position, the sample copy, the single-instance
 * lock): end-to-end tests use it so they neither collide with an open
 * Article Studio nor touch its state.
 */
function setupUserDataOverride(): void {
  const dir = process.env.ARTICLE_STUDIO_USER_DATA?.trim();
  if (dir) app.setPath('userData', resolve(dir));
}

function failStartup(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Article Studio could not start:', error);
  dialog.showErrorBox('Article Studio could not start', message);
  app.exit(1);
}

async function startApp(): Promise<void> {
  // The dev server is trusted only in unpackaged runs: a shipped app must not
  // let an environment variable add an origin that may call the workspace.
  const devRendererUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;

  let mainWindow: MainWindow | null = null;
  const liveWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.window.isDestroyed() ? mainWindow.window : null);
  app.on('second-instance', () => {
    const window = liveWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  setupWebContentsGuards();

  await app.whenReady();
  setupPermissionDefaults(devServerOrigin(devRendererUrl));
  keepSpellcheckOffline(session.defaultSession, paths.appRoot);

  const userData = app.getPath('userData');
  const open = (root: string) => openWorkspace(root, { stateDir: userData, openResult: openWithSystem });
  const { service } = await openStartupWorkspace({
    envWorkspace: process.env.ARTICLE_STUDIO_WORKSPACE,
    cwd: process.cwd(),
    readLastWorkspace: () => new RecentWorkspaces(userData).mostRecent(),
    prepareSample: () => prepareSampleWorkspace(paths.sampleWorkspace, userData),
    openWorkspace: open,
    warn: (message) => console.warn(message),
  });
  const host = await StudioHost.start(service, {
    stateDir: userData,
    openWorkspace: open,
    pickFolder: () => pickFolder(liveWindow()),
    // Also when the page itself opened a folder: Open Recent must show it.
    onWorkspaceOpened: () => refreshMenu(),
  });
  setupShutdown(host);
  setupAppProtocol(paths.rendererDir, () => host.root);

  const send = (event: WorkspaceEvent): void => liveWindow()?.webContents.send(WORKSPACE_EVENT_CHANNEL, event);
  registerStudioHandlers(ipcMain, () => host, createTrustedSenderCheck(devRendererUrl));
  forwardWorkspaceEvents(host, send);

  const openFolderInWindow = async (root: string | null): Promise<void> => {
    const window = liveWindow();
    await switchWorkspace(root, {
      confirmLeaving: () => window === null || confirmLeaving(window.webContents.getTitle(), askInWindow(window)),
      openWorkspace: (folder) => host.openWorkspace(folder),
      reloadWithoutAsking: () => {
        if (!mainWindow || !window) return;
        mainWindow.unloadGuard.allowNextUnload();
        window.webContents.reload();
      },
      showError: (message) => dialog.showErrorBox('Could not open the folder', message),
    });
  };
  const menuActions = {
    command: (command: AppCommand) => send({ kind: 'command', command }),
    openFolder: () => {
      host.pickWorkspaceFolder().then(openFolderInWindow, (error: unknown) => console.error('Article Studio: the folder dialog failed:', error));
    },
    openRecent: (root: string) => void openFolderInWindow(root),
  };
  function refreshMenu(): void {
    host
      .listRecentWorkspaces()
      .then((recent) => setupMenu(recent, host.root, menuActions))
      .catch((error: unknown) => console.error('Article Studio: could not build the menu:', error));
  }
  refreshMenu();

  const openMainWindow = (): void => {
    const placement = placeWindow(readWindowState(userData), [screen.getPrimaryDisplay(), ...screen.getAllDisplays()], DEFAULT_WINDOW_SIZE, MINIMUM_WINDOW_SIZE);
    const opened = createMainWindow({
      preloadPath: paths.preloadPath,
      startUrl: devRendererUrl ?? APP_START_URL,
      placement,
      rememberState: (state) => writeWindowState(userData, state),
    });
    attachContextMenu(opened.window);
    opened.window.on('closed', () => {
      if (mainWindow === opened) mainWindow = null;
    });
    mainWindow = opened;
  };
  openMainWindow();

  // macOS keeps the app alive without windows and reopens one from the Dock.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function main(): void {
  // The one call Electron requires before `ready`.
  registerAppSchemeAsPrivileged();
  // Before the lock: the lock is keyed on the userData folder.
  setupUserDataOverride();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  startApp().catch(failStartup);
}

main();
