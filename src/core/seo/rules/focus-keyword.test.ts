import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD, withBody, withField } from '../lint.test-support';

describe('seo/focus-keyword-none', () => {
  it('passes with keywords, in either shape, and tells (info) when there are none', () => {
    expect(findingsOf(GOOD, 'seo/focus-keyword-none')).toEqual([]);
    expect(findingsOf(withField('keywords', '[writing offline, drafts]'), 'seo/focus-keyword-none')).toEqual([]);
    expect(findingsOf(withField('keywords', null), 'seo/focus-keyword-none')).toEqual([[1, 'info', expect.stringMatching(/^No focus keyword/)]]);
  });
});

describe('the focus keyword in title, description, first paragraph, a heading and the URL', () => {
  const rules = ['title', 'description', 'first-paragraph', 'heading', 'url'].map((where) => `seo/focus-keyword-${where}`);

  it('passes when the first keyword is everywhere, ignoring case and punctuation, from a comma string or a list', () => {
    for (const rule of rules) {
      expect(findingsOf(GOOD, rule), rule).toEqual([]);
      expect(findingsOf(withField('keywords', '["Writing-Offline", drafts]'), rule), rule).toEqual([]);
    }
  });

  it('reports each place it is missing as its own finding: title and description warnings, the rest info', () => {
    const text = withField('keywords', '"calm drafting, writing offline"');
    expect(rules.map((rule) => findingsOf(text, rule))).toEqual([
      [[4, 'warning', 'The focus keyword "calm drafting" is not in the title.']],
      [[5, 'warning', 'The focus keyword "calm drafting" is not in the description.']],
      [[16, 'info', 'The focus keyword "calm drafting" is not in the first paragraph.']],
      [[14, 'info', 'The focus keyword "calm drafting" is not in any heading.']],
      [[10, 'info', 'The focus keyword "calm drafting" is not in the URL /guides/writing-offline.']],
    ]);
  });

  it('matches whole words only', () => {
    expect(findingsOf(withField('keywords', '"writing off"'), 'seo/focus-keyword-title')).toHaveLength(1);
  });

  it('finds a keyword in an HTML heading and in a URL written in another script', () => {
    const body = '\n<h2>离线写作指南</h2>\n\n离线写作让长文章保持平静。\n';
    const text = withBody(body, withField('keywords', '"离线写作"', withField('title', '"离线写作：长文章的平静工作流程"')));
    expect(findingsOf(text, 'seo/focus-keyword-heading', { path: 'zh/离线写作.md' })).toEqual([]);
    expect(findingsOf(text, 'seo/focus-keyword-url', { path: 'zh/离线写作.md' })).toEqual([]);
    expect(findingsOf(text, 'seo/focus-keyword-first-paragraph', { path: 'zh/离线写作.md' })).toEqual([]);
    expect(findingsOf(text, 'seo/focus-keyword-url', { path: 'zh/offline.md' })).toHaveLength(1);
  });

  it('says so when the body has no heading at all', () => {
    expect(findingsOf(withBody('\nWriting offline, in one paragraph.\n'), 'seo/focus-keyword-heading')).toEqual([[10, 'info', 'The focus keyword "writing offline" is not in any heading (the body has none).']]);
  });
});
