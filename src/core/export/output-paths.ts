import { articleUrlPath } from '../site';
import { rememberedByPath } from '../site/remembered-paths';

/** `/guides/x` → `guides/x/index.html`; `/` → `index.html`. */
export const outputPathForUrl = rememberedByPath((urlPath: string): string => {
  const trimmed = decodeURIComponent(urlPath).replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
});

export function outputPathForArticle(articlePath: string): string {
  return outputPathForUrl(articleUrlPath(articlePath));
}

/**
 * A root-relative reference (`/assets/a.png`, `/guides/x#part`) as seen from
 * a page at `fromOutputPath`, for bundles opened straight from disk: `../`
 * up to the root, and page URLs pointed at their `index.html`, since a
 * file:// folder does not open its index by itself.
 */
export function relativeReference(reference: string, fromOutputPath: string): string {
  const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(reference) ?? [];
  const depth = fromOutputPath.split('/').length - 1;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  const target = path.replace(/^\/+/, '');
  const lastSegment = target.split('/').pop() ?? '';
  const isFile = /\.[a-z0-9]{1,8}$/i.test(lastSegment);
  const file = isFile ? target : target === '' ? 'index.html' : `${target.replace(/\/+$/, '')}/index.html`;
  return `${up}${file}${suffix}`;
}

/** Rewrites every root-relative href/src in a page (not `//host` ones, not absolute URLs). */
export function makeReferencesRelative(html: string, fromOutputPath: string): string {
  return html.replace(/(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g, (_match, prefix: string, reference: string) => `${prefix}${relativeReference(reference, fromOutputPath)}"`);
}
