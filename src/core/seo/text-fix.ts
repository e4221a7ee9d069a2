import type { FindingFix } from './finding';

/**
 * A fix that turns `before` into `after` with one edit: the span between
 * their common start and common end. Edits made through the lossless
 * article functions (deleteField, setField) become fixes this way, so the
 * editor applies them like any other.
 */
export function fixFromTexts(title: string, before: string, after: string): FindingFix {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { title, edits: [{ start, end: before.length - end, text: after.slice(start, after.length - end) }] };
}
