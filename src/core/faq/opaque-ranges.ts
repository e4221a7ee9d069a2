import { indentColumns, isBlankText, lineText, splitLines, type TextLine } from './text-lines';

/**
 * Stretches of a Markdown body where a `<details>` tag or a heading is only
 * text, never markup: fenced and indented code blocks, inline code spans,
 * HTML comments, and the raw contents of `<script>` / `<style>` elements
 * (JSON-LD blocks sit in article bodies and may quote anything).
 *
 * This is a deliberately small subset of CommonMark's block rules, enough to
 * tell markup from text; it never needs to render anything.
 */
export interface OpaqueRange {
  readonly kind: 'code' | 'comment' | 'script';
  readonly start: number;
  readonly end: number;
  /** Never closed, so it runs to the end of the body (an unclosed fence, comment or script). */
  readonly unterminated: boolean;
}

interface OpenFence {
  readonly char: string;
  readonly length: number;
  readonly maxIndent: number;
  readonly start: number;
}

const OPENING_FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const LIST_MARKER = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+|$)/;

export function findOpaqueRanges(body: string): OpaqueRange[] {
  const ranges: OpaqueRange[] = [];
  let fence: OpenFence | null = null;
  let inIndentedCode = false;
  let afterBlank = true;
  // Content columns of the open list items: indentation inside a list item is
  // continuation, not code, until it reaches the item's column plus four.
  const listColumns: number[] = [];
  // Inline constructs (comments, spans, scripts) may run across lines; lines
  // before this offset have already been consumed by one.
  let consumedUntil = 0;

  for (const line of splitLines(body)) {
    if (line.next <= consumedUntil) continue;
    if (line.start < consumedUntil) {
      consumedUntil = scanInline(body, consumedUntil, line.end, ranges);
      afterBlank = false;
      continue;
    }
    const text = lineText(body, line);
    if (fence) {
      if (closesFence(text, fence)) {
        ranges.push({ kind: 'code', start: fence.start, end: line.end, unterminated: false });
        fence = null;
      }
      continue;
    }
    if (isBlankText(text)) {
      afterBlank = true;
      continue;
    }
    const indent = indentColumns(text);
    if (afterBlank) while (listColumns.length > 0 && indent < listColumns.at(-1)!) listColumns.pop();
    const listColumn = listColumns.at(-1) ?? 0;
    // An indented code block cannot interrupt a paragraph or an HTML block, so it needs a blank line first.
    if (indent >= listColumn + 4 && (afterBlank || inIndentedCode)) {
      inIndentedCode = true;
      ranges.push({ kind: 'code', start: line.start, end: line.end, unterminated: false });
      afterBlank = false;
      continue;
    }
    inIndentedCode = false;
    afterBlank = false;
    fence = openingFence(text, line, listColumn);
    if (fence) continue;
    const marker = LIST_MARKER.exec(text);
    if (marker) {
      while (listColumns.length > 0 && indent < listColumns.at(-1)!) listColumns.pop();
      const spacing = marker[3]!.length;
      listColumns.push(indentColumns(marker[1]!) + marker[2]!.length + (spacing >= 1 && spacing <= 4 ? spacing : 1));
    }
    consumedUntil = scanInline(body, line.start, line.end, ranges);
  }
  if (fence) ranges.push({ kind: 'code', start: fence.start, end: body.length, unterminated: true });
  return ranges;
}

function openingFence(text: string, line: TextLine, listColumn: number): OpenFence | null {
  const match = OPENING_FENCE.exec(text);
  if (!match || indentColumns(text) > listColumn + 3) return null;
  const marker = match[1]!;
  // A backtick fence's info string may not contain backticks (that would be an inline code span).
  if (marker[0] === '`' && match[2]!.includes('`')) return null;
  return { char: marker[0]!, length: marker.length, maxIndent: listColumn + 3, start: line.start };
}

function closesFence(text: string, fence: OpenFence): boolean {
  const match = /^[ \t]*(`+|~+)[ \t]*$/.exec(text);
  return match !== null && match[1]![0] === fence.char && match[1]!.length >= fence.length && indentColumns(text) <= fence.maxIndent;
}

/**
 * Records comments, code spans and script/style elements that start in
 * [from, to). Returns the offset scanning has reached, which is past `to`
 * when a construct continues on later lines.
 */
function scanInline(body: string, from: number, to: number, ranges: OpaqueRange[]): number {
  let position = from;
  while (position < to) {
    const next = nextInlineStart(body, position, to);
    if (next === -1) return to;
    const end = inlineEnd(body, next);
    if (end === null) {
      position = next + runLength(body, next, '`');
      continue;
    }
    const kind = body[next] === '`' ? 'code' : body.startsWith('<!--', next) ? 'comment' : 'script';
    ranges.push({ kind, start: next, end: end.offset, unterminated: !end.closed });
    position = end.offset;
  }
  return position;
}

const INLINE_START = /<!--|`+|<(?:script|style)(?=[\s>])/gi;

function nextInlineStart(body: string, from: number, to: number): number {
  // Searched within [from, to) only: a search that runs on to the end of the
  // body for every line makes a long body quadratic (seconds at 1 MB).
  const segment = body.slice(from, to);
  INLINE_START.lastIndex = 0;
  for (let match = INLINE_START.exec(segment); match; match = INLINE_START.exec(segment)) {
    const index = from + match.index;
    if (match[0][0] !== '`' || !isEscaped(body, index)) return index;
  }
  return -1;
}

interface InlineEnd {
  readonly offset: number;
  readonly closed: boolean;
}

/** Where the construct starting at `start` ends, or null for a backtick run that opens no code span. */
function inlineEnd(body: string, start: number): InlineEnd | null {
  if (body.startsWith('<!--', start)) {
    const close = body.indexOf('-->', start + 4);
    return close === -1 ? { offset: body.length, closed: false } : { offset: close + 3, closed: true };
  }
  if (body[start] === '<') {
    const name = /^<(script|style)/i.exec(body.slice(start, start + 7))![1]!.toLowerCase();
    const close = new RegExp(`</${name}\\s*>`, 'ig');
    close.lastIndex = start;
    const match = close.exec(body);
    return match ? { offset: match.index + match[0].length, closed: true } : { offset: body.length, closed: false };
  }
  const spanEnd = codeSpanEnd(body, start);
  return spanEnd === null ? null : { offset: spanEnd, closed: true };
}

/** A code span closes on a backtick run of the same length within the same paragraph (before a blank line). */
function codeSpanEnd(body: string, start: number): number | null {
  const length = runLength(body, start, '`');
  const paragraphEnd = /\n[ \t]*\r?\n/g;
  paragraphEnd.lastIndex = start;
  const limit = paragraphEnd.exec(body)?.index ?? body.length;
  for (let position = body.indexOf('`', start + length); position !== -1 && position < limit; ) {
    const run = runLength(body, position, '`');
    if (run === length) return position + run;
    position = body.indexOf('`', position + run);
  }
  return null;
}

function runLength(body: string, start: number, char: string): number {
  let end = start;
  while (body[end] === char) end++;
  return Math.max(end - start, 1);
}

function isEscaped(body: string, index: number): boolean {
  let backslashes = 0;
  while (body[index - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

/** Whether `offset` lies inside one of the (sorted, non-overlapping) ranges. */
export function isOpaque(ranges: readonly OpaqueRange[], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return true;
  }
  return false;
}
