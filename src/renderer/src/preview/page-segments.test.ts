import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/site';
import { parseArticle } from '../../../core/article';
import { renderPage } from '../../../core/page';
import { changedRun, joinSegments, pageSegments, sameShell, topLevelNodes } from './page-segments';

const page = (body: string) => renderPage(parseArticle(`---\ntitle: Segments\ndate: 2026-01-02\n---\n${body}`), DEFAULT_SETTINGS, 'guides/segments.md');

describe('topLevelNodes', () => {
  it('keeps every byte, one element or text run per node', () => {
    const html = '<p>a <b>b</b></p>\n<img src="x.png" alt="">\n<div><p>c</p></div>tail';
    const nodes = topLevelNodes(html);
    expect(nodes.join('')).toBe(html);
    expect(nodes).toEqual(['<p>a <b>b</b></p>', '\n', '<img src="x.png" alt="">', '\n', '<div><p>c</p></div>', 'tail']);
  });
});

describe('pageSegments', () => {
  it('cuts a real page into head nodes, article nodes and the page around them', () => {
    const html = page('Intro paragraph.\n\n## Section\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<details><summary>Q?</summary>\n\nA.\n\n</details>\n');
    const segments = pageSegments(html)!;
    const head = segments.head.join('');
    const article = segments.article.join('');
    expect(html).toContain(`<head>${head}</head>`);
    expect(html).toContain(`<article>${article}</article>`);
    expect(segments.beforeArticle.endsWith('<article>')).toBe(true);
    expect(segments.afterArticle.startsWith('</article>')).toBe(true);
    expect(segments.article.some((node) => node.startsWith('<h2'))).toBe(true);
    expect(segments.article.some((node) => node.startsWith('<details'))).toBe(true);
  });

  it('ends a child left open where the article ends, not with the closing tag', () => {
    const html = '<html><head><title>t</title></head><body><article><div>a</div><div>b</article><footer>f</footer></body></html>';
    const segments = pageSegments(html)!;
    expect(segments.article).toEqual(['<div>a</div>', '<div>b']);
    expect(segments.head).toEqual(['<title>t</title>']);
    expect(segments.beforeArticle).toBe('</head><body><article>');
    expect(segments.afterArticle).toBe('</article><footer>f</footer></body></html>');
  });

  it('gives the same nodes as cutting the article out and splitting it on its own', () => {
    const pages = [
      page('Intro.\n\n## A\n\n![img](/assets/x.png)\n\n<details><summary>Q?</summary>\n\nA.\n\n</details>\n\n---\n\nTail <br> text.\n'),
      '<html><head><meta charset="utf-8"><title>t</title></head><body><main><article><p>a<p>b<img src="x"><!-- c --><div>d</article></main></body></html>',
      '<html><head></head><body><article><script>var s = "</p>";</script>text</article></body></html>',
    ];
    for (const html of pages) {
      const segments = pageSegments(html)!;
      const start = html.indexOf('<article>') + '<article>'.length;
      const inner = html.slice(start, html.indexOf('</article>', start));
      expect(segments.article).toEqual(topLevelNodes(inner));
    }
  });

  it('holds every byte of the page once: joined, they give it back exactly', () => {
    const pages = [
      page('Intro.\n\n## A\n\n![img](/assets/x.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<details><summary>Q?</summary>\n\nA.\n\n</details>\n\n<div><p>raw <em>html</div>\n'),
      '<!doctype html>\n<html lang="en"><head>\n<meta charset="utf-8">\n<!-- c --><title>t</title>\n</head>\n<body class="x"><main><article><p>a<p>b<img src="x"><!-- c --><div>d</article></main>\n<footer>f</footer></body>\n</html>\n',
      '<html><head></head><body><article></article></body></html>',
      '<html><head><title>t</title></head><body><article><div>a</div><div>b</article><footer>f</footer></body></html>',
      // Tags that close themselves (a void element, self-closing foreign content, htmlparser2's other voids) and an article left open at the end.
      '<html><head><link rel="x"></head><body><article><svg/>\n<p>y</p><isindex>t<br/><math><mi/></math></article></body></html>',
      '<html><head></head><body><article><p>a<xmp>b',
      // What a page's text may hold: the old article placeholder, a NUL.
      '<html><head><title>\u0000article\u0000</title></head><body><nav>\u0000article\u0000</nav><article><p>\u0000</p></article></body></html>',
    ];
    for (const html of pages) expect(joinSegments(pageSegments(html)!)).toBe(html);
  });

  it('cuts self-closing and void tags as nodes of their own, with no empty node', () => {
    expect(topLevelNodes('<svg/>\n<p>y</p><isindex>t<img src="x">')).toEqual(['<svg/>', '\n', '<p>y</p>', '<isindex>', 't', '<img src="x">']);
    expect(pageSegments('<html><head></head><body><article><p>a<xmp>b')!.article).toEqual(['<p>a<xmp>b']);
  });

  it('gives null, not wrong segments, when an article holds another article', () => {
    expect(pageSegments('<html><head></head><body><article><p>a</p><article>b</article><p>c</p></article></body></html>')).toBeNull();
  });

  it('tells a change around the article (the body’s tag, the html’s lang) from one inside it', () => {
    const html = (lang: string, text: string) => `<html lang="${lang}"><head><title>t</title></head><body><article><p>${text}</p></article></body></html>`;
    expect(sameShell(pageSegments(html('en', 'a'))!, pageSegments(html('en', 'b'))!)).toBe(true);
    expect(sameShell(pageSegments(html('en', 'a'))!, pageSegments(html('de', 'a'))!)).toBe(false);
    const body = (cls: string) => `<html><head></head><body class="${cls}"><article>a</article></body></html>`;
    expect(sameShell(pageSegments(body('light'))!, pageSegments(body('dark'))!)).toBe(false);
  });

  it('gives null for a fragment with no article to patch', () => {
    expect(pageSegments('<p>no page</p>')).toBeNull();
  });
});

describe('changedRun', () => {
  it('replaces only the edited paragraph when one changes', () => {
    expect(changedRun(['a', 'b', 'c', 'd'], ['a', 'B', 'c', 'd'])).toEqual({ start: 1, removeCount: 1, insert: ['B'] });
  });

  it('handles insertions, deletions and a repeated node without overlapping', () => {
    expect(changedRun(['a', 'c'], ['a', 'b', 'c'])).toEqual({ start: 1, removeCount: 0, insert: ['b'] });
    expect(changedRun(['a', 'b', 'c'], ['a', 'c'])).toEqual({ start: 1, removeCount: 1, insert: [] });
    expect(changedRun(['x', 'x'], ['x', 'x', 'x'])).toEqual({ start: 2, removeCount: 0, insert: ['x'] });
    expect(changedRun(['a'], ['a'])).toEqual({ start: 1, removeCount: 0, insert: [] });
  });
});
