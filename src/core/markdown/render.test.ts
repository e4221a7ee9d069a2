import { describe, expect, it } from 'vitest';
import { findExecutableContent, HOSTILE_PAYLOADS } from './hostile-payloads.test-support';
import { renderMarkdown, renderMarkdownDocument, sanitizeHtml } from './index';

describe('renderMarkdown: GitHub Flavored Markdown', () => {
  it('renders tables with alignment', () => {
    const html = renderMarkdown('| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n');
    expect(html).toContain('<th class="align-left">Left</th>');
    expect(html).toContain('<th class="align-center">Centre</th>');
    expect(html).toContain('<td class="align-right">c</td>');
  });

  it('renders strikethrough, task lists and footnotes', () => {
    const html = renderMarkdown('~~gone~~\n\n- [x] done\n- [ ] open\n\nClaim.[^src]\n\n[^src]: The source.\n');
    expect(html).toContain('<s>gone</s>');
    expect(html).toMatch(/<input type="checkbox"[^>]*checked="checked"[^>]*disabled="disabled"/);
    expect(html).toMatch(/<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    expect(html).toContain('<li id="fn1" class="footnote-item"><p>The source.');
  });

  it('autolinks www. addresses, URLs and e-mail addresses but not bare domains', () => {
    const html = renderMarkdown('See www.example.com, https://example.org/x and team@example.com; not example.net.\n');
    expect(html).toContain('<a href="http://www.example.com">www.example.com</a>');
    expect(html).toContain('<a href="https://example.org/x">https://example.org/x</a>');
    expect(html).toContain('<a href="mailto:team@example.com">team@example.com</a>');
    expect(html).toContain('not example.net.');
  });

  it('gives headings stable GitHub-style ids, unique within the page', () => {
    const markdown = '## What Is It?\n\n## What Is It?\n\n### Données & café\n';
    const html = renderMarkdown(markdown);
    expect(html).toContain('<h2 id="what-is-it">What Is It?</h2>');
    expect(html).toContain('<h2 id="what-is-it-1">What Is It?</h2>');
    expect(html).toContain('<h3 id="données--café">Données &amp; café</h3>');
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it('keeps FAQ details blocks, with Markdown answers rendered', () => {
    const html = renderMarkdown('<details open>\n  <summary>Is it offline?</summary>\n\nYes, **entirely**.\n\n</details>\n');
    expect(html).toContain('<details open="">');
    expect(html).toContain('<summary>Is it offline?</summary>');
    expect(html).toContain('<p>Yes, <strong>entirely</strong>.</p>');
  });

  it('keeps root-relative links and images, as articles use them', () => {
    const html = renderMarkdown('[Guide](/guides/offline-writing) ![Chart](/assets/guides/chart.png "Chart")\n');
    expect(html).toBe('<p><a href="/guides/offline-writing">Guide</a> <img src="/assets/guides/chart.png" alt="Chart" title="Chart"></p>\n');
  });
});

describe('renderMarkdownDocument: the outline', () => {
  it('lists headings, images and links with their lines, counted from the given first line', () => {
    const body = '## Intro\n\nSee [the guide](/guide) and\n![Chart](/assets/c.png).\n\n<p><a href="https://example.com">raw</a> <img src="/assets/raw.png" alt="Raw"></p>\n';
    const doc = renderMarkdownDocument(body, { firstLine: 14 });
    expect(doc.headings).toEqual([{ level: 2, text: 'Intro', id: 'intro', line: 14 }]);
    expect(doc.images).toEqual([
      { src: '/assets/c.png', alt: 'Chart', line: 17 },
      { src: '/assets/raw.png', alt: 'Raw', line: 19 },
    ]);
    expect(doc.links).toEqual([
      { href: '/guide', text: 'the guide', line: 16 },
      { href: 'https://example.com', text: 'raw', line: 19 },
    ]);
  });
});

describe('sanitising', () => {
  it('removes each dangerous element, with its content where it is code', () => {
    for (const tag of ['script', 'style', 'iframe', 'object', 'noscript', 'svg', 'math', 'template', 'textarea']) {
      const html = sanitizeHtml(`<p>before</p><${tag}>payload()</${tag}><p>after</p>`);
      expect(html, tag).toBe('<p>before</p><p>after</p>');
    }
    // <embed> is a void element: what follows it is ordinary text, as in a browser.
    expect(sanitizeHtml('<p>before</p><embed src="x.swf">text</embed>')).toBe('<p>before</p>text');
    expect(sanitizeHtml('<form action="/x"><p>kept text</p></form><base href="/"><meta charset="x"><link rel="x" href="/y">')).toBe('<p>kept text</p>');
  });

  it('drops everything after a script that is never closed, as a browser would run it', () => {
    expect(sanitizeHtml('<p>a</p><script>never closed <p>b</p>')).toBe('<p>a</p>');
  });

  it('closes every element it opens and ignores stray closing tags', () => {
    expect(sanitizeHtml('<div><p>open <em>inside')).toBe('<div><p>open <em>inside</em></p></div>');
    expect(sanitizeHtml('text</div></details> more')).toBe('text more');
  });

  it('lets no comment or attribute value swallow the content after it', () => {
    expect(sanitizeHtml('<abbr title="<!--">HTML</abbr> more <b>kept</b>')).toBe('<abbr title="&lt;!--">HTML</abbr> more <b>kept</b>');
    expect(sanitizeHtml('a <!-- note --> b <!-- unclosed')).toBe('a  b ');
  });

  it('keeps attribute values only where they are well formed (valid pages)', () => {
    expect(sanitizeHtml('<img src="/a.png" alt="a" width="100%" height="40"><time datetime="last tuesday">t</time><time datetime="2025-12-22">d</time><p dir="sideways" lang="??">x</p>')).toBe(
      '<img src="/a.png" alt="a" height="40"><time>t</time><time datetime="2025-12-22">d</time><p>x</p>',
    );
  });

  it('writes markup nested deeper than browsers nest as text', () => {
    const html = sanitizeHtml(`${'<div>'.repeat(600)}deep${'</div>'.repeat(600)}`);
    expect(html.startsWith('<div>'.repeat(512))).toBe(true);
    expect(html).toContain('&lt;div&gt;deep');
    expect(findExecutableContent(sanitizeHtml(`${'<span>'.repeat(600)}<img src=x onerror=alert(1)>`))).toEqual([]);
  });

  it('keeps only a disabled task-list checkbox from forms', () => {
    expect(sanitizeHtml('<input type="checkbox" checked><input title="type=checkbox"><input type="text">')).toBe('<input type="checkbox" checked="" disabled="">');
  });

  it('decodes entities once, so none is left to turn into javascript: later', () => {
    for (const url of ['java&Tab;script:alert(1)', '&#x26;#x6A;avascript:alert(2)', '&#38;#106;avascript&#38;colon;alert(3)', 'java&NewLine;script:alert(4)']) {
      const html = sanitizeHtml(`<a href="${url}">x</a><q cite="${url}">q</q>`);
      // What a browser sees after its one decoding: never a javascript: URL.
      expect(findExecutableContent(html), `${url} → ${html}`).toEqual([]);
      expect(html, url).not.toMatch(/="javascript:/i);
    }
    expect(sanitizeHtml('<a href="/x?a=1&amp;b=&lt;2&gt;">x</a>')).toBe('<a href="/x?a=1&amp;b=&lt;2&gt;">x</a>');
  });

  it('removes every on* attribute and keeps allowed ones', () => {
    expect(sanitizeHtml('<a href="/x" title="t" onclick="x()" onmouseover="y()">a</a>')).toBe('<a href="/x" title="t">a</a>');
  });

  it('refuses javascript:, vbscript: and data: URLs in any case, spacing or encoding', () => {
    for (const url of ['javascript:x()', 'JAVASCRIPT:x()', ' javascript:x()', 'java\nscript:x()', '&#106;avascript:x()', '&#x6a;avascript:x()', 'javascript&colon;x()', 'vbscript:x', 'data:text/html,x', 'DATA:image/png;base64,AA']) {
      expect(sanitizeHtml(`<a href="${url}">a</a><img src="${url}" alt="i">`), url).toBe('<a>a</a><img alt="i">');
    }
  });

  it('allows http, https, mailto and relative URLs', () => {
    const html = '<a href="https://a.example/x?y=1&amp;z=2">a</a><a href="mailto:a@b.example">m</a><a href="../up">u</a><a href="#frag">f</a><img src="/assets/a.png" alt="a"><img src="http://cdn.example/b.png" alt="b">';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('refuses mailto: as an image source', () => {
    expect(sanitizeHtml('<img src="mailto:a@b.example">')).toBe('<img alt="">');
  });

  it('keeps only text-align from style attributes, only on table cells, as a class the page CSS aligns', () => {
    expect(sanitizeHtml('<td style="text-align:right">1</td><td style="color:red">2</td><p style="text-align:left">p</p>')).toBe('<td class="align-right">1</td><td>2</td><p>p</p>');
  });

  for (const [index, payload] of HOSTILE_PAYLOADS.entries()) {
    it(`leaves nothing executable from payload ${index + 1}: ${payload.slice(0, 60)}`, () => {
      const inBody = renderMarkdown(`Intro\n\n${payload}\n\nOutro ${payload}\n`);
      const inFaq = renderMarkdown(`<details>\n<summary>${payload}</summary>\n\n${payload}\n\n</details>\n`);
      expect(findExecutableContent(inBody)).toEqual([]);
      expect(findExecutableContent(inFaq)).toEqual([]);
    });
  }

  it('the static checker itself finds what it should (so the tests above can fail)', () => {
    expect(findExecutableContent('<img src=x onerror=alert(1)><a href="jav&#x09;ascript:x">a</a><script>x</script>')).toEqual([
      'onerror attribute on <img>',
      'href="jav\tascript:x" on <a>',
      '<script> element',
    ]);
  });
});
