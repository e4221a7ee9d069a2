import { protocol } from 'electron';
import { serveAppAsset } from './app-assets';
import { APP_SCHEME } from './trusted-sender';

/**
 * Must run before the app is ready (Electron's rule for privileged schemes).
 * - standard: real origin `app://studio`, so relative URLs, localStorage and
 *   same-origin module scripts work as on the web;
 * - secure: treated like https (secure context APIs, no mixed-content warnings);
 * - supportFetchAPI: the renderer may fetch() its own assets;
 * - corsEnabled: Vite's `<script type="module" crossorigin>` is fetched in
 *   CORS mode, which Chromium refuses on schemes not marked CORS-capable. We
 *   never send Access-Control-Allow-Origin, so no other origin can read app://.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/**
 * Serves app://studio/… from the built renderer folder, and the preview's
 * images under app://studio/workspace-files/… from the current workspace
 * (asked per request: the host can switch folders); the path rules (no
 * `..`, nothing outside the folder, content types) live in app-assets.ts
 * and workspace-files.ts. Call after `app.whenReady()`.
 */
export function setupAppProtocol(rendererDir: string, workspaceRoot: () => string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppAsset(rendererDir, request, workspaceRoot));
}
