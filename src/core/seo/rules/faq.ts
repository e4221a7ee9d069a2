import { faqAnswerText } from '../../facts';
import { findFaqQuestions } from '../../faq';
import { locateFaq } from '../../faq/faq-find';
import { faqHeadingBefore, isFaqHeadingText } from '../../faq/headings';
import type { Finding } from '../finding';
import type { LintTarget } from '../lint-target';
import { SEO_RULES } from '../rule-ids';

/**
 * The visible FAQ against the FAQPage made from it: a heading with no
 * questions under it shows an empty section, and an item without a question
 * or an answer is shown but left out of the structured data. (Embedded
 * FAQPage blocks that disagree are the JSON-LD check's: jsonld/embedded-disagrees.)
 */
export function faqFindings(target: LintTarget): Finding[] {
  const { article } = target;
  const fileLine = (bodyLine: number) => bodyLine + article.bodyLine - 1;
  const findings: Finding[] = [];
  const { headings, items } = locateFaq(article.body);
  for (const heading of headings.filter((each) => isFaqHeadingText(each.text))) {
    if (items.some((item) => faqHeadingBefore(headings, item.start) === heading)) continue;
    findings.push({
      ruleId: SEO_RULES.faqHeadingEmpty,
      severity: 'warning',
      line: fileLine(heading.line),
      message: `"${heading.text}" has no questions under it: add <details><summary>Question?</summary> answer </details> items, or remove the heading.`,
    });
  }
  for (const item of findFaqQuestions(article.body)) {
    const noQuestion = item.question === '';
    // Links need no resolving to tell whether an answer has any text.
    const noAnswer = faqAnswerText(item, () => null) === '';
    if (!noQuestion && !noAnswer) continue;
    const what = noQuestion && noAnswer ? 'has neither a question nor an answer' : noQuestion ? 'has no question in its <summary>' : `"${item.question}" has no answer`;
    findings.push({ ruleId: SEO_RULES.faqItemIncomplete, severity: 'warning', line: fileLine(item.startLine), message: `This FAQ item ${what}, so the FAQPage structured data leaves it out.` });
  }
  return findings;
}
