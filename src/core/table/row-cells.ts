import type { ColumnAlign } from './table-types';

/**
 * Cell splitting and escaping for table rows.
 *
 * Pipes: a `|` directly after a backslash is escaped and never splits a cell;
 * every other pipe does, inside code spans too. This is how GitHub
 * (cmark-gfm) and markdown-it (our renderer) read rows, and both strip that
 * backslash before rendering, even inside code spans. So the model reads a
 * row exactly as the preview shows it, and `\|` is the one spelling of a
 * literal pipe that renders the same everywhere. Written cells only ever
 * hold pipes after an odd number of backslashes (`escapeBarePipes`), where
 * micromark (remark) agrees on where cells end.
 *
 * A writer who types `` `a|b` `` in a row gets two cells, as the preview
 * shows; typed into the table editor's cell instead, it is written
 * `` `a\|b` `` and stays one.
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

/**
 * Splits one row into trimmed cells. A leading pipe and an unescaped trailing
 * pipe are optional row borders, not empty cells.
 */
export function splitRow(line: string): string[] {
  const text = trimCell(line);
  const cells: string[] = [];
  let cellStart = text.startsWith('|') ? 1 : 0;
  let endsWithPipe = false;
  for (let i = cellStart; i < text.length; i += 1) {
    endsWithPipe = false;
    if (text[i] === '|' && text[i - 1] !== '\\') {
      cells.push(text.slice(cellStart, i));
      cellStart = i + 1;
      endsWithPipe = true;
    }
  }
  if (!endsWithPipe || cells.length === 0) cells.push(text.slice(cellStart));
  return cells.map(trimCell);
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
  const cells = splitRow(line);
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

/**
 * A cell's source as a writer edits it in a grid: escaped pipes shown as
 * plain `|` (one backslash less before each). `toCellSource` (which
 * `serializeTable` applies) puts the backslash back, so an unedited cell
 * writes back exactly as it was.
 */
export function cellEditText(source: string): string {
  let out = '';
  let backslashes = 0;
  for (const char of source) {
    if (char === '|' && backslashes % 2 === 1) out = out.slice(0, -1);
    out += char;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return out;
}
