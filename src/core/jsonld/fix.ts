import type { Article } from '../article';
import type { FindingFix, TextEdit } from '../seo/finding';
import { generatedTypeOf, jsonLdNodes, standalone } from './nodes-of';
import { jsonLdScriptTags } from './script-tags';
import type { EmbeddedJsonLd, GeneratedType, JsonLdObject } from './types';

export const REPLACE_EMBEDDED_TITLE = 'Replace the embedded JSON-LD with the generated blocks';

/**
 * Rewrites, in place, each embedded block holding a node of a type the page
 * generates, so the article keeps its layout. Separate mode: each generated
 * object is written once, where the first block of its type was. Graph mode:
 * the graph goes where the first such block was. Nodes of other types in a
 * rewritten block are kept as blocks of their own, and a block left with
 * nothing is removed together with its line.
 */
export function replaceEmbeddedFix(article: Article, embedded: readonly EmbeddedJsonLd[], generated: readonly JsonLdObject[]): FindingFix {
  const graphMode = generated.length === 1 && Array.isArray(generated[0]!['@graph']);
  // Every node of a type the generator owns goes, even one not generated
  // now (an FAQPage left behind after the FAQ was deleted).
  const isReplaced = (node: JsonLdObject): boolean => generatedTypeOf(node) !== undefined;
  const written = new Set<GeneratedType | undefined>();
  const edits: TextEdit[] = [];
  for (const block of embedded) {
    if (!block.nodes.some(isReplaced)) continue;
    const blockTypes = new Set(block.nodes.map(generatedTypeOf));
    const wanted = (object: JsonLdObject): boolean =>
      graphMode ? written.size === 0 : jsonLdNodes(object).some((node) => blockTypes.has(generatedTypeOf(node)) && !written.has(generatedTypeOf(node)));
    const replacements = generated.filter(wanted);
    for (const object of replacements) for (const node of jsonLdNodes(object)) written.add(generatedTypeOf(node));
    const others = block.nodes.filter((node) => !isReplaced(node)).map(standalone);
    const text = jsonLdScriptTags([...replacements, ...others]).replace(/\n/g, article.eol);
    const range = text === '' ? wholeLines(article.body, block.start, block.end) : block;
    edits.push({ start: article.layout.bodyStart + range.start, end: article.layout.bodyStart + range.end, text });
  }
  return { title: REPLACE_EMBEDDED_TITLE, edits };
}

/** When a removed block is alone on its lines, the lines go too, so no blank line is left behind. */
function wholeLines(body: string, start: number, end: number): { start: number; end: number } {
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const newline = body.indexOf('\n', end);
  const lineEnd = newline === -1 ? body.length : newline + 1;
  const alone = body.slice(lineStart, start).trim() === '' && body.slice(end, lineEnd).trim() === '';
  return alone ? { start: lineStart, end: lineEnd } : { start, end };
}
