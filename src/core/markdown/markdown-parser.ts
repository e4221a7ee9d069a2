import { tasklist } from '@mdit/plugin-tasklist';
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import footnote from 'markdown-it-footnote';
import { slugify } from './slug';
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
  // Markdown links and images obey the same URL allow-list as raw HTML.
  md.validateLink = (url) => isSafeUrl(url, 'link');
  md.use(tasklist, { disabled: true, label: true });
  // @types/markdown-it-footnote is typed against the CommonJS build's types.
  md.use(footnote as unknown as PluginSimple);
  md.use(anchor, { slugify, tabIndex: false, uniqueSlugStartIndex: 1 });
  return md;
}

let parser: MarkdownIt | null = null;

export function markdownParser(): MarkdownIt {
  parser ??= createParser();
  return parser;
}
