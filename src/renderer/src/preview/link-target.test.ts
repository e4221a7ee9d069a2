import { describe, expect, it } from 'vitest';
import { articlesByUrl, linkTarget } from './link-target';

const articles = articlesByUrl(['guides/index.md', 'guides/offline.md', 'about.md']);
const settings = { siteUrl: 'https://example.com' };

describe('linkTarget', () => {
  it('opens the article a root-relative, relative or own-site link points at', () => {
    expect(linkTarget('/guides/offline', 'about.md', articles, settings)).toEqual({ kind: 'article', path: 'guides/offline.md' });
    expect(linkTarget('index', 'guides/offline.md', articles, settings)).toEqual({ kind: 'article', path: 'guides/index.md' });
    expect(linkTarget('https://example.com/about', 'guides/offline.md', articles, settings)).toEqual({ kind: 'article', path: 'about.md' });
    expect(linkTarget('/guides', 'about.md', articles, settings)).toEqual({ kind: 'article', path: 'guides/index.md' });
  });

  it('sends only http and https to the browser', () => {
    expect(linkTarget('https://other.org/x?y=1', 'about.md', articles, settings)).toEqual({ kind: 'external', url: 'https://other.org/x?y=1' });
    expect(linkTarget('javascript:alert(1)', 'about.md', articles, settings).kind).toBe('none');
    expect(linkTarget('mailto:me@example.com', 'about.md', articles, settings).kind).toBe('none');
  });

  it('opens the first listed of two articles with one URL', () => {
    expect(linkTarget('/x', 'about.md', articlesByUrl(['x.md', 'x/index.md']), settings)).toEqual({ kind: 'article', path: 'x.md' });
    expect(linkTarget('/x', 'about.md', articlesByUrl(['x/index.md', 'x.md']), settings)).toEqual({ kind: 'article', path: 'x/index.md' });
  });

  it('says why a link to a missing article goes nowhere', () => {
    expect(linkTarget('/nowhere', 'about.md', articles, settings)).toEqual({ kind: 'missing', reason: 'No article in this workspace has the URL /nowhere.' });
  });
});
