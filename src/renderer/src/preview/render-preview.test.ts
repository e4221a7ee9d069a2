import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../core/article';
import { renderPage } from '../../../core/page';
import { DEFAULT_SETTINGS } from '../../../core/site';
import { pageHtml } from './page-segments';
import { renderPreview } from './render-preview';

const text = '---\ntitle: Preview test\ndescription: A page to preview.\ndate: 2026-03-04\n---\nIntro with ![a chart](/assets/chart.png).\n\n## First\n\nText.\n\n## Second\n\n<details><summary>Does it work?</summary>\n\nYes.\n\n</details>\n';

describe('renderPreview', () => {
  it('is the exported page except for where workspace images load from', () => {
    const result = renderPreview({ revision: 3, path: 'guides/preview.md', text, settings: DEFAULT_SETTINGS });
    if (!result.ok) throw new Error('expected a page');
    const exported = renderPage(parseArticle(text), DEFAULT_SETTINGS, 'guides/preview.md');
    expect(result.revision).toBe(3);
    expect(pageHtml(result.page)).toBe(exported.replace('src="/assets/chart.png"', 'src="/workspace-files/assets/chart.png"'));
  });

  it('gives the JSON-LD the page carries, headings with their editor lines, and word counts', () => {
    const result = renderPreview({ revision: 1, path: 'preview.md', text, settings: DEFAULT_SETTINGS });
    if (!result.ok) throw new Error('expected a page');
    expect(result.page.jsonLd.map((node) => node['@type'])).toEqual(expect.arrayContaining(['Article', 'FAQPage', 'BreadcrumbList', 'WebPage']));
    // The body starts on file line 6; "## First" is its third line.
    expect(result.page.anchors).toEqual([
      { id: 'first', editorLine: 3 },
      { id: 'second', editorLine: 7 },
    ]);
    expect(result.stats.words).toBeGreaterThan(5);
  });

  it('reports a frontmatter error with its line instead of throwing', () => {
    const result = renderPreview({ revision: 2, path: 'broken.md', text: '---\ntitle: [unclosed\n---\nBody\n', settings: DEFAULT_SETTINGS });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.line).toBeGreaterThanOrEqual(2);
  });
});
