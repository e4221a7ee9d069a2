import type { Article } from '../article';
import type { ArticleFacts } from '../facts';
import { buildFromFacts, findEmbeddedJsonLd, jsonLdScriptTags, mergeJsonLd } from '../jsonld';
import type { WorkspaceSettings } from '../site';

/** The JSON-LD script blocks of a page: generated ones, plus embedded ones of other types. */
export function pageJsonLd(article: Article, facts: ArticleFacts, settings: WorkspaceSettings): string {
  return jsonLdScriptTags(mergeJsonLd(buildFromFacts(facts, settings), findEmbeddedJsonLd(article.body)));
}
