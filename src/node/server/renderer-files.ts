import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { isInside } from '../workspace/safe-path';
import { IMAGE_TYPES } from './workspace-files';

/**
 * Serving the built renderer, shared by the desktop app's app:// protocol and
 * the web-mode server: the same folder, the same traversal rules, the same
 * content types.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  ...IMAGE_TYPES,
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
 * A path refused outright: any `..`, backslash (a separator on Windows) or
 * NUL. Built assets never contain them, so nothing legitimate is lost.
 */
function isSuspicious(path: string): boolean {
  return path.includes('..') || path.includes('\\') || path.includes('\0');
}

/**
 * The file under `rootDir` that a URL path names, exactly as received (before
 * URL parsing folds `..` away), or null (→ 404). `/` means index.html.
 */
export function resolveRendererPath(rootDir: string, rawUrlPath: string): string | null {
  const decoded = decodeForCheck(rawUrlPath);
  if (decoded === null || isSuspicious(rawUrlPath) || isSuspicious(decoded)) return null;
  const once = safeDecode(rawUrlPath);
  if (once === null) return null;
  const relativePath = once.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rootDir);
  const filePath = resolve(root, relativePath);
  return filePath !== root && isInside(root, filePath) ? filePath : null;
}

export interface RendererFile {
  readonly body: Buffer;
  readonly contentType: string;
}

/** Reads a renderer file; the real path is re-checked so a symlink cannot lead out. */
export async function readRendererFile(rootDir: string, rawUrlPath: string): Promise<RendererFile | null> {
  const filePath = resolveRendererPath(rootDir, rawUrlPath);
  if (filePath === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(filePath)]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return null;
    return { body: await readFile(realFile), contentType: contentTypeFor(realFile) };
  } catch {
    return null;
  }
}
