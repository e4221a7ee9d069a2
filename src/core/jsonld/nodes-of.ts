import { GENERATED_TYPES, SCHEMA_CONTEXT, type GeneratedType, type JsonLdObject } from './types';

/**
 * The top-level nodes of a JSON-LD value as it may be written: one object,
 * an array of objects, or an object whose `@graph` holds them. A node taken
 * out of a container keeps the container's `@context`, so it can stand alone.
 */
export function jsonLdNodes(value: unknown): JsonLdObject[] {
  if (Array.isArray(value)) return value.flatMap((item) => jsonLdNodes(item));
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  if (!Array.isArray(graph)) return [value];
  const context = value['@context'];
  return graph.filter(isObject).map((node) => (context === undefined || '@context' in node ? node : { '@context': context, ...node }));
}

/** `"Article"`, `["Article", "NewsArticle"]`, `"schema:Article"` and `"https://schema.org/Article"` all name Article. */
export function nodeTypes(node: JsonLdObject): string[] {
  const type = node['@type'];
  const names = Array.isArray(type) ? type : [type];
  return names.filter((name): name is string => typeof name === 'string').map((name) => name.trim().replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

export function typesOfNodes(nodes: readonly JsonLdObject[]): string[] {
  return [...new Set(nodes.flatMap(nodeTypes))];
}

export function isObject(value: unknown): value is JsonLdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node as a top-level object: `@context` first, schema.org when it had none. */
export function standalone(node: JsonLdObject): JsonLdObject {
  const { '@context': context, ...rest } = node;
  return { '@context': context ?? SCHEMA_CONTEXT, ...rest };
}

/** The generated type a node is written as, if any (`["Article", "NewsArticle"]` counts as Article). */
export function generatedTypeOf(node: JsonLdObject): GeneratedType | undefined {
  const types = nodeTypes(node);
  return GENERATED_TYPES.find((type) => types.includes(type));
}
