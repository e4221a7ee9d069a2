import { STUDIO_CALL_NAMES, StudioError, type StudioApi } from '../../../core/api';
import { createHttpStudio } from './http-studio';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    readonly studio?: StudioApi;
  }
}

/**
 * The preload rejects with plain error data (contextBridge would strip an
 * Error down to its message); turn it back into a StudioError so callers can
 * tell a CONFLICT from a missing file, whichever transport they are on.
 */
function fromBridge(bridge: StudioApi): StudioApi {
  const calls = Object.fromEntries(
    STUDIO_CALL_NAMES.map((name) => [
      name,
      (...args: unknown[]) =>
        (bridge[name] as (...callArgs: unknown[]) => Promise<unknown>)(...args).catch((reason: unknown) => {
          throw StudioError.revive(reason);
        }),
    ]),
  );
  return { ...(calls as Omit<StudioApi, 'onWorkspaceEvent'>), onWorkspaceEvent: (listener) => bridge.onWorkspaceEvent(listener) };
}

/**
 * The one module that picks the transport: the preload's IPC bridge in the
 * desktop app, loopback HTTP in web mode. No other renderer file touches
 * `window.studio` or fetches from the server.
 */
export const studio: StudioApi = window.studio ? fromBridge(window.studio) : createHttpStudio();

/** The desktop app (native folder dialog, menu) rather than a browser tab. */
export const isDesktop = window.studio !== undefined;
