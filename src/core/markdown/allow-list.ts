import { isSafeUrl } from './url-policy';

/**
 * The allow-list: which elements and attributes HTML the writer typed may
 * keep, and how an allowed opening tag is written out again. The sanitiser
 * (sanitize.ts) parses raw HTML and writes it anew from these rules: only
 * allowed elements, only allowed attributes, every value decoded once and
 * escaped again, so no entity is left to decode into `javascript:` and no
 * comment or attribute can swallow what follows.
 *
 * Elements not listed are removed and their text kept; those in
 * DROPPED_WITH_CONTENT go with everything inside them.
 */
const GLOBAL = ['id', 'title', 'lang', 'dir'];
const CELL = [...GLOBAL, 'style', 'colspan', 'rowspan', 'scope'];

export const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    a: ['href', 'class', 'rel', 'hreflang'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    details: ['open', 'class'],
    summary: ['class'],
    p: [],
    br: [],
    hr: ['class'],
    h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
    blockquote: ['cite'],
    pre: ['class'],
    code: ['class'],
    kbd: [], samp: [], var: [],
    em: [], strong: [], b: [], i: [], u: [], s: [], del: [], ins: [], mark: [], small: [], sub: [], sup: ['class'],
    abbr: [], cite: [], q: ['cite'], dfn: [], time: ['datetime'],
    span: ['class'], div: ['class'],
    ul: ['class'], ol: ['class', 'start', 'reversed'], li: ['class'],
    dl: [], dt: [], dd: [],
    table: ['class'], caption: [], colgroup: ['span'], col: ['span'], thead: [], tbody: [], tfoot: [],
    tr: [], th: CELL, td: CELL,
    figure: ['class'], figcaption: [],
    section: ['class'],
    // Task lists: a disabled checkbox and its label, nothing else from forms.
    input: ['type', 'checked', 'disabled', 'class'],
    label: ['class'],
  }).map(([tag, attributes]) => [tag, new Set(tag === 'td' || tag === 'th' ? attributes : [...GLOBAL, ...attributes])]),
);

export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'svg', 'math', 'select', 'button', 'head', 'frameset', 'applet']);
export const VOID = new Set(['br', 'hr', 'img', 'input', 'col', 'wbr', 'area', 'base', 'link', 'meta', 'source', 'track', 'embed', 'param', 'keygen']);

const TEXT_ALIGN = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i;
const WHOLE_NUMBER = /^\d{1,9}$/;

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The (already decoded) value an allowed attribute may keep, or null when the attribute must go. */
function allowedValue(tag: string, name: string, value: string): string | null {
  switch (name) {
    case 'href':
    case 'cite':
      // The value checked is the value written: trim() also removes Unicode
      // spaces (U+00A0, U+2003…), which the URL policy rightly reads as part
      // of a relative path, so checking before trimming let `&#xA0;javascript:` through.
      return isSafeUrl(value.trim(), 'link') ? value.trim() : null;
    case 'src':
      return isSafeUrl(value.trim(), 'image') ? value.trim() : null;
    case 'style':
      return TEXT_ALIGN.exec(value)?.[1]?.toLowerCase() ?? null;
    case 'width':
    case 'height':
    case 'start':
    case 'span':
    case 'colspan':
    case 'rowspan':
      return WHOLE_NUMBER.test(value.trim()) ? value.trim() : null;
    case 'type':
      return tag === 'input' && value.trim().toLowerCase() === 'checkbox' ? 'checkbox' : null;
    case 'datetime':
      return /^\d{4}-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?$/.test(value.trim()) ? value.trim() : null;
    case 'hreflang':
    case 'lang':
      return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value.trim()) ? value.trim() : null;
    case 'dir':
      return /^(ltr|rtl|auto)$/i.test(value.trim()) ? value.trim().toLowerCase() : null;
    default:
      return value;
  }
}

export function openingTag(tag: string, attributes: Record<string, string>): string | null {
  const allowed = ALLOWED.get(tag)!;
  let out = `<${tag}`;
  for (const [name, raw] of Object.entries(attributes)) {
    if (!allowed.has(name)) continue;
    const value = allowedValue(tag, name, raw);
    if (value === null) continue;
    // Column alignment becomes a class: pages forbid inline style attributes
    // (their CSP allows only the page's own stylesheet).
    out += name === 'style' ? ` class="align-${value}"` : ` ${name}="${escapeAttribute(value)}"`;
  }
  if (tag === 'input') {
    // Only a task-list checkbox survives, and it can never be edited.
    if (attributes.type?.trim().toLowerCase() !== 'checkbox') return null;
    if (!('disabled' in attributes)) out += ' disabled=""';
  }
  // The Nu validator (and screen readers) want an alt; an empty one says "decorative".
  if (tag === 'img' && !('alt' in attributes)) out += ' alt=""';
  return `${out}>`;
}
