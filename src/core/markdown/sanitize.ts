import xss, { type IFilterXSSOptions, type IWhiteList } from 'xss';
import type * as XssModule from 'xss';

// js-xss is CommonJS and sets its exports in a loop, so plain Node (the built
// CLI) sees no named exports: take them from the default export, typed as
// the module its typings describe.
const { escapeAttrValue, FilterXSS, friendlyAttrValue } = xss as unknown as typeof XssModule;
import { isSafeUrl } from './url-policy';

/**
 * The allow-list every rendered article passes through, whether its HTML
 * came from Markdown or was written raw. Tags not listed are removed and
 * their text kept; the tags in DROPPED_WITH_CONTENT go with everything inside
 * them. Every attribute not listed is removed, so no `on*` handler survives.
 *
 * js-xss was chosen over a DOM-building sanitizer for speed: it filters tag by
 * tag in one pass (about a fifth of markdown-it's own time on a 20 KB
 * article), which the live preview and large exports need.
 */
const GLOBAL = ['id', 'title', 'lang', 'dir'];
const CELL = [...GLOBAL, 'style', 'colspan', 'rowspan', 'scope'];

const ALLOWED: IWhiteList = Object.fromEntries(
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
    ul: ['class'], ol: ['class', 'start', 'reversed', 'type'], li: ['class', 'value'],
    dl: [], dt: [], dd: [],
    table: ['class'], caption: [], colgroup: ['span'], col: ['span'], thead: [], tbody: [], tfoot: [],
    tr: [], th: CELL, td: CELL,
    figure: ['class'], figcaption: [],
    section: ['class'],
    // Task lists: a disabled checkbox and its label, nothing else from forms.
    input: ['type', 'checked', 'disabled', 'class'],
    label: ['for', 'class'],
  }).map(([tag, attributes]) => [tag, tag === 'td' || tag === 'th' ? attributes : [...GLOBAL, ...attributes]]),
);

const DROPPED_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'svg', 'math', 'select', 'button', 'head'];

const TEXT_ALIGN = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i;

/** The decoded value of an allowed attribute, or null when the attribute must go. */
function allowedValue(tag: string, name: string, rawValue: string): string | null {
  const value = friendlyAttrValue(rawValue);
  if (name === 'href' || name === 'cite') return isSafeUrl(value, 'link') ? value : null;
  if (name === 'src') return isSafeUrl(value, 'image') ? value : null;
  if (name === 'style') return TEXT_ALIGN.exec(value)?.[1]?.toLowerCase() ?? null;
  if (name === 'type' && tag === 'input') return value.toLowerCase() === 'checkbox' ? 'checkbox' : null;
  return value;
}

/**
 * js-xss's own body stripping leaves "[removed]" in the text when a tag is
 * opened but never closed; this one removes the same ranges (opening tag to
 * closing tag) and leaves no marker behind. NUL never reaches the output
 * (the HTML parser rules turn it into U+FFFD), so it can delimit markers.
 */
const OPEN_MARK = '\u0000<\u0000';
const CLOSE_MARK = '\u0000>\u0000';

function createBodyStripper() {
  const ranges: [number, number][] = [];
  let openedAt: number | null = null;
  return {
    onIgnoreTag(tag: string, _html: string, info: { isClosing?: boolean; position?: number }): string {
      if (!DROPPED_WITH_CONTENT.includes(tag)) return '';
      const position = info.position ?? 0;
      if (!info.isClosing) {
        openedAt ??= position;
        return OPEN_MARK;
      }
      ranges.push([openedAt ?? position, position + CLOSE_MARK.length]);
      openedAt = null;
      return CLOSE_MARK;
    },
    finish(html: string): string {
      let kept = '';
      let from = 0;
      for (const [start, end] of ranges) {
        kept += html.slice(from, start);
        from = end;
      }
      kept += html.slice(from);
      return kept.split(OPEN_MARK).join('').split(CLOSE_MARK).join('');
    },
  };
}

const OPTIONS: IFilterXSSOptions = {
  whiteList: ALLOWED,
  allowCommentTag: false,
  css: false,
  onTagAttr(tag: string, name: string, value: string): string | undefined {
    if (!ALLOWED[tag]?.includes(name)) return undefined; // not allowed: js-xss drops it
    const allowed = allowedValue(tag, name, value);
    if (allowed === null) return '';
    // Column alignment becomes a class: pages forbid inline style attributes
    // (their CSP allows only the page's own stylesheet), and no other style survives.
    if (name === 'style') return `class="align-${allowed}"`;
    return `${name}="${escapeAttrValue(allowed)}"`;
  },
  onTag(tag: string, html: string, info: { isClosing?: boolean }): string | undefined {
    // An <input> that is not a task-list checkbox is a form control: drop it.
    if (tag === 'input' && !info.isClosing && !/\btype\s*=\s*["']?checkbox\b/i.test(html)) return '';
    return undefined;
  },
};

export function sanitizeHtml(html: string): string {
  const stripper = createBodyStripper();
  const filter = new FilterXSS({ ...OPTIONS, onIgnoreTag: stripper.onIgnoreTag });
  // eslint-disable-next-line no-control-regex -- NUL is what is being replaced
  return stripper.finish(filter.process(html.replace(/\u0000/g, '\ufffd')));
}
