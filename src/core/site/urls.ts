import { rememberedByPath } from './remembered-paths';
import type { WorkspaceSettings } from './settings';

/** The marker file an export writes at its root; folders holding it are output, never articles. */
export const EXPORT_MANIFEST_FILE = '.article-studio-export.json';

/** Beside the manifest: the entries changed since it was written whole (see the exporter's manifest module). */
export const EXPORT_CHANGES_FILE = '.article-studio-export.changes.json';

/** Folders at the workspace root that never hold articles. */
const NON_ARTICLE_ROOTS = new Set(['assets', 'node_modules']);

/**
 * Whether a workspace-relative, '/'-separated path names an article:
 * Markdown files outside `assets/`, `node_modules` and any dot-folder.
 */
export function isArticlePath(relativePath: string): boolean {
  const segments = relativePath.split('/');
  const fileName = segments[segments.length - 1] ?? '';
  if (!/\.md$/i.test(fileName) || fileName.startsWith('.')) return false;
  if (NON_ARTICLE_ROOTS.has(segments[0] ?? '')) return false;
  return !segments.some((segment) => segment.startsWith('.') || segment === 'node_modules' || segment === '');
}

/** Whether a folder (relative, '/'-separated) is one the article walker skips. */
export function isSkippedFolder(relativePath: string): boolean {
  const segments = relativePath.split('/');
  if (NON_ARTICLE_ROOTS.has(segments[0] ?? '')) return true;
  return segments.some((segment) => segment.startsWith('.') || segment === 'node_modules');
}

/** `ai-chat-bot/tongyi-qianwen.md` → `/ai-chat-bot/tongyi-qianwen`; `x/index.md` → `/x`. */
export const articleUrlPath = rememberedByPath((relativePath: string): string => {
  const withoutExtension = relativePath.replace(/\.md$/i, '');
  const segments = withoutExtension.split('/');
  if (segments[segments.length - 1]?.toLowerCase() === 'index') segments.pop();
  return `/${segments.map(encodeURIComponent).join('/')}`;
});

export function siteBase(settings: Pick<WorkspaceSettings, 'siteUrl'>): string {
  return settings.siteUrl.replace(/\/+$/, '');
}

export function articleUrl(settings: Pick<WorkspaceSettings, 'siteUrl'>, relativePath: string): string {
  const path = articleUrlPath(relativePath);
  return path === '/' ? `${siteBase(settings)}/` : `${siteBase(settings)}${path}`;
}

/**
 * An absolute URL for a link or image as written in an article: http(s) URLs
 * stay, `/assets/x.png` joins the site, `x.png` resolves against the article's
 * own URL. Null for anything else (other schemes, empty).
 */
export function absoluteUrl(settings: Pick<WorkspaceSettings, 'siteUrl'>, reference: string, articlePath?: string): string | null {
  const trimmed = reference.trim();
  if (trimmed === '') return null;
  // Root-relative means relative to the workspace root, which is siteUrl
  // (possibly with a path, e.g. https://example.com/blog), not the origin.
  const isRootRelative = trimmed.startsWith('/') && !trimmed.startsWith('//');
  const base = articlePath ? articleUrl(settings, articlePath) : `${siteBase(settings)}/`;
  try {
    const url = isRootRelative ? new URL(`${siteBase(settings)}${trimmed}`) : new URL(trimmed, base);
    // Decided on the parsed URL: the parser drops tabs and newlines, so
    // `java\tscript:` only shows its scheme after parsing.
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
