import { describe, expect, it } from 'vitest';
import { JSONLD_RULES } from '../jsonld';
import { LINT_RULE_IDS, SEO_RULES } from './rule-ids';

describe('rule ids', () => {
  it('knows every JSON-LD rule the checks include, so a workspace can switch each off', () => {
    for (const id of Object.values(JSONLD_RULES)) expect(LINT_RULE_IDS.has(id), id).toBe(true);
  });

  it('names every SEO rule seo/<kebab-case> and never twice', () => {
    const ids = Object.values(SEO_RULES);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^seo\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
