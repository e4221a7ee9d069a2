import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import { buildJsonLd, jsonLdScriptTags } from './index';
import { EXAMPLE_PATH, EXAMPLE_SETTINGS, exampleArticle } from './jsonld-fixtures.test-support';

/** The JSON of every `<script type="application/ld+json">` in `html`, parsed. */
function scriptContents(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/g)].map((match) => JSON.parse(match[1]!));
}

describe('jsonLdScriptTags', () => {
  it('writes one pretty-printed block per object', () => {
    const html = jsonLdScriptTags([{ '@context': 'https://schema.org', '@type': 'Thing', name: 'A' }, { '@type': 'Thing' }]);
    expect(html).toBe(
      [
        '<script type="application/ld+json">',
        '{\n  "@context": "https://schema.org",\n  "@type": "Thing",\n  "name": "A"\n}',
        '</script>',
        '<script type="application/ld+json">',
        '{\n  "@type": "Thing"\n}',
        '</script>',
      ].join('\n'),
    );
    expect(jsonLdScriptTags([])).toBe('');
  });

  it('escapes <, >, & and line separators so no value can close the element, and the values survive', () => {
    const hostile = 'Seeds </script><script>alert(1)</script> & <!-- more --> \u2028\u2029 </SCRIPT >';
    const html = jsonLdScriptTags([{ '@type': 'Article', headline: hostile, nested: [{ text: '</script>' }] }]);
    const content = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(content).not.toMatch(/[<>&\u2028\u2029]/);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(content).toContain('\\u003c/script\\u003e');
    expect(scriptContents(html)).toEqual([{ '@type': 'Article', headline: hostile, nested: [{ text: '</script>' }] }]);
  });

  it('round-trips the generated JSON-LD of an article whose title would close the script', () => {
    const title = 'Why </script> breaks pages & how <b>not</b> to';
    const article = parseArticle(exampleArticle({ frontmatter: { title: JSON.stringify(title), breadcrumbs: null } }));
    const objects = buildJsonLd(article, EXAMPLE_SETTINGS, EXAMPLE_PATH);
    const html = jsonLdScriptTags(objects);
    expect(html.match(/<\/script>/g)).toHaveLength(objects.length);
    expect(scriptContents(html)).toEqual(objects);
    expect(scriptContents(html)[1]).toMatchObject({ headline: title });
  });
});
