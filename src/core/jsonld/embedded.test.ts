import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import { findEmbeddedJsonLd } from './index';
import { exampleArticle, STALE_BLOCKS } from './jsonld-fixtures.test-support';

const block = (json: string, open = '<script type="application/ld+json">') => `${open}\n${json}\n</script>`;
const indent = (text: string, prefix: string) => text.replace(/^/gm, prefix);
const THING = '{ "@context": "https://schema.org", "@type": "HowTo", "name": "Dry seeds" }';

describe('findEmbeddedJsonLd', () => {
  it('finds the four blocks of a reference-shaped article with their types, offsets and body lines', () => {
    const article = parseArticle(exampleArticle());
    const found = findEmbeddedJsonLd(article.body);
    expect(found.map((b) => b.types)).toEqual([['WebPage'], ['Article'], ['FAQPage'], ['BreadcrumbList']]);
    for (const [index, b] of found.entries()) {
      expect(article.body.slice(b.start, b.end)).toBe(STALE_BLOCKS[index]);
      expect(b.valid).toBe(true);
      const lines = article.body.split('\n');
      expect(lines[b.line - 1]).toBe('<script type="application/ld+json">');
      expect(lines[b.endLine - 1]).toBe('</script>');
      expect(article.body.slice(b.contentStart, b.contentEnd).trim().startsWith('{')).toBe(true);
    }
  });

  it('matches the type attribute in any case and quoting, among other attributes, and ignores other scripts', () => {
    const opens = [
      '<script type="application/ld+json">',
      "<script type='application/ld+json'>",
      '<script type=application/ld+json>',
      '<SCRIPT TYPE="Application/LD+JSON">',
      '<script id="x" type = "application/ld+json" data-a="1">',
    ];
    const body = [...opens.map((open) => block(THING, open)), '<script>var a = 1;</script>', '<script type="text/javascript">{}</script>', '<script data-type="application/ld+json">{}</script>'].join('\n\n');
    const found = findEmbeddedJsonLd(body);
    expect(found).toHaveLength(opens.length);
    for (const b of found) expect(b).toMatchObject({ valid: true, types: ['HowTo'] });
    expect(found.map((b) => b.line)).toEqual([1, 5, 9, 13, 17]);
  });

  it('reads arrays and @graph, with prefixed and multiple types', () => {
    const array = findEmbeddedJsonLd(block('[{ "@type": "Article" }, { "@type": "schema:Person" }, 3]'))[0]!;
    expect(array.types).toEqual(['Article', 'Person']);
    expect(array.nodes).toHaveLength(2);
    const graph = findEmbeddedJsonLd(block('{ "@context": "https://schema.org", "@graph": [{ "@type": ["Article", "NewsArticle"] }, { "@type": "https://schema.org/WebPage" }] }'))[0]!;
    expect(graph.types).toEqual(['Article', 'NewsArticle', 'WebPage']);
    expect(graph.nodes[0]).toEqual({ '@context': 'https://schema.org', '@type': ['Article', 'NewsArticle'] });
    expect(graph.valid && graph.value).toMatchObject({ '@graph': expect.any(Array) });
  });

  it('reports invalid JSON with the body line of the error, and never throws', () => {
    const body = ['Intro', '', block('{\n  "@type": "HowTo",\n  "name": "x",\n}'), '', block(THING)].join('\n');
    const found = findEmbeddedJsonLd(body);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ valid: false, line: 3, errorLine: 7, types: [], nodes: [] });
    expect(found[0]!.valid ? '' : found[0]!.error).toMatch(/trailing comma/);
    expect(found[1]).toMatchObject({ valid: true, line: 10 });
    expect(findEmbeddedJsonLd(block(''))[0]).toMatchObject({ valid: false, errorLine: 3 });
  });

  it('reports a block that is never closed', () => {
    const found = findEmbeddedJsonLd('Text\n<script type="application/ld+json">\n{ "@type": "HowTo" }\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ valid: false, line: 2, error: expect.stringMatching(/never closed/) });
    expect(found[0]!.end).toBe('Text\n<script type="application/ld+json">\n{ "@type": "HowTo" }\n'.length);
  });

  it('ignores blocks inside fenced and indented code, code spans and HTML comments', () => {
    const body = [
      '```html',
      block(THING),
      '```',
      '',
      '- a list item',
      '',
      '  ~~~',
      indent(block(THING), '  '),
      '  ~~~',
      '',
      'Paragraph.',
      '',
      indent(block(THING), '    '),
      '',
      'Inline `<script type="application/ld+json">{}</script>` code.',
      '',
      '<!--',
      block(THING),
      '-->',
      '',
      block('{ "@type": "Recipe" }'),
    ].join('\n');
    const found = findEmbeddedJsonLd(body);
    expect(found.map((b) => b.types)).toEqual([['Recipe']]);
    expect(found[0]!.line).toBe(body.split('\n').indexOf('{ "@type": "Recipe" }'));
    // The same blocks outside code are found.
    expect(findEmbeddedJsonLd(body.replace(/```html|```|~~~/g, '').replace(/<!--|-->/g, '')).length).toBeGreaterThan(1);
  });

  it('is not fooled by a script whose JSON mentions fences, comments or closing tags in strings', () => {
    const body = [block('{ "@type": "HowTo", "text": "```  <!-- `" }'), block('{ "@type": "Recipe" }')].join('\n');
    expect(findEmbeddedJsonLd(body).map((b) => b.types)).toEqual([['HowTo'], ['Recipe']]);
    expect(findEmbeddedJsonLd('')).toEqual([]);
  });
});
