import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { allowPermissionCheck, allowPermissionRequest } from './permissions';
import { isWebUrl } from './trusted-sender';

export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  readonly preloadPath: string;
  /** app://studio/index.html, or ELECTRON_RENDERER_URL in development. */
  readonly startUrl: string;
}

/** The one editing window. Security-relevant preferences are spelled out, not left to defaults. */
export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({ /* eng-disable AUXCLICK_JS_CHECK a middle-click can open no window: guardWebContents denies every new window, in every web contents */
    title: 'Article Studio',
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK reviewed: the preload runs sandboxed and exposes only the StudioApi methods; main checks the sender and payload of every call */
    },
  });
  window.once('ready-to-show', () => window.show());
  // The page blocks unloading while it has unsaved edits; ask the writer
  // instead of Chromium's silent refusal in a desktop window.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Stay', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'This article has unsaved changes.',
      detail: 'Leaving now discards them.',
    });
    if (choice === 1) event.preventDefault();
  });
  // If the page itself cannot load, show the window anyway (with Chromium's
  // error page) rather than leaving an invisible app running.
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame || code === -3 /* ERR_ABORTED: a navigation we cancelled */) return;
    console.error(`Article Studio could not load ${url}: ${description} (${code})`);
    window.show();
  });
  window.loadURL(startUrl).catch((error: unknown) => {
    console.error(`Article Studio could not load ${startUrl}:`, error);
  });
  return window;
}

/** Only http(s) links leave the app, and they go to the system browser. */
function openInBrowser(url: string): void {
  if (!isWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error)); // eng-disable OPEN_EXTERNAL_JS_CHECK only URLs isWebUrl parsed as http or https get here
}

/**
 * Applied to every web contents the app ever creates (our window, DevTools,
 * anything a bug might open), as Electron's security checklist advises:
 * - no navigation away from our page: a dropped file or a clicked preview
 *   link would otherwise replace the editor, and the new page would inherit
 *   the preload; web links open in the browser instead;
 * - no new windows: window.open / target=_blank are denied, web links go to
 *   the browser;
 * - no <webview> tags.
 */
function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call before the first window is created. */
export function setupWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/**
 * Deny every permission request; answer permission checks with the narrow
 * policy in permissions.ts. Call after ready, before the first window.
 */
export function setupPermissionDefaults(devOrigin: string | null): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(allowPermissionRequest()));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowPermissionCheck(permission, requestingOrigin, devOrigin),
  );
}
