/**
 * Line bookkeeping for byte-preserving edits: every line keeps its own line
 * ending so that untouched lines are rejoined exactly as they were read.
 */

export type LineEnding = '\n' | '\r\n';

export interface TextLine {
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the line's text, before its line ending. */
  readonly end: number;
  /** Offset of the next line (`end` plus the length of the line ending). */
  readonly next: number;
}

/** The line ending new lines are written with: the body's first one, LF when it has none. */
export function detectLineEnding(text: string): LineEnding {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The lines of `text`. A final line ending does not start another (empty)
 * line, so "a\n" is one line; the last line has `end === next` when the text
 * does not end with a line break.
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    if (lf === -1) {
      // A CR the text ends with is a line ending too, as CommonMark counts them.
      lines.push({ start, end: text.endsWith('\r') ? text.length - 1 : text.length, next: text.length });
      break;
    }
    const end = lf > start && text[lf - 1] === '\r' ? lf - 1 : lf;
    lines.push({ start, end, next: lf + 1 });
    start = lf + 1;
  }
  return lines;
}

/** Index (0-based) of the line holding `offset`, by binary search. */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function lineText(text: string, line: TextLine): string {
  return text.slice(line.start, line.end);
}

export function isBlankText(value: string): boolean {
  return value.trim() === '';
}

/** The whitespace a line starts with. */
export function leadingWhitespace(value: string): string {
  return /^[ \t]*/.exec(value)![0];
}

/** Indentation width in columns, tabs advancing to the next multiple of 4 as CommonMark counts them. */
export function indentColumns(value: string): number {
  let columns = 0;
  for (const char of leadingWhitespace(value)) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/** Normalises CRLF to LF, for comparing text regardless of how it was typed. */
export function toLf(value: string): string {
  return value.replace(/\r\n/g, '\n');
}
