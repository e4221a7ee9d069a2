import { closesFence, fenceOpening, indentWidth, isBlank, startsHtmlBlock, startsOtherBlock, type SourceLine } from './markdown-lines';

/** How an HTML block that is open ends (CommonMark kinds 1, 2, 6/7). */
type HtmlEnd = 'raw-text' | 'comment' | 'blank-line';

function htmlBlockEnd(line: string, inParagraph: boolean): HtmlEnd | null {
  if (!startsHtmlBlock(line, !inParagraph)) return null;
  if (/^ {0,3}<!--/.test(line)) return 'comment';
  if (/^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(line)) return 'raw-text';
  return 'blank-line';
}

function htmlBlockEndsOn(line: string, end: HtmlEnd): boolean {
  if (end === 'comment') return line.includes('-->');
  if (end === 'raw-text') return /<\/(?:script|pre|style|textarea)>/i.test(line);
  return isBlank(line);
}

/**
 * Marks the lines that are fenced code, indented code or raw HTML blocks:
 * text there is never a table, however much it looks like one. An unclosed
 * fence runs to the end of the text, as CommonMark says.
 */
export function markOpaqueLines(lines: readonly SourceLine[]): boolean[] {
  const opaque: boolean[] = [];
  let fence: string | null = null;
  let html: HtmlEnd | null = null;
  // An indented line right after paragraph text is a lazy continuation, not code.
  let inParagraph = false;

  for (const { text } of lines) {
    if (fence !== null) {
      opaque.push(true);
      if (closesFence(text, fence)) fence = null;
      continue;
    }
    if (html !== null) {
      // A blank line ends kinds 6/7 and is not part of the block.
      const blankEnd = html === 'blank-line' && isBlank(text);
      opaque.push(!blankEnd);
      if (htmlBlockEndsOn(text, html)) html = null;
      inParagraph = false;
      continue;
    }
    const opening = fenceOpening(text);
    if (opening) {
      opaque.push(true);
      fence = opening.marker;
      inParagraph = false;
      continue;
    }
    const htmlEnd = htmlBlockEnd(text, inParagraph);
    if (htmlEnd) {
      opaque.push(true);
      if (!htmlBlockEndsOn(text, htmlEnd)) html = htmlEnd;
      inParagraph = false;
      continue;
    }
    if (isBlank(text)) {
      opaque.push(false);
      inParagraph = false;
      continue;
    }
    if (!inParagraph && indentWidth(text) >= 4) {
      opaque.push(true);
      continue;
    }
    opaque.push(false);
    // Headings and thematic breaks are one line; other text may continue.
    inParagraph = !startsOtherBlock(text) || /^ {0,3}(?:[-+*]|\d{1,9}[.)]|>)/.test(text);
  }
  return opaque;
}
