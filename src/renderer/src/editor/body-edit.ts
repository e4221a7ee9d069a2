/** The one range that turns `before` into `after`: what an undoable edit must replace. */
export interface BodyEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The smallest single replacement from `before` to `after` (common prefix
 * and suffix kept). Applying it through the text box's own editing keeps
 * the browser's undo history: one helper action is one undo step, and undo
 * gives back exactly the text before it.
 */
export function bodyEdit(before: string, after: string): BodyEdit | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  // Never split a surrogate pair: a half emoji in the text box is a broken character.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail -= 1;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** 1-based line of an offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/** Offset of the start of a 1-based line (the end of the text past the last line). */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** A body with both CRLF and lone LF line breaks: the text box shows it with LF only. */
export function hasMixedLineEndings(fileBody: string): boolean {
  return fileBody.includes('\r\n') && /(^|[^\r])\n/.test(fileBody);
}

/**
 * The file's own body after the editor changed `before` (the body as the
 * text box shows it, CRLF read as LF) into `after`: only the changed range is
 * replaced, and only the typed text takes `eol`, so every other line keeps
 * the line ending it had.
 */
export function patchFileBody(fileBody: string, before: string, after: string, eol: '\n' | '\r\n'): string {
  const change = bodyEdit(before, after);
  if (!change) return fileBody;
  const toFile = (offset: number) => {
    // Each CRLF before `offset` in the file is one character longer than in the editor.
    let file = 0;
    for (let editor = 0; editor < offset; editor += 1) file += fileBody.charCodeAt(file) === 13 && fileBody.charCodeAt(file + 1) === 10 ? 2 : 1;
    return file;
  };
  const start = toFile(change.start);
  const end = toFile(change.end);
  const text = eol === '\r\n' ? change.text.replace(/\r?\n/g, '\r\n') : change.text;
  return fileBody.slice(0, start) + text + fileBody.slice(end);
}
