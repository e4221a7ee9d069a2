import { trimChars } from './row-cells';

/**
 * Builds one table cell's Markdown from the HTML inside a `<td>`/`<th>`:
 * `<b>`/`<strong>` → `**…**`, `<i>`/`<em>` → `_…_`, `<code>` → backticks,
 * `<a href>` → `[text](href)`, `<br>` → `<br>`, `<img>` → its alt text, and
 * every other element → its text. Block elements inside a cell (`<p>`,
 * `<div>`, `<li>`) are separated by `<br>` so their lines do not run
 * together. Whitespace collapses as a browser would show it. Styling done
 * with CSS (how spreadsheets mark bold) is not carried over.
 */

/** Stands for a line break while building; no text node holds one after collapsing. */
const BREAK = '\n';

type FrameKind = 'root' | 'strong' | 'emphasis' | 'code' | 'link' | 'plain';

interface Frame {
  readonly kind: FrameKind;
  readonly tag: string;
  readonly href?: string;
  text: string;
}

const KIND_BY_TAG: Readonly<Record<string, FrameKind>> = { b: 'strong', strong: 'strong', i: 'emphasis', em: 'emphasis', code: 'code', a: 'link' };
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr']);

/**
 * Keeps decoded text literal: it is what a reader of the copied table saw,
 * so none of it may turn into markup. A `<` that would open a tag and a `&`
 * that would start an entity become references; Markdown's inline
 * punctuation gets a backslash where it could be read as markup. Underscores
 * inside words (snake_case) and lone tildes never are, so they stay as
 * typed and the cell stays readable.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[*`[\]]/g, '\\$&')
    .replace(/~{2,}/g, (run) => run.replace(/~/g, '\\~'))
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

/** Splits `  text  ` into its surrounding whitespace and core, so markers hug the text. */
function splitSpace(text: string): [string, string, string] {
  const core = trimChars(text, ` ${BREAK}`);
  const start = text.indexOf(core);
  return core === '' ? [text, '', ''] : [text.slice(0, start), core, text.slice(start + core.length)];
}

function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function linkTarget(href: string): string {
  const encoded = href.trim().replace(/ /g, '%20').replace(/[<>]/g, encodeURIComponent);
  return /[()]/.test(encoded) ? `<${encoded}>` : encoded;
}

function wrap(frame: Frame): string {
  const [lead, core, trail] = splitSpace(frame.text);
  if (core === '') return frame.text;
  if (frame.kind === 'strong') return `${lead}**${core}**${trail}`;
  if (frame.kind === 'emphasis') return `${lead}_${core}_${trail}`;
  if (frame.kind === 'code') return `${lead}${codeSpan(core.replace(/\n/g, ' '))}${trail}`;
  if (frame.kind === 'link' && frame.href && !/^\s*javascript:/i.test(frame.href)) {
    return `${lead}[${core}](${linkTarget(frame.href)})${trail}`;
  }
  return frame.text;
}

export class CellMarkdownBuilder {
  private readonly frames: Frame[] = [{ kind: 'root', tag: '', text: '' }];
  /** Text waits here until the next tag: the HTML parser may hand over `&lt;` apart from what follows it. */
  private pending = '';

  private get top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** Inside `<code>`, nested markup is plain text: Markdown does not nest in code spans. */
  private get inCode(): boolean {
    return this.frames.some((frame) => frame.kind === 'code');
  }

  private lineBreak(): void {
    const text = this.top.text;
    if (text !== '' && !text.endsWith(BREAK)) this.top.text += BREAK;
  }

  private flushText(): void {
    const collapsed = this.pending.replace(/[ \t\n\r\f]+/g, ' ');
    this.pending = '';
    this.top.text += this.inCode ? collapsed : escapeText(collapsed);
  }

  text(raw: string): void {
    this.pending += raw;
  }

  open(tag: string, attributes: Readonly<Record<string, string>>): void {
    this.flushText();
    if (tag === 'br') {
      this.top.text += this.inCode ? ' ' : BREAK;
      return;
    }
    if (tag === 'img') {
      this.pending = attributes.alt ?? '';
      this.flushText();
      return;
    }
    if (BLOCK_TAGS.has(tag)) this.lineBreak();
    // Cells of a table nested in this cell: keep their words apart.
    if (tag === 'td' || tag === 'th') this.top.text += ' ';
    const kind = this.inCode ? 'plain' : (KIND_BY_TAG[tag] ?? 'plain');
    this.frames.push({ kind, tag, text: '', ...(kind === 'link' ? { href: attributes.href ?? '' } : {}) });
  }

  close(tag: string): void {
    this.flushText();
    // Close up to the matching element; the HTML parser reports implied closes too.
    const index = this.frames.map((frame) => frame.tag).lastIndexOf(tag);
    if (index <= 0) return;
    while (this.frames.length > index) this.pop();
    if (BLOCK_TAGS.has(tag)) this.lineBreak();
  }

  private pop(): void {
    const frame = this.frames.pop()!;
    this.top.text += wrap(frame);
  }

  /** The cell's Markdown: lines joined by `<br>`, each trimmed, blank ends dropped. */
  finish(): string {
    this.flushText();
    while (this.frames.length > 1) this.pop();
    const lines = this.top.text.split(BREAK).map((line) => trimChars(line, ' \u00a0').replace(/ {2,}/g, ' '));
    while (lines.length > 0 && lines[0] === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('<br>');
  }
}
