import { generatedTypeOf, jsonLdNodes, nodeTypes, standalone, typesOfNodes } from './nodes-of';
import type { EmbeddedJsonLd, JsonLdObject } from './types';

/**
 * The JSON-LD a page ships: the generated objects, then the embedded nodes
 * of types the generator does not produce (a HowTo, a Product…). No type
 * appears twice: the generated node wins over an embedded one (subtypes like
 * BlogPosting included), and of two embedded nodes of one type the first wins. Blocks that do not parse are
 * left out (checkJsonLd reports them).
 *
 * In graph mode (one generated object with `@graph`) embedded schema.org
 * nodes join that graph; anything with another `@context` stays its own object.
 */
export function mergeJsonLd(generated: readonly JsonLdObject[], embedded: readonly EmbeddedJsonLd[]): JsonLdObject[] {
  const seen = new Set(typesOfNodes(generated.flatMap((object) => jsonLdNodes(object))));
  const extra: JsonLdObject[] = [];
  for (const block of embedded) {
    for (const node of block.nodes) {
      const types = nodeTypes(node);
      // A node of a type the generator owns never ships from the body: an
      // FAQPage whose questions are no longer on the page is stale, not extra.
      if (generatedTypeOf(node) !== undefined || types.some((type) => seen.has(type))) continue;
      for (const type of types) seen.add(type);
      extra.push(node);
    }
  }
  const graphObject = generated.length === 1 && Array.isArray(generated[0]!['@graph']) ? generated[0]! : null;
  if (!graphObject) return [...generated, ...extra.map(standalone)];
  const joining = extra.filter(isSchemaOrgNode).map(({ '@context': _context, ...node }) => node);
  const apart = extra.filter((node) => !isSchemaOrgNode(node)).map(standalone);
  return [{ ...graphObject, '@graph': [...(graphObject['@graph'] as unknown[]), ...joining] }, ...apart];
}

function isSchemaOrgNode(node: JsonLdObject): boolean {
  const context = node['@context'];
  return context === undefined || (typeof context === 'string' && /^https?:\/\/schema\.org\/?$/i.test(context));
}
