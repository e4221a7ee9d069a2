import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/**
 * Canonical form of an HTML fragment for comparing renderers, after the
 * CommonMark test suite's own normaliser: tag and attribute names lower case,
 * attributes sorted, entities decoded then re-escaped one way, whitespace
 * collapsed outside <pre> and dropped next to block tags, void elements
 * written one way. Two fragments a browser would show identically compare
 * equal; real differences survive.
 */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'col', 'area', 'base', 'embed', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

export interface NormalizeOptions {
  /** Attributes to ignore per tag, e.g. our heading ids. */
  readonly ignoreAttributes?: (tag: string, name: string) => boolean;
}

export function normalizeHtml(html: string, options: NormalizeOptions = {}): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true, recognizeSelfClosing: true });
  const out: string[] = [];
  const isBlock = (node: ChildNode | null | undefined) => node?.type === 'tag' && BLOCK.has((node as Element).name);
  const walk = (nodes: readonly ChildNode[], inPre: boolean, parentIsBlock = true) => {
    for (const node of nodes) {
      // Whitespace between or inside block elements is layout, not content.
      if (node.type === 'text' && !inPre && /^\s*$/.test(node.data) && (parentIsBlock || isBlock(node.prev) || isBlock(node.next))) continue;
      if (node.type === 'text') {
        out.push(inPre ? escapeText(node.data) : escapeText(node.data.replace(/\s+/g, ' ')));
      } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        const attributes = Object.entries(element.attribs)
          .filter(([name]) => !options.ignoreAttributes?.(element.name, name))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
          .join('');
        const block = BLOCK.has(element.name);
        out.push(`${block ? '\n' : ''}<${element.name}${attributes}>`);
        if (!VOID.has(element.name)) {
          walk(element.children, inPre || element.name === 'pre', block);
          out.push(`</${element.name}>${block ? '\n' : ''}`);
        } else if (block) {
          out.push('\n');
        }
      } else if (node.type === 'comment') {
        out.push(`<!--${node.data}-->`);
      } else if (node.type === 'directive') {
        out.push(`<${node.data}>`);
      } else if (node.type === 'cdata') {
        walk(node.children, inPre);
      }
    }
  };
  walk(document.children, false);
  return out
    .join('')
    .replace(/ *\n+ */g, '\n')
    .replace(/\n+/g, '\n')
    .trim();
}
