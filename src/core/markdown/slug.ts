/**
 * GitHub-style heading ids: lower case, punctuation dropped, spaces to
 * hyphens, letters of every script kept. The same heading text always gives
 * the same id, so links to `#section` keep working across edits elsewhere.
 */
export function slugify(text: string): string {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
  return slug === '' ? 'section' : slug;
}
