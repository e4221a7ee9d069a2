import type { Article } from '../article';
import type { Finding, FindingFix } from '../seo/finding';
import type { WorkspaceSettings } from '../site';
import { buildFromFacts } from './build';
import { disagreements } from './compare';
import { findEmbeddedJsonLd } from './embedded';
import { replaceEmbeddedFix } from './fix';
import { frontmatterKeyLine } from '../facts';
import { generatedTypeOf, jsonLdNodes } from './nodes-of';
import { articleFacts, type ArticleFacts } from '../facts';
import type { GeneratedType, JsonLdObject } from './types';

export const JSONLD_RULES = {
  headlineTooLong: 'jsonld/headline-too-long',
  embeddedDisagrees: 'jsonld/embedded-disagrees',
  embeddedInvalid: 'jsonld/embedded-invalid',
  breadcrumbUnlinked: 'jsonld/breadcrumb-unlinked',
} as const;

/** Google ignores Article headlines longer than this (in characters). */
export const MAX_HEADLINE_LENGTH = 110;

/** Problems with the JSON-LD an article's page will carry, in file-line order. */
export function checkJsonLd(article: Article, settings: WorkspaceSettings, path: string): Finding[] {
  const facts = articleFacts(article, settings, path);
  const findings = [...headlineFindings(article, facts), ...breadcrumbFindings(article, facts), ...embeddedFindings(article, facts, settings)];
  return findings.sort((a, b) => a.line - b.line);
}

function headlineFindings(article: Article, facts: ArticleFacts): Finding[] {
  // Code points, as people count characters: an emoji is one, not two UTF-16 units.
  const length = facts.title !== undefined ? [...facts.title].length : 0;
  if (length <= MAX_HEADLINE_LENGTH) return [];
  return [{
    ruleId: JSONLD_RULES.headlineTooLong,
    severity: 'error',
    message: `The title is ${length} characters; Google uses an Article headline of at most ${MAX_HEADLINE_LENGTH}. Shorten the title.`,
    line: frontmatterKeyLine(article, 'title') ?? 1,
  }];
}

function breadcrumbFindings(article: Article, facts: ArticleFacts): Finding[] {
  const line = (facts.crumbsWritten ? frontmatterKeyLine(article, 'breadcrumbs') : frontmatterKeyLine(article, 'title')) ?? 1;
  return facts.crumbs.slice(0, -1).flatMap((crumb): Finding[] =>
    crumb.url !== undefined
      ? []
      : [{
          ruleId: JSONLD_RULES.breadcrumbUnlinked,
          severity: 'warning',
          message: `Breadcrumb "${crumb.name}" has no link, so its BreadcrumbList item has no URL: add "${crumb.name}" to breadcrumbLinks in the workspace settings.`,
          line,
        }],
  );
}

function embeddedFindings(article: Article, facts: ArticleFacts, settings: WorkspaceSettings): Finding[] {
  const embedded = findEmbeddedJsonLd(article.body);
  const generated = buildFromFacts(facts, settings);
  const generatedNodes = new Map<string, JsonLdObject>();
  for (const node of generated.flatMap((object) => jsonLdNodes(object))) generatedNodes.set(generatedTypeOf(node)!, node);
  const fileLine = (bodyLine: number): number => bodyLine + article.bodyLine - 1;
  const findings: Finding[] = [];
  let fix: FindingFix | undefined;

  for (const block of embedded) {
    if (!block.valid) {
      findings.push({
        ruleId: JSONLD_RULES.embeddedInvalid,
        severity: 'error',
        message: `Embedded JSON-LD is not valid JSON (line ${fileLine(block.errorLine)}: ${block.error}); search engines ignore the whole block.`,
        line: fileLine(block.line),
      });
      continue;
    }
    const differences: { type: GeneratedType; fields: string[] }[] = [];
    for (const node of block.nodes) {
      const type = generatedTypeOf(node);
      if (type === undefined) continue;
      const generatedNode = generatedNodes.get(type);
      if (!generatedNode) {
        differences.push({ type, fields: [`the page has no ${type === 'FAQPage' ? 'FAQ items' : type}, so this block describes content that is not there`] });
        continue;
      }
      const fields = disagreements(type, node, generatedNode, facts.url);
      if (fields.length > 0) differences.push({ type, fields });
    }
    if (differences.length === 0) continue;
    fix ??= replaceEmbeddedFix(article, embedded, generated);
    findings.push({ ruleId: JSONLD_RULES.embeddedDisagrees, severity: 'warning', message: disagreementMessage(differences), line: fileLine(block.line), fix });
  }
  return findings;
}

function disagreementMessage(differences: readonly { type: GeneratedType; fields: string[] }[]): string {
  if (differences.length === 1) return `Embedded ${differences[0]!.type} JSON-LD disagrees with the frontmatter: ${differences[0]!.fields.join('; ')}`;
  return `Embedded JSON-LD disagrees with the frontmatter: ${differences.map(({ type, fields }) => `${type} ${fields.join('; ')}`).join('; ')}`;
}
