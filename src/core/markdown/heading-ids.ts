import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { slugify } from './slug';

/**
 * Every heading gets a stable id from its text: the first "Setup" is
 * `setup`, the next ones `setup-1`, `setup-2`, … skipping any id an earlier
 * heading already has. The suffix to try next is remembered per id, so a
 * page of many same-named headings costs one lookup per heading, not a scan
 * of all the ids before it. Ids the footnotes use are skipped too.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('heading_ids', (state) => {
    let taken: Set<string> | null = null;
    let nextSuffix: Map<string, number> | null = null;
    const tokens = state.tokens;
    const footnotes = (state.env as { footnotes?: { list?: unknown[] } }).footnotes?.list?.length ?? 0;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.type !== 'heading_open') continue;
      taken ??= new Set();
      nextSuffix ??= new Map();
      const base = slugify(headingText(tokens[index + 1]?.children ?? []));
      let suffix = nextSuffix.get(base) ?? 1;
      let id = base;
      while (taken.has(id) || footnoteId(id, footnotes)) id = `${base}-${suffix++}`;
      nextSuffix.set(base, suffix);
      taken.add(id);
      token.attrSet('id', id);
    }
  });
}

/**
 * The footnotes plugin names its notes `fn1`, `fn2` … and their references
 * `fnref1` …: a heading called "fn1" must not take an id a footnote link
 * jumps to.
 */
function footnoteId(id: string, footnotes: number): boolean {
  const match = /^fn(?:ref)?(\d+)$/.exec(id);
  return match !== null && Number(match[1]) <= footnotes;
}

/** The heading's words as written, without markup: its text and inline code. */
function headingText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) if (child.type === 'text' || child.type === 'code_inline') text += child.content;
  return text;
}
