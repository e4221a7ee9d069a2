import spec from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS } from './hostile-payloads.test-support';
import { renderMarkdown, renderMarkdownDocument } from './index';
import { nestingProblem } from './nesting.test-support';

/**
 * Raw HTML is sanitised as one stream between markdown-it's own output
 * (render.ts): these are the ways the two could tangle that a reader would
 * see — content escaping its container, a dropped element leaking, one
 * render's leftovers reaching the next.
 */
describe('raw HTML between Markdown', () => {
  it('keeps a raw element opened in a paragraph inside that paragraph', () => {
    expect(renderMarkdown('Some <b>bold\n\nNext paragraph\n')).toBe('<p>Some <b>bold</b></p>\n<p>Next paragraph</p>\n');
    expect(renderMarkdown('> <div>\n> quoted\n\nafter\n')).toBe('<blockquote>\n<div>\nquoted\n</div></blockquote>\n<p>after</p>\n');
  });

  it('does not let a raw closing tag inside a paragraph close what was open around it', () => {
    const html = renderMarkdown('<details>\n<summary>Q</summary>\n\nAnswer </details> still inside\n\n</details>\n\nOutside\n');
    expect(html).toBe('<details>\n<summary>Q</summary>\n<p>Answer  still inside</p>\n</details>\n<p>Outside</p>\n');
  });

  it('drops Markdown inside a dropped element, and closes the paragraph it began in', () => {
    const html = renderMarkdown('Intro <script>x\n\n**hidden**\n\n</script>\n\nAfter\n');
    expect(html).toBe('<p>Intro </p>\n\n<p>After</p>\n');
    const document = renderMarkdownDocument('<svg>\n\n## Hidden heading\n\n![Hidden](/assets/h.png) [hidden](/h)\n\n</svg>\n\n## Shown\n');
    expect(document.html).toBe('\n<h2 id="shown">Shown</h2>\n');
    expect(document.headings.map((heading) => heading.text)).toEqual(['Shown']);
    expect(document.images).toEqual([]);
    expect(document.links).toEqual([]);
  });

  it('starts every render clean, whatever the previous one left open', () => {
    renderMarkdown('<div><script>never closed');
    renderMarkdown('<details><summary>open');
    expect(renderMarkdown('text')).toBe('<p>text</p>\n');
  });

  it('nests as it reads for every spec example and hostile payload', () => {
    const inputs = [...(spec as { tests: { markdown: string }[] }).tests.map((test) => test.markdown), ...HOSTILE_PAYLOADS];
    const problems = inputs.map((markdown) => ({ markdown, problem: nestingProblem(renderMarkdown(markdown)) })).filter((found) => found.problem !== null);
    expect(problems).toEqual([]);
  });

  it('the nesting check finds what it should (so the test above can fail)', () => {
    expect(nestingProblem('<p><b>x</p></b>')).toContain('</p>');
    expect(nestingProblem('<p>x')).toBe('left open: p');
    expect(nestingProblem('<p>x<br></p>')).toBeNull();
  });

  it('lists a raw link never closed: the page carries it', () => {
    expect(renderMarkdownDocument('See <a href="/guide">the guide\n').links).toEqual([{ href: '/guide', text: 'the guide', line: 1 }]);
  });

  it('refuses a Markdown image whose source is not an image URL', () => {
    expect(renderMarkdown('![Mail](mailto:a@b.example)\n')).toBe('<p><img alt="Mail"></p>\n');
  });
});

describe('heading ids', () => {
  it('skips ids an earlier heading already has, and keeps counting per id', () => {
    const html = renderMarkdown('## Setup-1\n\n## Setup\n\n## Setup\n\n## Setup\n');
    expect([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1])).toEqual(['setup-1', 'setup', 'setup-2', 'setup-3']);
  });

  it('numbers hundreds of same-named headings in order', () => {
    const html = renderMarkdown('## FAQ\n\n'.repeat(300));
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.slice(0, 3)).toEqual(['faq', 'faq-1', 'faq-2']);
    expect(ids.at(-1)).toBe('faq-299');
    expect(new Set(ids).size).toBe(300);
  });
});
