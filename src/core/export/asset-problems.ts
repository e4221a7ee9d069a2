import { isArticlePath } from '../site';

/**
 * Why a referenced workspace file can never be published (an article, or
 * something in a hidden folder), or null when it can be, if it exists.
 */
export function unpublishableFileProblem(path: string): string | null {
  if (isArticlePath(path) || path.split('/').some((segment) => segment.startsWith('.'))) return `${path} is not a file the export can publish`;
  return null;
}

export function missingFileProblem(path: string): string {
  return `Missing file /${path}: it is referenced but not in the workspace`;
}
