import { SCHEMA_CONTEXT, type GeneratedType, type JsonLdObject } from './types';

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

/**
 * schema.org subtypes the generated nodes stand for: an embedded BlogPosting
 * is the page's Article, an ItemPage its WebPage. Shipping both would tell
 * search engines two different stories about one page.
 */
const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'NewsArticle', 'TechArticle', 'ScholarlyArticle', 'Report', 'SocialMediaPosting', 'LiveBlogPosting', 'OpinionNewsArticle', 'AnalysisNewsArticle']);
const WEB_PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'ContactPage', 'ProfilePage', 'QAPage', 'MedicalWebPage', 'SearchResultsPage']);

/** The generated type a node is written as, if any (`["Article", "NewsArticle"]` and `BlogPosting` count as Article). */
export function generatedTypeOf(node: JsonLdObject): GeneratedType | undefined {
  const types = nodeTypes(node);
  if (types.includes('FAQPage')) return 'FAQPage';
  if (types.includes('BreadcrumbList')) return 'BreadcrumbList';
  if (types.some((type) => ARTICLE_TYPES.has(type))) return 'Article';
  if (types.some((type) => WEB_PAGE_TYPES.has(type))) return 'WebPage';
  return undefined;
}
