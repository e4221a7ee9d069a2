import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { StudioError } from '../../core/api';

/**
 * Checks a workspace-relative path from the UI, the CLI or the network before
 * any file is touched. Lexical rules refuse what no honest caller sends
 * (`..`, absolute paths, NUL, backslashes, percent-encoding); then the real
 * path, with symlinks resolved, must still lie inside the real root. The
 * comparison is `path.relative`, never a string prefix: `/ws-evil` starts
 * with `/ws`.
 */
export function checkRelativePath(relativePath: string): void {
  const refuse = (why: string): never => {
    throw new StudioError('INVALID_PATH', `Refused path "${printable(relativePath)}": ${why}`, relativePath);
  };
  if (relativePath === '') refuse('it is empty');
  if (relativePath.includes('\0')) refuse('it contains a NUL character');
  if (relativePath.includes('\\')) refuse('it contains a backslash');
  if (isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath)) refuse('it is absolute');
  if (/%[0-9a-fA-F]{2}/.test(relativePath)) refuse('it is URL-encoded');
  for (const segment of relativePath.split('/')) {
    if (segment === '..') refuse('it climbs out with ".."');
    if (segment === '' || segment === '.') refuse('it has an empty or "." segment');
  }
}

export interface ResolvedPath {
  /** The path as named inside the workspace (may be a symlink). */
  readonly absolute: string;
  /** Where it really leads: symlinks resolved, for writing through them. */
  readonly real: string;
}

export async function resolveInWorkspace(realRoot: string, relativePath: string): Promise<ResolvedPath> {
  checkRelativePath(relativePath);
  const absolute = join(realRoot, ...relativePath.split('/'));
  const real = await realPathOfPossiblyMissing(absolute);
  if (!isInside(realRoot, real)) {
    throw new StudioError('OUTSIDE_WORKSPACE', `Refused path "${printable(relativePath)}": it leads outside the workspace`, relativePath);
  }
  return { absolute, real };
}

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** realpath of the deepest existing ancestor, with the missing rest appended. */
async function realPathOfPossiblyMissing(absolute: string): Promise<string> {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = dirname(current);
      if (parent === current) throw error;
      missing.push(current.slice(parent.length + 1));
      current = parent;
    }
  }
}

function printable(path: string): string {
  return path.replace(/\0/g, '\\0');
}
