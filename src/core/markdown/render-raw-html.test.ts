import spec from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS } from './hostile-payloads.test-support';
import { renderMarkdown, renderMarkdownDocument, sanitizeHtml } from './index';
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

  it('drops what a dropped element holds, but one typed in a paragraph ends with that paragraph', () => {
    expect(renderMarkdown('Click the <button> element.\n\n# After\n\nMore text\n')).toBe('<p>Click the </p>\n<h1 id="after">After</h1>\n<p>More text</p>\n');
    expect(renderMarkdown('Intro <script>x\n\n**shown**\n\n</script>\n')).toBe('<p>Intro </p>\n<p><strong>shown</strong></p>\n\n');
    const document = renderMarkdownDocument('<svg>\n\n## Hidden heading\n\n![Hidden](/assets/h.png) [hidden](/h)\n\n</svg>\n\n## Shown\n');
    expect(document.html).toBe('\n<h2 id="shown">Shown</h2>\n');
    expect(document.headings.map((heading) => heading.text)).toEqual(['Shown']);
    expect(document.images).toEqual([]);
    expect(document.links).toEqual([]);
  });

  it('ends raw HTML left unfinished at the end of a block there, so it cannot swallow what follows', () => {
    const html = renderMarkdown('<div class="note"><!-- draft:\n\nA paragraph.\n\n--></div>\n\n<details><summary>Q</summary>\n\nAnswer\n\n</details>\n');
    expect(html).toBe('<div class="note"><p>A paragraph.</p>\n<p>--&gt;</p>\n</div><details><summary>Q</summary>\n<p>Answer</p>\n</details>\n');
    expect(renderMarkdown('<div>\n<img alt="\n\n# Heading\n\n<span title="x">y</span>\n')).toBe('<div>\n<h1 id="heading">Heading</h1>\n<p><span title="x">y</span></p>\n</div>');
  });

  it('leaves block tags typed inside a paragraph out, and closes a raw <p> before a Markdown block', () => {
    expect(renderMarkdown('See the answer: <details><summary>Q</summary>A</details> done.\n')).toBe('<p>See the answer: QA done.</p>\n');
    expect(renderMarkdown('<p>\n\n# Title\n\n- a\n\n</p>\n')).toBe('<p>\n</p><h1 id="title">Title</h1>\n<ul>\n<li>a</li>\n</ul>\n\n');
  });

  it('lets a stray closing tag in a later block close only what is open there', () => {
    const html = renderMarkdown('Some <i>italic\n\n<details>\n<summary>Q</summary>\n\nAnswer\n\nstray </i> here\n\nMore answer\n\n</details>\n\nAfter\n');
    expect(html).toBe('<p>Some <i>italic</i></p>\n<details>\n<summary>Q</summary>\n<p>Answer</p>\n<p>stray  here</p>\n<p>More answer</p>\n</details>\n<p>After</p>\n');
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

  it('does not count self-closing SVG children as nesting, so a big inline SVG ends where it ends', () => {
    const markdown = `<svg>\n${'<path d="M0 0"/>\n'.repeat(600)}</svg>\n\n# After\n`;
    expect(renderMarkdown(markdown)).toBe('\n<h1 id="after">After</h1>\n');
  });

  it('lists raw links where they open, with their text on one line', () => {
    const links = renderMarkdownDocument('<a href="/raw">see\n[inner](/md)  text</a>\n').links;
    expect(links.map((link) => [link.href, link.text])).toEqual([
      ['/raw', 'see inner text'],
      ['/md', 'inner'],
    ]);
  });

  it('keeps an ampersand that ends a block of raw HTML (an article with no final newline)', () => {
    expect(renderMarkdown('<div>\nQ&A')).toBe('<div>\nQ&amp;A</div>');
    expect(sanitizeHtml('Returns within 30 days. Ask R&D')).toBe('Returns within 30 days. Ask R&amp;D');
  });

  it('lets raw HTML after a <plaintext> typed in a paragraph be HTML again', () => {
    expect(renderMarkdown('x <plaintext> y\n\n<b>bold</b> text\n')).toBe('<p>x </p>\n<p><b>bold</b> text</p>\n');
  });

  it('does not let a block tag left out of a paragraph close the list item or cell around it', () => {
    const list = renderMarkdown('<ul>\n<li>\n\ntext <li> more\n\nstill in first item\n\n</li>\n<li>second</li>\n</ul>\n');
    expect(list).toBe('<ul>\n<li>\n<p>text  more</p>\n<p>still in first item</p>\n</li>\n<li>second</li>\n</ul>\n');
  });

  it('ends a raw <p> before a rule or a code block', () => {
    expect(renderMarkdown('<p>raw para\n\n---\n\n</p>\n')).toBe('<p>raw para\n</p><hr>\n\n');
    expect(renderMarkdown('<div><p>\n\n    indented code\n\n</p></div>\n')).toBe('<div><p>\n</p><pre><code>indented code\n</code></pre>\n</div>\n');
  });

  it('keeps a raw element opened after a dropped one inside the paragraph it was typed in', () => {
    expect(renderMarkdown('<div>\n<svg>\n\n# head </svg> <b>bold\n\nafter\n')).toBe('<div>\n <b>bold</b><p>after</p>\n</div>');
  });

  it('gives raw tags their own line, counting lines inside comments and tags, and lists URLs as the page has them', () => {
    expect(renderMarkdownDocument('<div>\n<!--\ncomment\n-->\n<img src="/a.png">\n</div>\n').images.map((image) => image.line)).toEqual([5]);
    const tags = renderMarkdownDocument('<div\nclass="x">\n<img\nsrc="/b.png">\n<a href="/c">c</a>\n</div>\n');
    expect([tags.images[0]?.line, tags.links[0]?.line]).toEqual([3, 5]);
    const refused = renderMarkdownDocument('text <img src="javascript:alert(1)"> ![m](mailto:a@b.c) <a href="javascript:x">bad</a>\n');
    expect(refused.images.map((image) => image.src)).toEqual(['', '']);
    expect(refused.links).toEqual([]);
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

  it('never gives a heading an id a footnote uses', () => {
    const html = renderMarkdown('## fn1\n\n## fnref1\n\nA claim.[^source]\n\n[^source]: The source.\n');
    expect([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1])).toEqual(['fn1-1', 'fnref1-1', 'fnref1', 'fn1']);
  });

  it('numbers hundreds of same-named headings in order', () => {
    const html = renderMarkdown('## FAQ\n\n'.repeat(300));
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.slice(0, 3)).toEqual(['faq', 'faq-1', 'faq-2']);
    expect(ids.at(-1)).toBe('faq-299');
    expect(new Set(ids).size).toBe(300);
  });
});
