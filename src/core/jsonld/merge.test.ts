import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import { buildJsonLd, findEmbeddedJsonLd, mergeJsonLd, nodeTypes } from './index';
import { EXAMPLE_PATH, EXAMPLE_SETTINGS, exampleArticle, STALE_BLOCKS } from './jsonld-fixtures.test-support';

const block = (json: string) => `<script type="application/ld+json">\n${json}\n</script>`;
const HOWTO = block('{ "@context": "https://schema.org", "@type": "HowTo", "name": "Dry seeds" }');
const PERSON_GRAPH = block('{ "@context": "https://schema.org", "@graph": [{ "@type": "Person", "name": "Ada" }, { "@type": "Article", "headline": "old" }] }');
const OTHER_CONTEXT = block('{ "@context": "https://example.org/vocab", "@type": "Custom", "x": 1 }');

function merged(blocks: string[], jsonLd: 'separate' | 'graph' = 'separate') {
  const article = parseArticle(exampleArticle({ blocks }));
  const settings = { ...EXAMPLE_SETTINGS, jsonLd };
  return { generated: buildJsonLd(article, settings, EXAMPLE_PATH), result: mergeJsonLd(buildJsonLd(article, settings, EXAMPLE_PATH), findEmbeddedJsonLd(article.body)) };
}

const typesOf = (objects: readonly Record<string, unknown>[]) => objects.flatMap((object) => (Array.isArray(object['@graph']) ? (object['@graph'] as Record<string, unknown>[]) : [object])).flatMap(nodeTypes);

describe('mergeJsonLd', () => {
  it('drops embedded blocks of generated types: the page carries each type once, as generated', () => {
    const { generated, result } = merged([...STALE_BLOCKS]);
    expect(result).toEqual(generated);
  });

  it('keeps embedded nodes of other types after the generated ones, each with a @context', () => {
    const { generated, result } = merged([...STALE_BLOCKS, HOWTO, PERSON_GRAPH]);
    expect(result.slice(0, generated.length)).toEqual(generated);
    expect(result.slice(generated.length)).toEqual([
      { '@context': 'https://schema.org', '@type': 'HowTo', name: 'Dry seeds' },
      { '@context': 'https://schema.org', '@type': 'Person', name: 'Ada' },
    ]);
  });

  it('never lists a type twice, whatever the embedded blocks repeat', () => {
    const { result } = merged([HOWTO, HOWTO, PERSON_GRAPH, block('[{ "@type": "Person", "name": "Bo" }, { "@type": ["FAQPage", "WebPage"] }]')]);
    const types = typesOf(result);
    expect(types).toEqual([...new Set(types)]);
    expect(result.filter((object) => object['@type'] === 'Person')).toEqual([{ '@context': 'https://schema.org', '@type': 'Person', name: 'Ada' }]);
  });

  it('leaves out invalid blocks', () => {
    const { generated, result } = merged([block('{ "@type": "HowTo", }')]);
    expect(result).toEqual(generated);
  });

  it('in graph mode adds schema.org nodes to the graph and keeps other contexts apart', () => {
    const { generated, result } = merged([...STALE_BLOCKS, HOWTO, OTHER_CONTEXT], 'graph');
    expect(result).toHaveLength(2);
    const graph = result[0]!['@graph'] as Record<string, unknown>[];
    expect(graph.slice(0, -1)).toEqual(generated[0]!['@graph']);
    expect(graph.at(-1)).toEqual({ '@type': 'HowTo', name: 'Dry seeds' });
    expect(result[1]).toEqual({ '@context': 'https://example.org/vocab', '@type': 'Custom', x: 1 });
  });

  it('keeps nodes without a type', () => {
    expect(mergeJsonLd([], findEmbeddedJsonLd(block('{ "name": "untyped" }')))).toEqual([{ '@context': 'https://schema.org', name: 'untyped' }]);
  });
});
