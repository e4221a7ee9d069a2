import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, relative, sep } from 'node:path';
import { resolveInWorkspace } from '../workspace/safe-path';

/**
 * The preview's images: the renderer rewrites a page's root-relative
 * `/assets/x.png` to `/workspace-files/assets/x.png` on the app's own origin
 * (web mode's server, Electron's app://studio). Shared by both so the rules
 * are one: inside the workspace (symlinks resolved), no dot-files or
 * dot-folders, images only, typed by extension and never sniffed.
 */
export const WORKSPACE_FILES_PREFIX = '/workspace-files/';

/** The image types the preview may show, and their Content-Type; the renderer's own files use the same. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** An SVG opened on its own may carry script: none runs, nothing loads, and it is a sandboxed origin of its own. */
export const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export function imageContentType(path: string): string | null {
  return IMAGE_TYPES[extname(path).toLowerCase()] ?? null;
}

export function isWorkspaceFileUrl(rawUrlPath: string): boolean {
  return rawUrlPath.startsWith(WORKSPACE_FILES_PREFIX);
}

/**
 * The workspace-relative path a raw URL path names (before any URL parsing
 * folds `..` away), or null. Each segment is percent-decoded once, as the
 * renderer encoded it; what decodes to a separator, `..`, a dot-name,
 * a backslash or NUL is refused, and safe-path's rules apply after that.
 */
export function workspaceFileRelativePath(rawUrlPath: string): string | null {
  if (!isWorkspaceFileUrl(rawUrlPath)) return null;
  const segments = rawUrlPath.slice(WORKSPACE_FILES_PREFIX.length).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (name === '' || name.startsWith('.') || /[/\\\0]/.test(name)) return null;
    decoded.push(name);
  }
  return decoded.join('/');
}

export interface WorkspaceFile {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/** The image a `/workspace-files/…` URL path names in `root`, with its response headers; null (→ 404) for anything refused. */
export async function readWorkspaceFile(root: string, rawUrlPath: string): Promise<WorkspaceFile | null> {
  const relativePath = workspaceFileRelativePath(rawUrlPath);
  if (relativePath === null || imageContentType(relativePath) === null) return null;
  try {
    const realRoot = await realpath(root);
    const { real } = await resolveInWorkspace(realRoot, relativePath);
    // What a symlink leads to obeys the same rules as the name it was asked by.
    const realRelative = relative(realRoot, real).split(sep);
    if (realRelative.some((segment) => segment.startsWith('.'))) return null;
    const contentType = imageContentType(real);
    if (contentType === null || !(await stat(real)).isFile()) return null;
    const body = await readFile(real);
    return { body, headers: imageHeaders(contentType, body.length) };
  } catch {
    return null;
  }
}

function imageHeaders(contentType: string, length: number): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Length': String(length),
    'X-Content-Type-Options': 'nosniff',
    // The writer replaces images while the preview is open.
    'Cache-Control': 'no-cache',
    ...(contentType === 'image/svg+xml' ? { 'Content-Security-Policy': SVG_CSP } : {}),
  };
}
