import { articleHead, deleteField, parseArticle } from '../../article';
import { textField } from '../../facts';
import type { Finding } from '../finding';
import { countCharacters, TWITTER_DESCRIPTION_MAX, TWITTER_TITLE_MAX } from '../limits';
import type { LintTarget } from '../lint-target';
import { SEO_RULES } from '../rule-ids';
import { fixFromTexts } from '../text-fix';

const SOCIAL_FIELDS = [
  { source: 'title', fields: ['og_title', 'twitter_title'] },
  { source: 'description', fields: ['og_description', 'twitter_description'] },
] as const;

const list = (names: readonly string[]) => names.join(' and ');

/**
 * og/twitter fields: one not written falls back to the title or the
 * description (said once per pair, as info); one written with exactly the
 * same text is a copy that stops following the title when it changes.
 */
export function socialFindings(target: LintTarget): Finding[] {
  const { article } = target;
  const findings: Finding[] = [];
  // Removing a field changes only the head, and the head is a prefix of the
  // text: fixing it alone gives the same offsets without copying the body.
  const head = articleHead(article);
  for (const { source, fields } of SOCIAL_FIELDS) {
    const sourceValue = textField(article.data, source);
    const missing = fields.filter((field) => textField(article.data, field) === undefined);
    if (missing.length > 0) {
      findings.push({
        ruleId: SEO_RULES.socialFallback,
        severity: 'info',
        line: target.keyLine(source),
        message:
          sourceValue === undefined
            ? `${list(missing)} ${missing.length > 1 ? 'are' : 'is'} not set and there is no ${source} to fall back to: social cards get none.`
            : `${list(missing)} ${missing.length > 1 ? 'are' : 'is'} not set: social cards use the ${source}.`,
      });
    }
    for (const field of fields) {
      const value = textField(article.data, field);
      if (value === undefined || value !== sourceValue) continue;
      findings.push({
        ruleId: SEO_RULES.socialDuplicate,
        severity: 'info',
        line: target.keyLine(field),
        message: `${field} repeats the ${source} word for word; without it the card uses the ${source} and follows it when it changes.`,
        fix: fixFromTexts(`Remove ${field}`, head, deleteField(parseArticle(head), field).text),
      });
    }
  }
  return findings;
}

/** What X shows of the card, written or fallen back to. */
export function twitterLengthFindings(target: LintTarget): Finding[] {
  const { facts } = target;
  const findings: Finding[] = [];
  const checks = [
    { value: facts.twitterTitle, field: 'twitter_title', source: 'title', max: TWITTER_TITLE_MAX, ruleId: SEO_RULES.twitterTitleTooLong },
    { value: facts.twitterDescription, field: 'twitter_description', source: 'description', max: TWITTER_DESCRIPTION_MAX, ruleId: SEO_RULES.twitterDescriptionTooLong },
  ];
  for (const { value, field, source, max, ruleId } of checks) {
    if (value === undefined) continue;
    const characters = countCharacters(value);
    if (characters <= max) continue;
    const written = textField(target.article.data, field) !== undefined;
    findings.push({
      ruleId,
      severity: 'warning',
      line: target.keyLine(written ? field : source),
      message: `${field.replace('_', ':')} is ${characters} characters${written ? '' : ` (from the ${source})`}; X shows at most ${max}.${written ? '' : ` Write a shorter ${field}.`}`,
    });
  }
  return findings;
}
