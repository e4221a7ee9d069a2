import { Parser } from 'htmlparser2';
import { isSafeUrl } from './url-policy';

/**
 * The allow-list every rendered article passes through, whether its HTML
 * came from Markdown or was written raw. It parses the HTML (htmlparser2,
 * one linear pass) and writes it out again from what it understood: only
 * allowed elements, only allowed attributes, every value decoded once and
 * escaped again, every element closed. So nothing in the output can be read
 * differently by a browser than by this filter: no entity left to decode
 * into `javascript:`, no comment or attribute that swallows what follows,
 * no unbalanced tag that escapes its container.
 *
 * Elements not listed are removed and their text kept; those in
 * DROPPED_WITH_CONTENT go with everything inside them.
 */
const GLOBAL = ['id', 'title', 'lang', 'dir'];
const CELL = [...GLOBAL, 'style', 'colspan', 'rowspan', 'scope'];

const ALLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
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
const VOID = new Set(['br', 'hr', 'img', 'input', 'col', 'wbr', 'area', 'base', 'link', 'meta', 'source', 'track', 'embed', 'param', 'keygen']);

const TEXT_ALIGN = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i;
const WHOLE_NUMBER = /^\d{1,9}$/;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The (already decoded) value an allowed attribute may keep, or null when the attribute must go. */
function allowedValue(tag: string, name: string, value: string): string | null {
  switch (name) {
    case 'href':
    case 'cite':
      return isSafeUrl(value, 'link') ? value.trim() : null;
    case 'src':
      return isSafeUrl(value, 'image') ? value.trim() : null;
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

function openingTag(tag: string, attributes: Record<string, string>): string | null {
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

/**
 * Browsers stop nesting elements at a few hundred levels, and the parser
 * takes time proportional to the depth for every element it opens (deep tag
 * soup took seconds). Markup nested deeper than this is written out as text.
 */
const MAX_DEPTH = 512;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;

/** Offset at which the markup nests deeper than MAX_DEPTH (a linear estimate), or -1. */
function tooDeepAt(html: string): number {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(match[2]!.toLowerCase()) && ++depth > MAX_DEPTH) return match.index;
  }
  return -1;
}

export function sanitizeHtml(html: string): string {
  const cut = tooDeepAt(html);
  if (cut !== -1) return sanitizeHtml(html.slice(0, cut)) + escapeText(html.slice(cut));
  const out: string[] = [];
  const open: string[] = [];
  let dropping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping > 0 || DROPPED_WITH_CONTENT.has(name)) {
          dropping++;
          return;
        }
        if (!ALLOWED.has(name)) return;
        const tag = openingTag(name, attributes);
        if (tag === null) return;
        out.push(tag);
        if (!VOID.has(name)) open.push(name);
      },
      ontext(text) {
        if (dropping === 0) out.push(escapeText(text));
      },
      onclosetag(name) {
        if (dropping > 0) {
          dropping--;
          return;
        }
        // htmlparser2 closes elements in nesting order, so an allowed one is on top when it closes.
        if (open[open.length - 1] === name) {
          open.pop();
          out.push(`</${name}>`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  while (open.length > 0) out.push(`</${open.pop()}>`);
  return out.join('');
}
