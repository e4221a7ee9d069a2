import type { LocatedFaq } from './faq-find';
import type { BodyHeading } from './headings';
import { isBlankText, lineText, type TextLine } from './text-lines';

/**
 * Where new FAQ text goes and which lines go with a removed item: the
 * decisions that keep edits from disturbing the text around the FAQ.
 */

/** Just past the last non-blank line that starts before `limit`; 0 when there is none. */
export function insertionPointAfterContent(body: string, lines: readonly TextLine[], limit: number): number {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line.start >= limit) continue;
    const end = Math.min(line.end, limit);
    if (!isBlankText(body.slice(line.start, end))) return end;
  }
  return 0;
}

/**
 * Start of the run of `<script>` / `<style>` elements (JSON-LD) that ends
 * the body, each starting its own line; `body.length` when there is none.
 */
export function trailingScriptsStart(body: string, faq: LocatedFaq): number {
  let start = body.length;
  for (;;) {
    const contentEnd = body.slice(0, start).trimEnd().length;
    const script = faq.opaque.find((range) => range.kind === 'script' && range.end === contentEnd);
    if (!script) return start;
    const lineStart = body.lastIndexOf('\n', script.start - 1) + 1;
    if (!isBlankText(body.slice(lineStart, script.start))) return start;
    start = lineStart;
  }
}

/**
 * `limit`, or the start of the line where an unclosed fence, comment or
 * script begins when that is earlier: text added after it would be
 * swallowed by it and never read as an FAQ.
 */
export function beforeUnterminated(body: string, faq: LocatedFaq, limit: number): number {
  const open = faq.opaque.find((range) => range.unterminated);
  return open && open.start < limit ? body.lastIndexOf('\n', open.start - 1) + 1 : limit;
}

/** Where the heading's section ends: at the next heading of the same or a higher rank, or before trailing scripts. */
export function sectionEnd(body: string, faq: LocatedFaq, heading: BodyHeading): number {
  const next = faq.headings.find((other) => other.start > heading.start && other.level <= heading.level);
  const end = next ? next.start : Math.max(trailingScriptsStart(body, faq), heading.end);
  return Math.max(beforeUnterminated(body, faq, end), heading.end);
}

/**
 * Removes lines `first`–`last` and one blank line beside them (the one
 * before, else the one after), unless dropping it would run two lines of
 * paragraph text together.
 */
export function removeLinesOf(body: string, lines: readonly TextLine[], first: number, last: number): string {
  const textOf = (index: number): string | null => (index >= 0 && index < lines.length ? lineText(body, lines[index]!) : null);
  const isBlank = (index: number): boolean => {
    const text = textOf(index);
    return text !== null && isBlankText(text);
  };
  const isParagraphText = (index: number): boolean => {
    const text = textOf(index)?.trim();
    return text !== undefined && text !== '' && !text.startsWith('<') && !text.startsWith('#');
  };
  const mayJoin = (before: number, after: number): boolean => !(isParagraphText(before) && isParagraphText(after));

  let from = first;
  let to = last;
  if (isBlank(first - 1) && mayJoin(first - 2, last + 1)) from--;
  else if (isBlank(last + 1) && mayJoin(first - 1, last + 2)) to++;
  // Cut from the end of the line before to the end of the last removed line's text: the kept line
  // takes over the removed line's ending, undoing exactly what addFaqItem inserts (ending first,
  // then the block), and a body that ended without a line break still does.
  if (from === 0) return body.slice(lines[to]!.next);
  return body.slice(0, lines[from - 1]!.end) + body.slice(lines[to]!.end);
}
