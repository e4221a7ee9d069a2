/**
 * Which URLs may appear in a rendered article. Allow-list, not deny-list:
 * http, https and (for links) mailto, plus relative URLs. Anything with any
 * other scheme — `javascript:`, `vbscript:`, `data:`, `file:` — is refused.
 * Callers pass the value after entity decoding; here control characters and
 * whitespace are removed first, since browsers ignore them inside a scheme
 * (`java\tscript:` runs).
 */
export type UrlKind = 'link' | 'image';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function isSafeUrl(rawUrl: string, kind: UrlKind): boolean {
  // Most URLs in an article are paths, fragments or http(s): decided by how
  // they begin, since nothing stripped below can turn such a start into a
  // scheme (every link of every page comes through here).
  const first = rawUrl.charCodeAt(0);
  if (first === 0x2f /* / */ || first === 0x23 /* # */ || first === 0x3f /* ? */) return true;
  if (rawUrl.startsWith('https://') || rawUrl.startsWith('http://')) return true;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const url = rawUrl.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return !url.startsWith('\\');
  if (scheme === 'http' || scheme === 'https') return true;
  return kind === 'link' && scheme === 'mailto';
}
