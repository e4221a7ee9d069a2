import type { Article } from '../article';
import { buildJsonLd, findEmbeddedJsonLd, jsonLdScriptTags, mergeJsonLd } from '../jsonld';
import type { WorkspaceSettings } from '../site';

/** The JSON-LD script blocks of a page: generated ones, plus embedded ones of other types. */
export function pageJsonLd(article: Article, settings: WorkspaceSettings, path: string): string {
  const generated = buildJsonLd(article, settings, path);
  return jsonLdScriptTags(mergeJsonLd(generated, findEmbeddedJsonLd(article.body)));
}
