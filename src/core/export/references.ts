import { siteBase, type WorkspaceSettings } from '../site';

/** What a link or image in a page points at, seen from the exported site. */
export type Reference =
  | { readonly kind: 'external' }
  | { readonly kind: 'anchor' }
  /** A file of the workspace, '/'-separated, no leading slash: `assets/guides/a.png`. */
  | { readonly kind: 'file'; readonly path: string }
  /** An article URL path: `/guides/offline-writing`, `/`. */
  | { readonly kind: 'page'; readonly urlPath: string };

const ORIGIN = 'https://site.invalid';

/**
 * Resolves an href or src from the page at `fromUrlPath`. Links to the site's
 * own absolute URL count as internal, so a broken one is caught too. A path
 * whose last segment has an extension is a file (an image, a PDF); anything
 * else names a page.
 */
export function resolveReference(reference: string, fromUrlPath: string, settings: Pick<WorkspaceSettings, 'siteUrl'>): Reference {
  const trimmed = reference.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'anchor' };
  let local = trimmed;
  const base = siteBase(settings);
  if (trimmed.toLowerCase().startsWith(`${base.toLowerCase()}/`) || trimmed.toLowerCase() === base.toLowerCase()) local = trimmed.slice(base.length) || '/';
  else if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external' };
  let pathname: string;
  try {
    // Article URLs have no trailing slash, so a relative link resolves against the parent folder.
    pathname = decodeURIComponent(new URL(local, `${ORIGIN}${fromUrlPath}`).pathname);
  } catch {
    return { kind: 'external' };
  }
  const last = pathname.split('/').pop() ?? '';
  if (/\.[a-z0-9]{1,8}$/i.test(last) && !/\.md$/i.test(last)) return { kind: 'file', path: pathname.replace(/^\/+/, '') };
  const urlPath = pathname.replace(/\.md$/i, '').replace(/\/index$/i, '').replace(/\/+$/, '');
  return { kind: 'page', urlPath: urlPath === '' ? '/' : urlPath };
}
