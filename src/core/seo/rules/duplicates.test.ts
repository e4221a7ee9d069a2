import { describe, expect, it } from 'vitest';
import { CONTEXT, findingsOf, GOOD, GOOD_PATH } from '../lint.test-support';

const others = (title: string | null, description: string | null) => ({
  ...CONTEXT,
  articles: [
    { path: GOOD_PATH, title: 'Writing Offline: A Calm Workflow for Long Articles', description: null },
    { path: 'a.md', title, description },
    { path: 'b.md', title, description },
  ],
});

describe('seo/duplicate-title and seo/duplicate-description', () => {
  it('pass when no other article shares them (the article itself does not count)', () => {
    expect(findingsOf(GOOD, 'seo/duplicate-title')).toEqual([]);
    expect(findingsOf(GOOD, 'seo/duplicate-description', { context: others('Other', null) })).toEqual([]);
  });

  it('warn when other articles have the same title or description, ignoring case and spacing', () => {
    const context = others('writing offline:  a calm workflow for long articles', 'Writing offline keeps long articles calm: plan in plain files, draft in short sessions and revise before you open a browser.');
    expect(findingsOf(GOOD, 'seo/duplicate-title', { context })).toEqual([[4, 'warning', 'a.md, b.md have the same title: each page needs its own.']]);
    expect(findingsOf(GOOD, 'seo/duplicate-description', { context })).toEqual([[5, 'warning', 'a.md, b.md have the same description: each page needs its own.']]);
  });
});
