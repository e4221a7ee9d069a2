import { VOID } from './allow-list';

/**
 * Browsers stop nesting elements at a few hundred levels, and the parser
 * takes time proportional to the depth for every element it opens (deep tag
 * soup took seconds). Markup nested deeper than this is written out as text.
 */
export const MAX_DEPTH = 512;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;

/**
 * Where the markup, starting `depth` deep, nests deeper than MAX_DEPTH (an
 * estimate: `<path/>` and void elements open nothing), or -1. The next `>`
 * is looked up once per stretch of tags, so the scan stays linear.
 */
export function tooDeepAt(html: string, depth: number): number {
  let nextGt = -1;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[1]) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (VOID.has(match[2]!.toLowerCase())) continue;
    if (nextGt < match.index) nextGt = html.indexOf('>', match.index);
    if (nextGt === -1) break;
    if (html[nextGt - 1] === '/' && nextGt > TAG.lastIndex) continue;
    if (++depth > MAX_DEPTH) return match.index;
  }
  return -1;
}
