import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { bench, describe } from 'vitest';
import { parseArticle } from '../src/core/article';
import { renderMarkdown } from '../src/core/markdown';
import { renderPage } from '../src/core/page';
import { DEFAULT_SETTINGS } from '../src/core/site';
import { generateArticle, SIZES } from './corpus';

/**
 * Our whole pipeline against the raw renderers it is built on, in the same
 * process and run: vitest prints each one's speed relative to the fastest.
 * Targets (rendering issue): 20 KB at p95 ≤ 4 ms; 1 MB under 300 ms.
 */
const rawMarkdownIt = new MarkdownIt({ html: true, linkify: true });

for (const [label, bytes] of Object.entries(SIZES)) {
  const text = generateArticle(bytes, 42);
  const article = parseArticle(text);
  const big = bytes >= 200_000;
  const options = big ? { iterations: 10, time: 2000 } : { time: 1500 };
  describe(`render ${label}`, () => {
    bench('markdown-it (raw, html: true)', () => void rawMarkdownIt.render(article.body), options);
    bench('marked (raw)', () => void marked.parse(article.body, { async: false }), options);
    bench('Article Studio: Markdown + sanitiser', () => void renderMarkdown(article.body), options);
    bench('Article Studio: full page (parse, render, sanitise, JSON-LD, page)', () => {
      void renderPage(parseArticle(text), DEFAULT_SETTINGS, 'bench/article.md');
    }, options);
  });
}
