/**
 * Conversions between what a writer sees (plain text) and what is written in
 * a `<summary>`: HTML with, often, Markdown habits mixed in.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', times: '\u00d7', divide: '\u00f7',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
};

/** Decodes named (the common ones), decimal and hexadecimal character references in one pass. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    // As browsers do: NUL, surrogates and out-of-range code points become U+FFFD.
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Placeholders keep code-span text and escaped characters away from the markup-stripping steps. */
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * The text a reader sees: comments and tags removed, Markdown code, links,
 * images, emphasis and backslash escapes resolved, entities decoded and
 * whitespace collapsed. Markdown is stripped even though CommonMark would
 * show it literally inside an HTML block, because writers type it there
 * and mean it as formatting.
 */
export function toPlainText(source: string): string {
  const kept: string[] = [];
  const keep = (text: string): string => `\uE000${kept.push(text) - 1}\uE001`;
  let text = source.replace(/[\uE000\uE001]/g, '').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  text = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_whole, _ticks, code: string) => keep(trimCodeSpan(code)));
  text = text.replace(/\\([!-/:-@[-`{-~])/g, (_whole, char: string) => keep(char));
  text = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');
  text = stripEmphasis(text);
  text = text.replace(PLACEHOLDER, (_whole, index: string) => kept[Number(index)]!);
  return collapseWhitespace(decodeEntities(text));
}

function trimCodeSpan(code: string): string {
  return code.length > 1 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '' ? code.slice(1, -1) : code;
}

function stripEmphasis(text: string): string {
  let previous: string;
  let current = text;
  // Repeat so that nested emphasis (`***both***`, `**a _b_**`) is fully unwrapped.
  do {
    previous = current;
    current = current
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
      // Underscores inside words (snake_case) are not emphasis.
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  } while (current !== previous);
  return current;
}

/** Characters that would otherwise read as Markdown when the question is turned back into plain text. */
const MARKDOWN_PUNCTUATION: Readonly<Record<string, string>> = {
  '*': '&#42;', _: '&#95;', '`': '&#96;', '[': '&#91;', ']': '&#93;', '~': '&#126;', '\\': '&#92;',
};

/**
 * The `<summary>` content for a plain-text question. HTML-escaped; Markdown
 * punctuation is written as character references only when it would
 * otherwise be read as markup, so ordinary questions stay readable and every
 * question reads back exactly as given.
 */
export function questionToSource(question: string): string {
  const text = collapseWhitespace(question);
  const escaped = escapeHtml(text);
  if (toPlainText(escaped) === text) return escaped;
  return escaped.replace(/[*_`[\]~\\]/g, (char) => MARKDOWN_PUNCTUATION[char]!);
}

const BLOCK_LEVEL_START = /^<(?:p|ul|ol|div|table|h[1-6]|blockquote|pre|dl|figure)(?=[\s/>])/i;

/** 'html' when the answer's first non-blank content is a block-level HTML tag, else 'markdown'. */
export function detectAnswerFormat(answer: string): 'html' | 'markdown' {
  return BLOCK_LEVEL_START.test(answer.trimStart()) ? 'html' : 'markdown';
}
