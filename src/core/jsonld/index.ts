/**
 * JSON-LD for article pages: generated from frontmatter, body and settings
 * (WebPage, Article, FAQPage, BreadcrumbList), written as script tags,
 * merged with blocks written in the body, and checked against them.
 */
export { buildJsonLd, buildFromFacts } from './build';
export { jsonLdScriptTag, jsonLdScriptTags, scriptSafeJson } from './script-tags';
export { findEmbeddedJsonLd } from './embedded';
export { mergeJsonLd } from './merge';
export { checkJsonLd, JSONLD_RULES, MAX_HEADLINE_LENGTH } from './check';
export { REPLACE_EMBEDDED_TITLE } from './fix';
export { jsonLdNodes, nodeTypes } from './nodes-of';
export { SCHEMA_CONTEXT, GENERATED_TYPES, type GeneratedType, type JsonLdObject, type EmbeddedJsonLd } from './types';
