import { IMAGE_EXTENSIONS, type ImageType } from './image-info';
import { linkText } from './link-text';

/**
 * Where an article's images go and what they are called: next to nothing
 * else's, in `assets/<article path without .md>/`, under names that are
 * safe on every file system and in every URL.
 */

/** `guides/offline-writing.md` → `assets/guides/offline-writing`. */
export function assetFolderFor(articlePath: string): string {
  return `assets/${articlePath.replace(/\.md$/i, '')}`;
}

const MAX_STEM = 60;

/**
 * Lower-case ASCII letters, digits and hyphens, with the extension of the
 * image's real type: `Screenshot 2025-01-02 at 10.11.png` →
 * `screenshot-2025-01-02-at-10-11.png`, `Café Menü.JPEG` → `cafe-menu.jpg`.
 * A name with nothing usable left (`截图.png`) becomes `image`.
 */
export function safeAssetName(fileName: string, type: ImageType): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
  return `${stem || 'image'}.${IMAGE_EXTENSIONS[type]}`;
}

/** The `n`th name to try when `name` is taken: `a.png`, `a-2.png`, `a-3.png`… */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? `${name}-${n}` : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
}

/** Characters a Markdown link destination cannot hold as they are. */
const URL_UNSAFE = /[ \t\r\n()<>%[\]\\]/g;

/** A workspace file's root-relative URL: `/assets/x/a.png`. */
export function assetUrl(path: string): string {
  return `/${path.replace(URL_UNSAFE, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

/** `![alt](/assets/…)`, the alt text kept on one line (see `linkText`). */
export function imageMarkdown(alt: string, path: string): string {
  return `![${linkText(alt)}](${assetUrl(path)})`;
}
