/**
 * Which pages may talk to the main process. Pure functions over URLs so the
 * rule is tested without Electron.
 */

/** The custom scheme and host our own page is served from: app://studio/index.html. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server origin, only when it is a real http(s) origin. Anything else
 * (file:, data:, a typo) would have the opaque origin "null", which must never
 * match another opaque origin.
 */
export function devServerOrigin(devRendererUrl: string | undefined): string | null {
  if (!devRendererUrl) return null;
  const url = parse(devRendererUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return url.origin;
}

/**
 * True for our own page: protocol exactly `app:` and host exactly `studio`
 * (no port, no look-alike host), or, in development, the dev server's origin.
 * Custom schemes have an opaque WHATWG origin, hence protocol + host rather
 * than `origin`.
 */
export function isTrustedUrl(url: string, devOrigin: string | null = null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devOrigin !== null && parsed.origin === devOrigin;
}

/**
 * The sender check handed to the IPC handlers. `devRendererUrl` is
 * ELECTRON_RENDERER_URL, which index.ts passes only when the app is not
 * packaged, so a shipped build trusts nothing but app://studio.
 */
export function createTrustedSenderCheck(
  devRendererUrl: string | undefined,
): (frame: { readonly url: string } | null) => boolean {
  const devOrigin = devServerOrigin(devRendererUrl);
  return (frame) => frame !== null && isTrustedUrl(frame.url, devOrigin);
}

/** Links we hand to the system browser: http and https only, never file:, javascript:, custom schemes. */
export function isWebUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}
