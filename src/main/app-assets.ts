import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-sender';

/**
 * How app://studio/… maps onto the built renderer folder. Kept free of
 * Electron so the traversal rules are unit-tested; app-protocol.ts only
 * plugs serveAppAsset into protocol.handle.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Decodes until stable (a few rounds), so `%252e%252e` is seen as `..` too. */
function decodeForCheck(text: string): string | null {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = safeDecode(current);
    if (next === null) return null;
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * A path we refuse outright: any `..`, backslash (a separator on Windows) or
 * NUL. Built assets never contain them, so there is nothing legitimate to lose.
 */
function isSuspicious(path: string): boolean {
  return path.includes('..') || path.includes('\\') || path.includes('\0');
}

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
  const raw = rawPath(requestUrl);
  const rawDecoded = decodeForCheck(raw);
  if (rawDecoded === null || isSuspicious(raw) || isSuspicious(rawDecoded)) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const decoded = safeDecode(url.pathname);
  if (decoded === null || isSuspicious(decoded)) return null;

  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rootDir);
  const filePath = resolve(root, relativePath);
  return isInside(root, filePath) ? filePath : null;
}

function isInside(root: string, filePath: string): boolean {
  const rel = relative(root, filePath);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers one app:// request from `rootDir`. Also re-checks the real path,
 * so a symlink inside the folder cannot lead out of it.
 */
export async function serveAppAsset(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  const filePath = resolveAppAsset(rootDir, request.url);
  if (filePath === null) return notFound();
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(filePath)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return notFound();
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
    return new Response(body, {
      status: 200,
      headers: { 'content-type': contentTypeFor(realFile), 'x-content-type-options': 'nosniff' },
    });
  } catch {
    return notFound();
  }
}
