import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/**
 * Payloads that try to run script through a rendered article: raw HTML,
 * Markdown links and images, entity and whitespace tricks, and markup that
 * closes the element it lands in. Shared by the unit tests (static check)
 * and the browser tests (nothing may run).
 */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="window.__pwned = 2">',
  '<img src="/a.png" ONERROR=window.__pwned=3>',
  '<svg onload="window.__pwned = 4"><circle r="1"/></svg>',
  '<iframe src="javascript:window.__pwned=5"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
  '<object data="javascript:window.__pwned=7"></object>',
  '<embed src="javascript:window.__pwned=8">',
  '<a href="javascript:window.__pwned=9">click</a>',
  '<a href="JaVaScRiPt:window.__pwned=10">click</a>',
  '<a href=" javascript:window.__pwned=11">click</a>',
  '<a href="java\tscript:window.__pwned=12">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__pwned=13">click</a>',
  '<a href="&#x6A;avascript&colon;window.__pwned=14">click</a>',
  '<a href="vbscript:msgbox(15)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xNjwvc2NyaXB0Pg==">click</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9J3BhcmVudC5fX3B3bmVkPTE3Jz48L3N2Zz4=">',
  '[click](javascript:window.__pwned=18)',
  '[click](JAVASCRIPT:window.__pwned=19)',
  '[click](&#x6A;avascript:window.__pwned=20)',
  '![img](javascript:window.__pwned=21)',
  '[click][ref]\n\n[ref]: javascript:window.__pwned=22',
  '<javascript:window.__pwned=23>',
  '<details open ontoggle="window.__pwned=24"><summary>Q</summary>A</details>',
  '<form action="javascript:window.__pwned=25"><button>go</button></form>',
  '<base href="javascript:window.__pwned=26//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=27">',
  '<link rel="import" href="data:text/html,<script>parent.__pwned=28</script>">',
  '<style>@import "javascript:window.__pwned=29";</style>',
  '<div style="background:url(javascript:window.__pwned=30)">styled</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=31>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=32>">',
  '</script><script>window.__pwned=33</script>',
  '<input type="image" src=x onerror="window.__pwned=34">',
  '<a href="#" onclick="window.__pwned=35">click</a>',
  '<p onmouseover="window.__pwned=36">hover</p>',
  '<img src="x` `<script>window.__pwned=37</script>"` `>',
  '<!--><img src=x onerror=window.__pwned=38>-->',
  '<scr<script>ipt>window.__pwned=39</script>',
  '<a href="java&Tab;script:window.__pwned=40">tab entity</a>',
  '<a href="&#x26;#x6A;avascript:window.__pwned=41">double encoded</a>',
  '<a href="&#38;#106;avascript&#38;colon;window.__pwned=42">double encoded</a>',
  '<abbr title="<!--">swallow</abbr> <a href="javascript:window.__pwned=43">x</a> <i title="-->">end</i>',
  '<a href=javascript:window.__pwned=44>unquoted</a>',
  '<img/src=x/onerror=window.__pwned=45>',
  '<svg><a xlink:href="javascript:window.__pwned=46"><text y="10">x</text></a></svg>',
  '<input title="type=checkbox" onfocus="window.__pwned=47" autofocus>',
  // A Unicode space before the scheme: not stripped by browsers, but by String#trim.
  '<a href="&#xA0;javascript:window.__pwned=48">nbsp</a>',
  '<img src="&#x2003;javascript:window.__pwned=49" alt="em space">',
  '<q cite="&nbsp;vbscript:msgbox(50)">q</q>',
  '<a href="&#x3000;data:text/html,<script>parent.__pwned=51</script>">ideographic space</a>',
  // Raw HTML left unfinished at the end of one block, continued in another.
  '<div title="\n\n[click](/x) <img src=x onerror=window.__pwned=52>\n\n">',
  'text <b>bold\n\n<script>\n\nwindow.__pwned=53\n\n</script>',
];

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'math', 'frame', 'frameset', 'applet', 'button', 'select', 'textarea']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'cite', 'data', 'poster', 'xlink:href', 'background', 'srcset']);

/**
 * Head elements a finished page legitimately has: JSON-LD data blocks, its
 * one inline stylesheet, meta tags other than refresh, and canonical links.
 */
function allowedInPage(element: Element, inHead: boolean): boolean {
  const { name, attribs } = element;
  if (name === 'script') return attribs.type === 'application/ld+json' && attribs.src === undefined;
  if (name === 'style') return inHead;
  if (name === 'meta') return inHead && !/refresh/i.test(attribs['http-equiv'] ?? '');
  if (name === 'link') return inHead && attribs.rel === 'canonical';
  return false;
}

/**
 * Everything in an HTML fragment (or, with `page`, a whole document) that
 * could run script, as readable problems; empty means none.
 */
export function findExecutableContent(html: string, options: { page?: boolean } = {}): string[] {
  const problems: string[] = [];
  const visit = (nodes: readonly ChildNode[], inHead: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const element = node as Element;
      if (FORBIDDEN_TAGS.has(element.name) && !(options.page && allowedInPage(element, inHead))) {
        problems.push(`<${element.name}> element`);
      }
      for (const [name, value] of Object.entries(element.attribs)) {
        if (name.startsWith('on')) problems.push(`${name} attribute on <${element.name}>`);
        if (name === 'srcdoc') problems.push(`srcdoc on <${element.name}>`);
        // eslint-disable-next-line no-control-regex -- browsers ignore control characters in URLs
        if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) {
          problems.push(`${name}="${value}" on <${element.name}>`);
        }
        if (name === 'style' && /url\s*\(|expression\s*\(/i.test(value)) problems.push(`style with url()/expression() on <${element.name}>`);
      }
      visit(element.children, inHead || element.name === 'head');
    }
  };
  visit(parseDocument(html, { decodeEntities: true }).children, false);
  return problems;
}
