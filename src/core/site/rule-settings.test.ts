import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

describe('the "rules" setting', () => {
  it('is empty by default and keeps every valid entry', () => {
    expect(parseSettings(null).settings.rules).toEqual({});
    const { settings, problems } = parseSettings('{ "rules": { "seo/focus-keyword-url": "off", "seo/title-too-wide": "warning", "jsonld/breadcrumb-unlinked": "info" } }');
    expect(problems).toEqual([]);
    expect(settings.rules).toEqual({ 'seo/focus-keyword-url': 'off', 'seo/title-too-wide': 'warning', 'jsonld/breadcrumb-unlinked': 'info' });
  });

  it('reports an unknown rule id or a bad value with its line and keeps the other entries', () => {
    const text = '{\n  "siteName": "S",\n  "rules": {\n    "seo/title-too-wide": "off",\n    "title-missing": "off",\n    "seo/no-such-rule": "warning",\n    "seo/date-in-future": "warn"\n  }\n}';
    const { settings, problems } = parseSettings(text);
    expect(settings.rules).toEqual({ 'seo/title-too-wide': 'off' });
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['rules.title-missing', 5],
      ['rules.seo/no-such-rule', 6],
      ['rules.seo/date-in-future', 7],
    ]);
    expect(problems[0]?.message).toBe('unknown rule "title-missing" in "rules"; did you mean "seo/title-missing"?');
    expect(problems[1]?.message).toBe('unknown rule "seo/no-such-rule" in "rules"');
    expect(problems[2]?.message).toBe('"rules.seo/date-in-future" must be "off", "error", "warning", "info", not "warn"');
  });

  it('refuses a "rules" value that is not an object, naming its line', () => {
    const { settings, problems } = parseSettings('{\n  "rules": ["seo/title-missing"]\n}');
    expect(settings.rules).toEqual({});
    expect(problems).toEqual([{ key: 'rules', line: 2, message: '"rules" must be an object of rule ids, each set to "off", "error", "warning", "info"' }]);
  });
});
