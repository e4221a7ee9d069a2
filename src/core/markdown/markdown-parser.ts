import { tasklist } from '@mdit/plugin-tasklist';
import MarkdownIt, { type PluginSimple, type RendererRule } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { headingIds } from './heading-ids';
import { isSafeUrl } from './url-policy';

/**
 * The one Markdown parser: CommonMark with GitHub's extensions (tables with
 * alignment, strikethrough, autolinks, task lists) plus footnotes and stable
 * heading ids. markdown-it was chosen for speed: the preview re-renders while
 * the writer types, and an export renders thousands of pages.
 */
function createParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
  // GFM autolinks `www.` addresses, scheme URLs and e-mail addresses, but not
  // bare domains like "example.com", which linkify-it would also take.
  const findLinks = md.linkify.match.bind(md.linkify);
  md.linkify.match = (text) => findLinks(text)?.filter((found) => found.schema !== '' || /^www\./i.test(found.raw)) ?? null;
  // linkify-it's own pretest scans every paragraph with Unicode-wide patterns
  // (a quarter of the parse time). A link we keep needs a scheme's colon, a
  // protocol-relative //, an e-mail's @ or www., so text with none of them is
  // skipped at the cost of a few indexOf calls.
  const pretest = md.linkify.pretest.bind(md.linkify);
  const test = md.linkify.test.bind(md.linkify);
  md.linkify.pretest = (text) => mayHoldLink(text) && pretest(text);
  md.linkify.test = (text) => mayHoldLink(text) && test(text);
  // Markdown links and images obey the same URL allow-list as raw HTML.
  md.validateLink = (url) => isSafeUrl(url, 'link');
  md.use(tasklist, { disabled: true, label: true });
  // @types/markdown-it-footnote is typed against the CommonJS build's types.
  md.use(footnote as unknown as PluginSimple);
  md.use(headingIds);
  md.renderer.rules.th_open = alignedCell;
  md.renderer.rules.td_open = alignedCell;
  return md;
}

const mayHoldLink = (text: string) => text.includes(':') || text.includes('@') || text.includes('//') || /www\./i.test(text);

/**
 * Column alignment as a class, not markdown-it's inline style: pages forbid
 * style attributes (their CSP allows only the page's own stylesheet), and the
 * stylesheet styles `align-left`, `align-center` and `align-right`.
 */
const ALIGN_CLASSES: ReadonlyMap<string, string> = new Map(['left', 'center', 'right'].map((align) => [`text-align:${align}`, `align-${align}`]));

const alignedCell: RendererRule = (tokens, index) => {
  const token = tokens[index]!;
  // markdown-it gives a table cell no attribute but its alignment, and an
  // inline token after it, so its default rendering is just the tag.
  const align = token.attrs === null ? undefined : ALIGN_CLASSES.get(token.attrGet('style') ?? '');
  return align ? `<${token.tag} class="${align}">` : `<${token.tag}>`;
};
let parser: MarkdownIt | null = null;

export function markdownParser(): MarkdownIt {
  parser ??= createParser();
  return parser;
}
