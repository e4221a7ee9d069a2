import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../site';
import { applyFix } from './finding';
import { lintArticle, lintWorkspace } from './lint-article';
import { CLEAN_EXCEPT, CONTEXT, GOOD, GOOD_PATH, lint, NOW, withField } from './lint.test-support';

describe('lintArticle', () => {
  it('finds nothing wrong with a good article', () => {
    expect(lint(GOOD).filter((finding) => !CLEAN_EXCEPT.includes(finding.ruleId))).toEqual([]);
  });

  it('reports findings in line order with the file, rule id and severity', () => {
    const text = withField('title', '""', withField('date', '2025-02-30'));
    const findings = lint(text);
    expect(findings.map((f) => [f.file, f.line, f.severity, f.ruleId])).toEqual(
      expect.arrayContaining([
        [GOOD_PATH, 2, 'error', 'seo/date-invalid'],
        [GOOD_PATH, 4, 'error', 'seo/title-missing'],
      ]),
    );
    const lines = findings.map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports frontmatter that does not parse with its line, and nothing else', () => {
    expect(lint('---\ntitle: "Open\ndate: 2025-01-01\n---\nBody\n')).toEqual([
      { file: GOOD_PATH, line: 2, severity: 'error', ruleId: 'seo/invalid-frontmatter', message: expect.stringMatching(/^The frontmatter does not parse, so nothing else was checked: invalid YAML/) },
    ]);
  });

  it('applies the workspace "rules" setting: off leaves a rule out, a severity replaces the default', () => {
    const text = withField('keywords', '"cooking"');
    expect(lint(text).some((f) => f.ruleId === 'seo/focus-keyword-title')).toBe(true);
    const findings = lint(text, { settings: { rules: { 'seo/focus-keyword-title': 'off', 'seo/focus-keyword-url': 'error' } } });
    expect(findings.some((f) => f.ruleId === 'seo/focus-keyword-title')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'seo/focus-keyword-url')?.severity).toBe('error');
  });

  it('measures the title with the measure it is given (canvas in the app)', () => {
    expect(lint(GOOD).some((f) => f.ruleId === 'seo/title-too-wide')).toBe(false);
    const findings = lintArticle({ path: GOOD_PATH, text: GOOD, settings: DEFAULT_SETTINGS, context: CONTEXT, now: NOW, measure: (text) => text.length * 20 });
    expect(findings.find((f) => f.ruleId === 'seo/title-too-wide')).toMatchObject({ severity: 'error', line: 4 });
  });

  it('carries fixes that apply to the text it was given', () => {
    const fixable = lint(withField('og_title', '"Writing Offline: A Calm Workflow for Long Articles"')).find((f) => f.fix);
    expect(fixable?.ruleId).toBe('seo/social-duplicate');
    expect(applyFix(withField('og_title', '"Writing Offline: A Calm Workflow for Long Articles"'), fixable!.fix!)).toBe(withField('og_title', null));
  });
});

describe('lintWorkspace', () => {
  it('checks every article against the others, by file then line', () => {
    const other = withField('description', '"Writing offline keeps long articles calm: plan in plain files, draft in short sessions and revise before you open a browser."', '---\ntitle: "Another Title About Writing Offline Calmly"\n---\n\nBody.\n');
    const findings = lintWorkspace({
      articles: [
        { path: 'guides/z-other.md', text: other },
        { path: GOOD_PATH, text: GOOD },
      ],
      files: CONTEXT.files,
      settings: DEFAULT_SETTINGS,
      now: NOW,
    });
    expect(findings.filter((f) => f.ruleId === 'seo/duplicate-description').map((f) => [f.file, f.message])).toEqual([
      [GOOD_PATH, 'guides/z-other.md has the same description: each page needs its own.'],
      ['guides/z-other.md', `${GOOD_PATH} has the same description: each page needs its own.`],
    ]);
    // The link to guides/faq-sections is broken here: this workspace has no such article.
    expect(findings.filter((f) => f.ruleId === 'seo/broken-link').map((f) => f.file)).toEqual([GOOD_PATH]);
    const files = findings.map((f) => f.file);
    expect(files).toEqual([...files].sort());
  });
});
