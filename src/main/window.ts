import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { allowPermissionCheck, allowPermissionRequest } from './permissions';
import { isWebUrl } from './trusted-sender';
import { createUnloadGuard, type UnloadGuard, type UnloadPrompt } from './unload-guard';
import type { Placement, WindowState } from './window-state';

export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  readonly preloadPath: string;
  /** app://studio/index.html, or ELECTRON_RENDERER_URL in development. */
  readonly startUrl: string;
  /** Where to open, from window-state.ts's placeWindow. */
  readonly placement: Placement;
  /** Called as the window closes, with what to remember for the next launch. */
  readonly rememberState: (state: WindowState) => void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  /** Lets a reload the writer already agreed to (opening another folder) go without asking again. */
  readonly unloadGuard: UnloadGuard;
}

export const MINIMUM_WINDOW_SIZE = { width: 760, height: 480 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** The one editing window. Security-relevant preferences are spelled out, not left to defaults. */
export function createMainWindow({ preloadPath, startUrl, placement, rememberState }: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({ /* eng-disable AUXCLICK_JS_CHECK a middle-click can open no window: guardWebContents denies every new window, in every web contents */
    // Until the page sets its own: the title is the page's document.title
    // from then on ("● path — Article Studio" while there are unsaved edits),
    // which nothing here overrides (no page-title-updated handler).
    title: 'Article Studio',
    ...placement.bounds,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Underlines misspellings; context-menu.ts offers the fixes.
      spellcheck: true,
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK reviewed: the preload runs sandboxed and exposes only the StudioApi methods; main checks the sender and payload of every call */
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      rememberState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.error('Article Studio could not remember the window position:', error);
    }
  });
  // The page blocks unloading while it has unsaved edits; ask the writer
  // instead of Chromium's silent refusal in a desktop window.
  const unloadGuard = createUnloadGuard(askInWindow(window));
  window.webContents.on('will-prevent-unload', (event) => unloadGuard.onWillPreventUnload(event));
  window.webContents.on('did-navigate', () => unloadGuard.onNavigated());
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
  return { window, unloadGuard };
}

/** Shows the unsaved-edits question as a sheet of the window; the index of the button chosen. */
export function askInWindow(window: BrowserWindow): (prompt: UnloadPrompt) => number {
  return (prompt) => dialog.showMessageBoxSync(window, { ...prompt, buttons: [...prompt.buttons] });
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
