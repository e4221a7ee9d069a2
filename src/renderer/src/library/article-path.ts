import { slugify } from '../../../core/markdown';

/**
 * Checks a workspace-relative article path the writer typed, before any
 * request: '/'-separated, ending in .md, no empty, '.' or '..' segment, no
 * hidden folder. Returns the problem to show, or null.
 */
export function articlePathProblem(path: string, existing: readonly string[]): string | null {
  const trimmed = path.trim();
  if (trimmed === '') return 'Give the file a name.';
  if (trimmed.startsWith('/') || /^[a-z]:/i.test(trimmed)) return 'Use a path inside the workspace, like guides/my-article.md.';
  if (trimmed.includes('\\')) return 'Use / between folders.';
  if (!/\.md$/i.test(trimmed)) return 'Article files end in .md.';
  const segments = trimmed.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return 'A folder name is empty, "." or "..".';
  if (segments.some((segment) => segment.startsWith('.'))) return 'Names starting with "." are hidden and not part of the site.';
  if (existing.some((other) => other.toLowerCase() === trimmed.toLowerCase())) return `${trimmed} already exists.`;
  return null;
}

/** A file name for a new article: the title's slug, in the given folder. */
export function suggestedPath(title: string, folder: string): string {
  // The heading slugger names an empty heading 'section'; a file gets 'untitled'.
  const slug = /[\p{L}\p{N}]/u.test(title) ? slugify(title).slice(0, 80).replace(/-+$/, '') : 'untitled';
  return folder ? `${folder}/${slug}.md` : `${slug}.md`;
}

/** The folder part of an article path ('' for the top). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `guides/post.md` → `guides/post-copy.md`, then -copy-2… until it is free. */
export function copyPath(path: string, existing: readonly string[]): string {
  const stem = path.replace(/\.md$/i, '');
  const taken = new Set(existing.map((other) => other.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}-copy${n === 1 ? '' : `-${n}`}.md`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
