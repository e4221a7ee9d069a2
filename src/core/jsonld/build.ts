import type { Graph, Thing } from 'schema-dts';
import type { Article } from '../article';
import type { WorkspaceSettings } from '../site';
import { articleNode, breadcrumbListNode, faqPageNode, graphIds, webPageNode } from './nodes';
import { articleFacts, type ArticleFacts } from '../facts';
import { SCHEMA_CONTEXT, type JsonLdObject } from './types';

/**
 * The JSON-LD for an article page, following `settings.jsonLd`:
 * - 'separate': WebPage, Article, FAQPage (only when the body has FAQ items)
 *   and BreadcrumbList, each a complete object with its own `@context`;
 * - 'graph': one object whose `@graph` holds the same nodes with `@id`s
 *   (`url#webpage`, `#article`, `#faq`, `#breadcrumb`) referring to each other.
 * `path` is the workspace-relative article path (`guides/x.md`).
 */
export function buildJsonLd(article: Article, settings: WorkspaceSettings, path: string): JsonLdObject[] {
  return buildFromFacts(articleFacts(article, settings, path), settings);
}

export function buildFromFacts(facts: ArticleFacts, settings: WorkspaceSettings): JsonLdObject[] {
  if (settings.jsonLd === 'graph') {
    const ids = graphIds(facts.url);
    const faqPage = faqPageNode(facts, ids);
    const nodes: Thing[] = [webPageNode(facts, settings, ids), articleNode(facts, settings, ids), ...(faqPage ? [faqPage] : []), breadcrumbListNode(facts, ids)];
    const graph: Graph = { '@context': SCHEMA_CONTEXT, '@graph': nodes };
    return [asJson(graph)];
  }
  const nodes = [webPageNode(facts, settings, null), articleNode(facts, settings, null), faqPageNode(facts, null), breadcrumbListNode(facts, null)];
  return nodes.filter((node) => node !== null).map((node) => ({ '@context': SCHEMA_CONTEXT, ...asJson(node) }));
}

/** schema-dts types are plain JSON by construction; the public API deals in plain objects. */
function asJson(value: object): JsonLdObject {
  return value as JsonLdObject;
}
