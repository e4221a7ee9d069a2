import type { StudioApi } from '../../../core/api';
import { createHttpStudio } from './http-studio';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    readonly studio?: StudioApi;
  }
}

/**
 * The one module that picks the transport: the preload's IPC bridge in the
 * desktop app, loopback HTTP in web mode. No other renderer file touches
 * `window.studio` or fetches from the server.
 */
export const studio: StudioApi = window.studio ?? createHttpStudio();
