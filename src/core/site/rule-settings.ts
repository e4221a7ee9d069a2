import { LINT_RULE_IDS, RULE_SETTINGS, type RuleSetting } from '../seo/rule-ids';
import type { SettingsProblem } from './settings';

const CHOICES = RULE_SETTINGS.map((choice) => `"${choice}"`).join(', ');

/**
 * The `rules` setting: rule id → "off" | "error" | "warning" | "info". Read
 * entry by entry, so a typo in one id (reported with its line) does not
 * switch every other rule back on.
 */
export function readRuleSettings(value: unknown, lineOf: (path: readonly string[]) => number): { rules: Record<string, RuleSetting>; problems: SettingsProblem[] } {
  const rules: Record<string, RuleSetting> = {};
  const problems: SettingsProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ key: 'rules', message: `"rules" must be an object of rule ids, each set to ${CHOICES}`, line: lineOf(['rules']) });
    return { rules, problems };
  }
  for (const [id, setting] of Object.entries(value)) {
    const key = `rules.${id}`;
    if (!LINT_RULE_IDS.has(id)) {
      problems.push({ key, message: `unknown rule "${id}" in "rules"${suggestion(id)}`, line: lineOf(['rules', id]) });
    } else if (typeof setting !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(setting)) {
      problems.push({ key, message: `"${key}" must be ${CHOICES}, not ${JSON.stringify(setting)}`, line: lineOf(['rules', id]) });
    } else {
      rules[id] = setting as RuleSetting;
    }
  }
  return { rules, problems };
}

/** `title-missing` for `seo/title-missing`: the prefix is easy to forget. */
function suggestion(id: string): string {
  const known = [...LINT_RULE_IDS].find((rule) => rule.endsWith(`/${id}`));
  return known ? `; did you mean "${known}"?` : '';
}
