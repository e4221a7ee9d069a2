import { describe, expect, it } from 'vitest';
import { applyFix } from '../finding';
import { findingsOf, GOOD, lint, withField } from '../lint.test-support';

describe('seo/social-fallback', () => {
  it('passes when every og and twitter field is written', () => {
    expect(findingsOf(GOOD, 'seo/social-fallback')).toEqual([]);
  });

  it('tells (info) which fields fall back to the title or description, once per pair', () => {
    const text = withField('og_title', null, withField('twitter_title', null, withField('twitter_description', '""')));
    expect(findingsOf(text, 'seo/social-fallback')).toEqual([
      [4, 'info', 'og_title and twitter_title are not set: social cards use the title.'],
      [5, 'info', 'twitter_description is not set: social cards use the description.'],
    ]);
  });

  it('says when there is nothing to fall back to', () => {
    const text = withField('description', null, withField('og_description', null));
    expect(findingsOf(text, 'seo/social-fallback')).toEqual([[1, 'info', 'og_description is not set and there is no description to fall back to: social cards get none.']]);
  });
});

describe('seo/social-duplicate', () => {
  it('passes og and twitter values of their own', () => {
    expect(findingsOf(GOOD, 'seo/social-duplicate')).toEqual([]);
  });

  it('tells (info) about a field that repeats the title word for word, with a fix that removes it', () => {
    const text = withField('twitter_title', '"Writing Offline: A Calm Workflow for Long Articles"');
    expect(findingsOf(text, 'seo/social-duplicate')).toEqual([[8, 'info', 'twitter_title repeats the title word for word; without it the card uses the title and follows it when it changes.']]);
    const fix = lint(text).find((finding) => finding.ruleId === 'seo/social-duplicate')!.fix!;
    expect(fix.title).toBe('Remove twitter_title');
    expect(applyFix(text, fix)).toBe(withField('twitter_title', null));
  });
});

describe('seo/twitter-title-too-long and seo/twitter-description-too-long', () => {
  it('passes up to 70 and 200 characters', () => {
    expect(findingsOf(withField('twitter_title', JSON.stringify('x'.repeat(70))), 'seo/twitter-title-too-long')).toEqual([]);
    expect(findingsOf(withField('twitter_description', JSON.stringify('x'.repeat(200))), 'seo/twitter-description-too-long')).toEqual([]);
  });

  it('warns about a written value over the limit on its line', () => {
    expect(findingsOf(withField('twitter_title', JSON.stringify('x'.repeat(71))), 'seo/twitter-title-too-long')).toEqual([[8, 'warning', 'twitter:title is 71 characters; X shows at most 70.']]);
    expect(findingsOf(withField('twitter_description', JSON.stringify('x'.repeat(201))), 'seo/twitter-description-too-long')).toEqual([[9, 'warning', 'twitter:description is 201 characters; X shows at most 200.']]);
  });

  it('checks the title a missing twitter_title falls back to, on the title line', () => {
    const text = withField('twitter_title', null, withField('title', JSON.stringify(`Writing Offline ${'and more '.repeat(7)}`.trim())));
    expect(findingsOf(text, 'seo/twitter-title-too-long')).toEqual([[4, 'warning', 'twitter:title is 78 characters (from the title); X shows at most 70. Write a shorter twitter_title.']]);
  });
});
