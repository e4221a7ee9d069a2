import type { BodyRange } from '../helper-store';

/**
 * The body with an image's Markdown at `range`. An image at the edge of a
 * line of text becomes a paragraph of its own (a blank line between it and
 * the text), which is how articles show pictures; in the middle of a line it
 * goes in as typed, inline.
 */
export function insertImageMarkdown(body: string, range: BodyRange, markdown: string): { body: string; caret: number } {
  const before = body.slice(0, range.start);
  const after = body.slice(range.end);
  const atLineStart = before === '' || before.endsWith('\n');
  const atLineEnd = after === '' || after.startsWith('\n') || after.startsWith('\r\n');
  const lead = !atLineStart && atLineEnd ? '\n\n' : '';
  const trail = atLineStart && !atLineEnd ? '\n\n' : '';
  const text = lead + markdown + trail;
  return { body: before + text + after, caret: range.start + lead.length + markdown.length };
}
