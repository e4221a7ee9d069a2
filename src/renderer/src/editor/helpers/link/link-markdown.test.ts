import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../../core/markdown';
import { articleLink } from './link-markdown';

describe('articleLink', () => {
  it('links the selected text, or the title, to the article\'s root-relative URL', () => {
    expect(articleLink({ path: 'guides/offline-writing.md', title: 'Writing Offline' }, 'write offline')).toBe('[write offline](/guides/offline-writing)');
    expect(articleLink({ path: 'guides/index.md', title: 'Guides' }, '')).toBe('[Guides](/guides)');
    expect(articleLink({ path: 'notes.md', title: null }, ' ')).toBe('[notes.md](/notes)');
  });

  it('keeps titles with brackets and paths with spaces or parentheses one working link', () => {
    const link = articleLink({ path: 'old (2019)/a b.md', title: 'Tables [2025] \\ Markdown' }, '');
    expect(link).toBe('[Tables [2025] \\ Markdown](/old%20%282019%29/a%20b)');
    expect(renderMarkdown(link)).toBe('<p><a href="/old%20%282019%29/a%20b">Tables [2025] \\ Markdown</a></p>\n');
  });
});
