import { articleUrlPath } from '../../site';
import type { Finding, FindingSeverity } from '../finding';
import type { LintTarget } from '../lint-target';
import { containsPhrase } from '../phrase-match';
import { SEO_RULES } from '../rule-ids';

/**
 * The focus keyword (the first of `keywords`) where readers and search
 * engines look for it. Missing from the title or the description is a
 * warning: those are the result searchers choose from, matches in bold.
 * Missing from the first paragraph, every heading or the URL is info:
 * weaker signals, and renaming a published file to change its URL breaks
 * links.
 */
export function focusKeywordFindings(target: LintTarget): Finding[] {
  const { facts, paragraphs, headings } = target;
  const keywordsLine = target.keyLine('keywords');
  const keyword = facts.keywords[0];
  if (keyword === undefined) {
    return [{ ruleId: SEO_RULES.focusKeywordNone, severity: 'info', line: keywordsLine, message: 'No focus keyword: the first of keywords is the phrase the checks look for in the title, description, first paragraph, headings and URL.' }];
  }
  const findings: Finding[] = [];
  const missing = (ruleId: string, severity: FindingSeverity, line: number, where: string) =>
    findings.push({ ruleId, severity, line, message: `The focus keyword "${keyword}" is not in ${where}.` });

  if (!containsPhrase(facts.displayTitle, keyword)) missing(SEO_RULES.focusKeywordTitle, 'warning', target.keyLine('title'), 'the title');
  if (facts.description !== undefined && !containsPhrase(facts.description, keyword)) {
    missing(SEO_RULES.focusKeywordDescription, 'warning', target.keyLine('description'), 'the description');
  }
  const first = paragraphs[0];
  if (first && !containsPhrase(first.text, keyword)) missing(SEO_RULES.focusKeywordFirstParagraph, 'info', first.line, 'the first paragraph');
  if (!headings.some((heading) => containsPhrase(heading.text, keyword))) {
    missing(SEO_RULES.focusKeywordHeading, 'info', headings[0]?.line ?? keywordsLine, headings.length === 0 ? 'any heading (the body has none)' : 'any heading');
  }
  const urlPath = articleUrlPath(target.path);
  if (!containsPhrase(decodeURIComponent(urlPath), keyword)) missing(SEO_RULES.focusKeywordUrl, 'info', keywordsLine, `the URL ${urlPath}`);
  return findings;
}

