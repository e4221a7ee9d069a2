import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { WORKSPACE_EVENT_CHANNEL } from '../core/api/channels';
import { openWorkspace, prepareSampleWorkspace } from '../node/workspace';
import { resolveAppPaths } from './app-paths';
import { registerAppSchemeAsPrivileged, setupAppProtocol } from './app-protocol';
import { readAppState } from './app-state';
import { attachContextMenu } from './context-menu';
import { forwardWorkspaceEvents, registerStudioHandlers } from './ipc/register-studio-handlers';
import { setupMenu } from './menu';
import { openWithSystem } from './open-with-system';
import { setupShutdown } from './shutdown';
import { openStartupWorkspace } from './startup-workspace';
import { APP_START_URL, createTrustedSenderCheck, devServerOrigin } from './trusted-sender';
import { createMainWindow, setupPermissionDefaults, setupWebContentsGuards } from './window';

/**
 * Electron entry: glue only. Every step lives in its own module as a
 * setupX()/createX() called here, in order; nothing runs at import time.
 */

// Located from this file (out/main/index.js), never from the working directory.
const paths = resolveAppPaths(dirname(fileURLToPath(import.meta.url)));

/**
 * ARTICLE_STUDIO_USER_DATA gives a run its own profile folder (state.json,
 * the sample copy, the single-instance lock): end-to-end tests use it so
 * they neither collide with an open Article Studio nor touch its state.
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

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  setupWebContentsGuards();

  await app.whenReady();
  setupPermissionDefaults(devServerOrigin(devRendererUrl));
  setupAppProtocol(paths.rendererDir);
  setupMenu();

  const userData = app.getPath('userData');
  const { service } = await openStartupWorkspace({
    envWorkspace: process.env.ARTICLE_STUDIO_WORKSPACE,
    cwd: process.cwd(),
    readLastWorkspace: async () => (await readAppState(userData)).lastWorkspace ?? null,
    prepareSample: () => prepareSampleWorkspace(paths.sampleWorkspace, userData),
    openWorkspace: (root) => openWorkspace(root, { stateDir: userData, openResult: openWithSystem }),
    warn: (message) => console.warn(message),
  });
  setupShutdown(service);

  registerStudioHandlers(ipcMain, () => service, createTrustedSenderCheck(devRendererUrl));
  forwardWorkspaceEvents(service, (event) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(WORKSPACE_EVENT_CHANNEL, event);
  });

  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath: paths.preloadPath, startUrl: devRendererUrl ?? APP_START_URL });
    attachContextMenu(window);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
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
