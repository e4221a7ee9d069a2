/**
 * SEO checks and search-snippet measures, shared by the app's Checks panel,
 * its counters and snippet previews, and `article-studio lint`.
 */
export { applyFix, type Finding, type FindingFix, type FindingSeverity, type TextEdit } from './finding';
export type { FileFinding } from '../export/select-pages';
export { lintArticle, lintWorkspace, type LintArticleInput, type LintWorkspaceInput } from './lint-article';
export { buildLintContext, lintContextArticle, type LintContext, type LintContextArticle } from './lint-context';
export { arialWidth, cutToWidth, EMOJI_EM, type MeasureText } from './text-width';
export {
  TITLE_FONT_PX,
  TITLE_WARN_PX,
  TITLE_ERROR_PX,
  DESCRIPTION_FONT_PX,
  DESCRIPTION_DESKTOP_PX,
  DESCRIPTION_MOBILE_PX,
  DESCRIPTION_MIN_CHARS,
  DESCRIPTION_MAX_CHARS,
  TWITTER_TITLE_MAX,
  TWITTER_DESCRIPTION_MAX,
  countCharacters,
} from './limits';
export { SEO_RULES, JSONLD_RULE_IDS, LINT_RULE_IDS, RULE_SETTINGS, type RuleSetting, type SeoRuleId } from './rule-ids';
export { MAX_PARAGRAPH_WORDS, MAX_SENTENCE_WORDS, MIN_FLESCH_READING_EASE, MIN_FLESCH_WORDS } from './rules/readability';
