import type { ColumnAlign } from './table-types';

/**
 * Cell splitting and escaping for table rows.
 *
 * Pipes: a `|` directly after a backslash is escaped and never splits a cell;
 * this is how GitHub (cmark-gfm) and markdown-it read rows, and both strip
 * that backslash before rendering, even inside code spans. So `\|` is the one
 * spelling of a literal pipe that renders the same everywhere. Written cells
 * only ever hold pipes after an odd number of backslashes (`escapeBarePipes`),
 * where micromark (remark) agrees on where cells end.
 *
 * Code spans: GFM splits on a bare pipe even inside backticks, but a writer
 * who types `` `a|b` `` means one cell. The parser reads such a row with the
 * code span kept whole when that gives the header's column count, and falls
 * back to the plain GFM split when only that one fits (a stray backtick must
 * not swallow cells). The cell then holds that pipe escaped (`` `a\|b` ``),
 * which is how the serializer writes it, so the written table renders the way
 * the model reads it, on GitHub and in markdown-it alike.
 */

/** Trims ASCII spaces and tabs only: GFM does not trim other Unicode spaces. */
export function trimCell(text: string): string {
  return trimChars(text, ' \t');
}

/** Trims the given characters from both ends; a loop, because `/[ ]+$/` is quadratic on long space runs. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start]!)) start += 1;
  while (end > start && chars.includes(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}

/** Length of the run of `char` starting at `index`. */
function runLength(text: string, index: number, char: string): number {
  let end = index;
  while (text[end] === char) end += 1;
  return end - index;
}

/** Index just past the code span that opens at `index`, or -1 if the backticks are literal. */
function codeSpanEnd(text: string, index: number): number {
  const open = runLength(text, index, '`');
  for (let i = index + open; i < text.length; ) {
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    const run = runLength(text, i, '`');
    if (run === open) return i + run;
    i += run;
  }
  return -1;
}

/**
 * Splits one row into trimmed cells. A leading pipe and an unescaped trailing
 * pipe are optional row borders, not empty cells.
 */
export function splitRow(line: string, keepCodeSpans: boolean): string[] {
  const text = trimCell(line);
  const cells: string[] = [];
  let cellStart = text.startsWith('|') ? 1 : 0;
  let endsWithPipe = false;
  for (let i = cellStart; i < text.length; ) {
    const char = text[i]!;
    endsWithPipe = false;
    if (char === '|' && text[i - 1] !== '\\') {
      cells.push(text.slice(cellStart, i));
      cellStart = i + 1;
      endsWithPipe = true;
      i += 1;
    } else if (char === '`' && keepCodeSpans && text[i - 1] !== '\\') {
      const end = codeSpanEnd(text, i);
      i = end === -1 ? i + runLength(text, i, '`') : end;
    } else {
      i += 1;
    }
  }
  if (!endsWithPipe || cells.length === 0) cells.push(text.slice(cellStart));
  return cells.map(trimCell);
}

/**
 * Splits a row for a table of `width` columns: code spans kept whole unless
 * only the plain GFM split yields exactly `width` cells.
 */
export function splitRowForWidth(line: string, width: number): string[] {
  const kept = splitRow(line, true);
  if (kept.length === width || !line.includes('`')) return kept;
  const plain = splitRow(line, false);
  return plain.length === width ? plain : kept;
}

const DELIMITER_CELL = /^(:?)-+(:?)$/;

/**
 * Reads a delimiter row (`| :-- | --: |`) into column alignments, or null when
 * the line is not one. A pipe-less run of dashes is a setext heading
 * underline or a thematic break, never a delimiter row.
 */
export function parseDelimiterRow(line: string): ColumnAlign[] | null {
  if (!/^[ \t]*[|:-][|:\- \t]*$/.test(line)) return null;
  if (!line.includes('|') && !line.includes(':')) return null;
  const cells = splitRow(line, false);
  const align: ColumnAlign[] = [];
  for (const cell of cells) {
    const match = DELIMITER_CELL.exec(cell);
    if (!match) return null;
    const left = match[1] === ':';
    const right = match[2] === ':';
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return align;
}

/**
 * Escapes every pipe not already escaped, code spans included (see the file
 * comment). "Escaped" here is CommonMark's: an odd number of backslashes
 * before it. `\\|` (an escaped backslash, then a pipe) is one cell to GitHub
 * and markdown-it but a cell break to micromark (remark), so it becomes
 * `\\\|`, which every renderer reads as one cell showing `\|`.
 */
export function escapeBarePipes(text: string): string {
  let out = '';
  let backslashes = 0;
  for (const char of text) {
    if (char === '|' && backslashes % 2 === 0) out += '\\';
    out += char;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return out;
}

/**
 * The canonical source of a cell: trimmed, line breaks as `<br>` (a table
 * row is one line) and bare pipes escaped. Idempotent.
 */
export function toCellSource(text: string): string {
  return escapeBarePipes(trimCell(text.replace(/\r\n|\r|\n/g, '<br>')));
}
