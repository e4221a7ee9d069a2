import { isTrustedUrl } from './trusted-sender';

/**
 * Permission policy, pure so it is tested without Electron.
 *
 * Requests (camera, microphone, notifications, geolocation, fullscreen from
 * the page, opening external protocols…) are always denied: a Markdown editor
 * needs none of them.
 */
export function allowPermissionRequest(): boolean {
  return false;
}

/**
 * Checks are the synchronous "is this already allowed?" questions. Once an
 * app installs a check handler Chromium asks it about everything, so we
 * still allow the one thing our own page needs: writing sanitised text to the
 * clipboard (the copy buttons), and only from app://studio or the dev server.
 */
export function allowPermissionCheck(permission: string, requestingOrigin: string, devOrigin: string | null): boolean {
  return permission === 'clipboard-sanitized-write' && isTrustedUrl(requestingOrigin, devOrigin);
}
