import { readStored } from '../lib/use-stored-state';

const keyOf = (root: string) => `last-article:${root}`;
const isPathOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** The article last open in a workspace, so the app comes back to it. */
export function recallArticle(root: string): string | null {
  return readStored<string | null>(keyOf(root), null, isPathOrNull);
}

export function rememberArticle(root: string, path: string | null): void {
  try {
    localStorage.setItem(`article-studio:${keyOf(root)}`, JSON.stringify(path));
  } catch {
    // Remembering is a convenience; without storage the app starts with nothing open.
  }
}
