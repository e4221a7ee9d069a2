import type { Finding } from '../finding';
import type { LintTarget } from '../lint-target';
import { SEO_RULES } from '../rule-ids';

const MAX_NAMED = 3;
const same = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Titles and descriptions the article shares with other articles of the
 * workspace (ignoring case and spacing): search engines show one of such
 * pages and the results look alike.
 */
export function duplicateFindings(target: LintTarget): Finding[] {
  const { facts, context } = target;
  const others = context.articles.filter((other) => other.path !== target.path);
  const findings: Finding[] = [];
  const checks = [
    { value: facts.title, field: 'title' as const, ruleId: SEO_RULES.duplicateTitle },
    { value: facts.description, field: 'description' as const, ruleId: SEO_RULES.duplicateDescription },
  ];
  for (const { value, field, ruleId } of checks) {
    if (value === undefined) continue;
    const matches = others.filter((other) => other[field] !== null && same(other[field]) === same(value)).map((other) => other.path);
    if (matches.length === 0) continue;
    const named = matches.slice(0, MAX_NAMED).join(', ') + (matches.length > MAX_NAMED ? ` and ${matches.length - MAX_NAMED} more` : '');
    findings.push({ ruleId, severity: 'warning', line: target.keyLine(field), message: `${named} ${matches.length > 1 ? 'have' : 'has'} the same ${field}: each page needs its own.` });
  }
  return findings;
}
