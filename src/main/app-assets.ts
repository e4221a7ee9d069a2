import { readRendererFile, resolveRendererPath } from '../node/server/renderer-files';
import { isWorkspaceFileUrl, readWorkspaceFile } from '../node/server/workspace-files';
import { APP_HOST, APP_SCHEME } from './trusted-sender';

/**
 * How app://studio/… maps onto the built renderer folder: only our own host,
 * then the traversal rules shared with web mode (renderer-files.ts). Kept
 * free of Electron so it is unit-tested; app-protocol.ts only plugs
 * serveAppAsset into protocol.handle.
 */

/** The path part of the URL exactly as received, before WHATWG parsing folds `..` away. */
function rawPath(requestUrl: string): string {
  const afterAuthority = requestUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return afterAuthority.split(/[?#]/, 1)[0] ?? '';
}

/**
 * The file under `rootDir` that `requestUrl` names, or null (→ 404) when the
 * URL is not app://studio/…, contains `..` raw or percent-encoded, or
 * resolves outside the folder. `/` means index.html.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  return isOwnHost(requestUrl) ? resolveRendererPath(rootDir, rawPath(requestUrl)) : null;
}

function isOwnHost(requestUrl: string): boolean {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers one app:// request: `/workspace-files/…` from the current
 * workspace (the preview's images, by the rules of workspace-files.ts, as in
 * web mode), everything else from the built renderer in `rootDir`.
 */
export async function serveAppAsset(rootDir: string, request: Request, workspaceRoot?: () => string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  if (!isOwnHost(request.url)) return notFound();
  const path = rawPath(request.url);
  if (isWorkspaceFileUrl(path)) {
    const image = workspaceRoot ? await readWorkspaceFile(workspaceRoot(), path) : null;
    if (image === null) return notFound();
    // Electron sends the body's own length; a second Content-Length could only disagree (HEAD has no body).
    const headers = Object.entries(image.headers).filter(([name]) => name !== 'Content-Length');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(image.body), { status: 200, headers });
  }
  const file = await readRendererFile(rootDir, path);
  if (file === null) return notFound();
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: { 'content-type': file.contentType, 'x-content-type-options': 'nosniff' },
  });
}
