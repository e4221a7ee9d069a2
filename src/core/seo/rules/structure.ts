import { brokenPageLinks, missingFileProblem, pageReferences, unpublishableFileProblem } from '../../export';
import { articleUrlPath } from '../../site';
import type { Finding } from '../finding';
import type { LintTarget } from '../lint-target';
import { SEO_RULES } from '../rule-ids';

/**
 * Headings go down one level at a time. The title is the page's h1, so the
 * body starts at h2 and an h1 in it is a second h1.
 */
export function headingFindings(target: LintTarget): Finding[] {
  const findings: Finding[] = [];
  let previous = 1;
  for (const heading of target.headings) {
    if (heading.level === 1) {
      findings.push({ ruleId: SEO_RULES.headingH1InBody, severity: 'warning', line: heading.line, message: `"${heading.text}" is a level-1 heading, but the title is the page's h1: make it ## (h2).` });
    } else if (heading.level > previous + 1) {
      const after = previous === 1 ? 'the title (h1)' : `an h${previous}`;
      findings.push({ ruleId: SEO_RULES.headingSkippedLevel, severity: 'warning', line: heading.line, message: `"${heading.text}" is an h${heading.level} after ${after}: h${previous + 1} is skipped.` });
    }
    previous = heading.level;
  }
  return findings;
}

export function imageAltFindings(target: LintTarget): Finding[] {
  return target.outline.images
    .filter((image) => image.alt.trim() === '')
    .map((image) => ({ ruleId: SEO_RULES.imageMissingAlt, severity: 'warning', line: image.line, message: `The image ${image.src} has no alt text: screen readers and image search get nothing. Describe it in the alt text.` }));
}

/**
 * The references the export follows (body links and images, the `image`
 * field, breadcrumb links), checked against the workspace as the export
 * checks them, with the export's own messages.
 */
export function referenceFindings(target: LintTarget): Finding[] {
  const { article, facts, outline, settings, context } = target;
  const urlPath = articleUrlPath(target.path);
  const references = pageReferences({ urlPath, article }, facts, outline, settings);
  const articleUrls = new Set([urlPath, ...context.articles.map((other) => articleUrlPath(other.path))]);
  // The front page always exists on the exported site.
  const siteUrls = new Set([...articleUrls, '/']);
  const findings: Finding[] = brokenPageLinks({ summary: { path: target.path }, pageLinks: references.pageLinks }, siteUrls, articleUrls).map(({ line, message }) => ({
    ruleId: SEO_RULES.brokenLink,
    severity: 'error',
    line,
    message,
  }));
  const files = new Set(context.files);
  for (const { path, line } of references.files) {
    const problem = unpublishableFileProblem(path) ?? (files.has(path) ? null : missingFileProblem(path));
    if (problem !== null) findings.push({ ruleId: SEO_RULES.missingAsset, severity: 'error', line, message: problem });
  }
  return findings;
}
