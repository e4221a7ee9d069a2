/**
 * Just enough CommonMark block structure to find GFM tables: which lines
 * start another block (and so end a table), and which lines are code or raw
 * HTML (and so never hold one). This is a line classifier, not a Markdown
 * parser; tables in block quotes and inside list items indented four or more
 * columns are deliberately not looked for.
 */

export interface SourceLine {
  readonly text: string;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
}

/** Splits on `\r\n`, `\n` or `\r`, keeping offsets into the original text. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Indentation in columns, tabs advancing to the next multiple of 4 (CommonMark). */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BLOCK_QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** HTML block kinds 1, 2 and 6: the ones that may interrupt a paragraph (and a table). */
const HTML_RAW_TEXT = /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
const HTML_COMMENT = /^ {0,3}<!--/;
const HTML_BLOCK_TAG = new RegExp(
  '^ {0,3}</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \\t>]|/>|$)',
  'i',
);
/** HTML block kind 7: a lone complete tag; it cannot interrupt a paragraph. */
const HTML_LONE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** A fence opener; backtick fences may not have a backtick in their info string. */
export function fenceOpening(line: string): { marker: string } | null {
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const marker = match[2]!;
  if (marker.startsWith('`') && match[3]!.includes('`')) return null;
  return { marker };
}

export function closesFence(line: string, marker: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return !!match && match[1]![0] === marker[0] && match[1]!.length >= marker.length;
}

export function startsHtmlBlock(line: string, canInterruptParagraph: boolean): boolean {
  if (HTML_RAW_TEXT.test(line) || HTML_COMMENT.test(line) || HTML_BLOCK_TAG.test(line)) return true;
  return !canInterruptParagraph && HTML_LONE_TAG.test(line);
}

/**
 * Whether a line opens a block that interrupts a paragraph or a table body:
 * blank lines, ATX headings, block quotes, fences, list items, thematic breaks
 * and the HTML blocks that may interrupt. A GFM table body ends at the first.
 */
export function startsOtherBlock(line: string): boolean {
  return (
    isBlank(line) ||
    ATX_HEADING.test(line) ||
    BLOCK_QUOTE.test(line) ||
    fenceOpening(line) !== null ||
    LIST_ITEM.test(line) ||
    THEMATIC_BREAK.test(line) ||
    startsHtmlBlock(line, true)
  );
}
