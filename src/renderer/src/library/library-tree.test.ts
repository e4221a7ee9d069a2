import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../core/api';
import { copyPath, articlePathProblem, suggestedPath } from './article-path';
import { libraryTree, matchesFilter, visibleOrder } from './library-tree';

const summary = (path: string, title: string | null = null): ArticleSummary => ({ path, url: `/${path}`, title, date: null, draft: false, problem: null });
const articles = [summary('zebra.md', 'Zebra notes'), summary('guides/b.md', 'Offline writing'), summary('guides/a.md', 'Tables in Markdown'), summary('guides/deep/c.md', 'FAQ blocks'), summary('about.md', 'About us')];

describe('libraryTree', () => {
  it('groups articles by folder, folders first, each sorted by name', () => {
    const tree = libraryTree(articles);
    expect(tree.folders.map((folder) => folder.path)).toEqual(['guides']);
    expect(tree.folders[0]!.folders.map((folder) => folder.path)).toEqual(['guides/deep']);
    expect(tree.folders[0]!.articles.map((article) => article.path)).toEqual(['guides/a.md', 'guides/b.md']);
    expect(tree.articles.map((article) => article.path)).toEqual(['about.md', 'zebra.md']);
    expect(visibleOrder(tree).map((article) => article.path)).toEqual(['guides/deep/c.md', 'guides/a.md', 'guides/b.md', 'about.md', 'zebra.md']);
  });

  it('filters by every word in title or path, dropping folders left empty', () => {
    const tree = libraryTree(articles, 'MARKDOWN guides');
    expect(visibleOrder(tree).map((article) => article.path)).toEqual(['guides/a.md']);
    expect(tree.folders[0]!.folders).toEqual([]);
    expect(matchesFilter(summary('x.md'), 'x.md')).toBe(true);
    expect(visibleOrder(libraryTree(articles, 'nothing-like-this'))).toEqual([]);
  });

  it('hides the articles of a collapsed folder from the keyboard order', () => {
    expect(visibleOrder(libraryTree(articles), new Set(['guides'])).map((article) => article.path)).toEqual(['about.md', 'zebra.md']);
  });
});

describe('article paths', () => {
  it('explains what is wrong with a typed path', () => {
    expect(articlePathProblem('', [])).toMatch(/name/);
    expect(articlePathProblem('/etc/x.md', [])).toMatch(/inside the workspace/);
    expect(articlePathProblem('notes.txt', [])).toMatch(/\.md/);
    expect(articlePathProblem('a/../b.md', [])).toMatch(/"\.\."/);
    expect(articlePathProblem('.drafts/x.md', [])).toMatch(/hidden/);
    expect(articlePathProblem('Guides/A.md', ['guides/a.md'])).toMatch(/already exists/);
    expect(articlePathProblem('guides/new.md', ['guides/a.md'])).toBeNull();
  });

  it('suggests a slug path and a free copy name', () => {
    expect(suggestedPath('Hello, World: Part 2', 'guides')).toBe('guides/hello-world-part-2.md');
    expect(suggestedPath('???', '')).toBe('untitled.md');
    expect(copyPath('guides/a.md', ['guides/a.md', 'guides/a-copy.md'])).toBe('guides/a-copy-2.md');
  });
});
