import { markdownParser } from '../markdown/markdown-parser';
import { findJsonSyntaxError } from './json-error';
import { jsonLdNodes, typesOfNodes } from './nodes-of';
import type { EmbeddedJsonLd } from './types';

/**
 * `<script type="application/ld+json">` blocks written in an article body.
 * A block counts where the published page would run it: not in fenced or
 * indented code, not in an inline code span, not in an HTML comment. Never
 * throws: a block whose JSON does not parse is returned with the error and
 * the line where the JSON goes wrong.
 */
export function findEmbeddedJsonLd(body: string): EmbeddedJsonLd[] {
  // Most articles have no <script> at all: then there is nothing to find, and no code blocks to look for.
  if (!/<script/i.test(body)) return [];
  const lineStarts = lineStartOffsets(body);
  const code = codeBlockRanges(body, lineStarts);
  const blocks: EmbeddedJsonLd[] = [];
  const candidates = /<!--|`+|<script\b([^>]*)>/gi;
  for (let match = candidates.exec(body); match; match = candidates.exec(body)) {
    const inCode = code.find((range) => match!.index >= range.start && match!.index < range.end);
    if (inCode) {
      candidates.lastIndex = inCode.end;
      continue;
    }
    const token = match[0];
    if (token.startsWith('<!--')) {
      const close = body.indexOf('-->', match.index + 4);
      candidates.lastIndex = close === -1 ? body.length : close + 3;
    } else if (token.startsWith('`')) {
      candidates.lastIndex = codeSpanEnd(body, match.index, token.length) ?? match.index + token.length;
    } else {
      const closeTag = /<\/script\s*>/gi;
      closeTag.lastIndex = candidates.lastIndex;
      const close = closeTag.exec(body);
      const end = close ? close.index + close[0].length : body.length;
      candidates.lastIndex = end;
      if (isJsonLdType(match[1]!)) {
        const span = { start: match.index, contentStart: match.index + token.length, contentEnd: close ? close.index : body.length, end };
        blocks.push(readBlock(body, lineStarts, span, close !== null));
      }
    }
  }
  return blocks;
}

/** `type="application/ld+json"`, any case, with double, single or no quotes. */
function isJsonLdType(attributes: string): boolean {
  const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes);
  return type !== null && (type[1] ?? type[2] ?? type[3] ?? '').trim().toLowerCase() === 'application/ld+json';
}

interface BlockSpan {
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
}

function readBlock(body: string, lineStarts: readonly number[], span: BlockSpan, closed: boolean): EmbeddedJsonLd {
  const position = { ...span, line: lineOf(lineStarts, span.start), endLine: lineOf(lineStarts, Math.max(span.start, span.end - 1)) };
  const source = body.slice(span.contentStart, span.contentEnd);
  if (!closed) return { ...position, valid: false, error: 'the <script> element is never closed', errorLine: position.line, nodes: [], types: [] };
  try {
    const value: unknown = JSON.parse(source);
    const nodes = jsonLdNodes(value);
    return { ...position, valid: true, value, nodes, types: typesOfNodes(nodes) };
  } catch (error) {
    const located = findJsonSyntaxError(source);
    const offset = span.contentStart + (located?.offset ?? 0);
    return { ...position, valid: false, error: located?.message ?? (error as Error).message, errorLine: lineOf(lineStarts, offset), nodes: [], types: [] };
  }
}

/** Fenced and indented code blocks, as the Markdown pipeline itself sees them (inside lists and quotes too). */
function codeBlockRanges(body: string, lineStarts: readonly number[]): { start: number; end: number }[] {
  if (!/```|~~~|\n {4}|\n\t|^ {4}|^\t/.test(body)) return [];
  return markdownParser()
    .parse(body, {})
    .filter((token) => (token.type === 'fence' || token.type === 'code_block') && token.map)
    .map((token) => ({ start: lineStarts[token.map![0]] ?? body.length, end: lineStarts[token.map![1]] ?? body.length }));
}

/** A code span closes on the next backtick run of the same length within its paragraph (before a blank line). */
function codeSpanEnd(body: string, start: number, length: number): number | null {
  const paragraphEnd = /\n[ \t]*\r?\n/g;
  paragraphEnd.lastIndex = start;
  const limit = paragraphEnd.exec(body)?.index ?? body.length;
  const run = /`+/g;
  run.lastIndex = start + length;
  for (let next = run.exec(body); next && next.index < limit; next = run.exec(body)) {
    if (next[0].length === length) return next.index + length;
  }
  return null;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** 1-based line of an offset, by binary search over the line starts. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
