import { isArticleError, parseArticle } from '../article';
import type { FileFinding } from '../export/select-pages';
import { checkJsonLd } from '../jsonld';
import type { WorkspaceSettings } from '../site';
import type { Finding } from './finding';
import { TITLE_FONT_PX } from './limits';
import { buildLintContext, type LintContext } from './lint-context';
import { lintTarget, type LintTarget } from './lint-target';
import { SEO_RULES } from './rule-ids';
import { dateFindings } from './rules/dates';
import { duplicateFindings } from './rules/duplicates';
import { faqFindings } from './rules/faq';
import { focusKeywordFindings } from './rules/focus-keyword';
import { readabilityFindings } from './rules/readability';
import { socialFindings, twitterLengthFindings } from './rules/social';
import { headingFindings, imageAltFindings, referenceFindings } from './rules/structure';
import { descriptionFindings, titleFindings } from './rules/title-description';
import { arialWidth, type MeasureText } from './text-width';

export interface LintArticleInput {
  /** Workspace-relative, '/'-separated: the article's URL is made of it. */
  readonly path: string;
  /** The whole file, as in the editor (unsaved edits included). */
  readonly text: string;
  readonly settings: WorkspaceSettings;
  readonly context: LintContext;
  /** For dates in the future. */
  readonly now: Date;
  /** Pixel width at the title font (Arial 20 px): canvas in the app; by default the Arial table. */
  readonly measure?: MeasureText;
}

const RULES: readonly ((target: LintTarget) => Finding[])[] = [
  titleFindings,
  descriptionFindings,
  socialFindings,
  twitterLengthFindings,
  focusKeywordFindings,
  headingFindings,
  imageAltFindings,
  referenceFindings,
  faqFindings,
  (target) => checkJsonLd(target.article, target.settings, target.path),
  dateFindings,
  duplicateFindings,
  readabilityFindings,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every SEO check of one article, as the app's Checks panel and
 * `article-studio lint` report them: in file-line order, each with its rule
 * id, severity and file line, with the workspace's `rules` setting applied
 * (rules set "off" left out, others at the severity set). An article whose
 * frontmatter does not parse gets that one finding.
 */
export function lintArticle(input: LintArticleInput): FileFinding[] {
  const { path, text, settings } = input;
  let findings: Finding[];
  try {
    const article = parseArticle(text);
    const measure = input.measure ?? ((title: string) => arialWidth(title, TITLE_FONT_PX));
    const target = lintTarget({ path, article, settings, context: input.context, now: input.now, measure });
    findings = RULES.flatMap((rule) => rule(target));
  } catch (error) {
    if (!isArticleError(error)) throw error;
    findings = [{ ruleId: SEO_RULES.invalidFrontmatter, severity: 'error', line: error.line, message: `The frontmatter does not parse, so nothing else was checked: ${error.reason}` }];
  }
  return applyRuleSettings(findings, settings)
    .map((finding) => ({ file: path, ...finding }))
    .sort((a, b) => a.line - b.line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
}

function applyRuleSettings(findings: readonly Finding[], settings: WorkspaceSettings): Finding[] {
  return findings.flatMap((finding) => {
    const setting = Object.hasOwn(settings.rules, finding.ruleId) ? settings.rules[finding.ruleId] : undefined;
    if (setting === undefined) return [finding];
    return setting === 'off' ? [] : [{ ...finding, severity: setting }];
  });
}

export interface LintWorkspaceInput {
  /** Every article of the workspace, with its text. */
  readonly articles: readonly { readonly path: string; readonly text: string }[];
  /** Every workspace file path, '/'-separated. */
  readonly files: readonly string[];
  readonly settings: WorkspaceSettings;
  readonly now: Date;
  readonly measure?: MeasureText;
}

/**
 * Every article checked against the others (links, duplicate titles and
 * descriptions) and the files; findings by file, then line.
 */
export function lintWorkspace(input: LintWorkspaceInput): FileFinding[] {
  const context = buildLintContext(input.articles, input.files);
  return [...input.articles]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((article) => lintArticle({ path: article.path, text: article.text, settings: input.settings, context, now: input.now, ...(input.measure ? { measure: input.measure } : {}) }));
}
