import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD, withBody, withField } from '../lint.test-support';

// GOOD's body starts on line 13 (the blank line after the closing ---).
describe('seo/heading-h1-in-body and seo/heading-skipped-level', () => {
  it('passes headings that go down one level at a time from h2', () => {
    expect(findingsOf(GOOD, 'seo/heading-h1-in-body')).toEqual([]);
    expect(findingsOf(GOOD, 'seo/heading-skipped-level')).toEqual([]);
    expect(findingsOf(withBody('\n## A\n\n### B\n\n#### C\n\n## D\n\n<h3>E</h3>\n'), 'seo/heading-skipped-level')).toEqual([]);
  });

  it('warns about an h1 in the body: the title is the h1', () => {
    expect(findingsOf(withBody('\n# Writing Offline\n\nText.\n'), 'seo/heading-h1-in-body')).toEqual([[14, 'warning', '"Writing Offline" is a level-1 heading, but the title is the page\'s h1: make it ## (h2).']]);
  });

  it('warns about skipped levels, Markdown and HTML headings alike, and a body starting below h2', () => {
    const body = '\n### Starts Low\n\n## Back Up\n\n<h4>Too Deep</h4>\n\nSetext\n------\n\n#### Again\n';
    expect(findingsOf(withBody(body), 'seo/heading-skipped-level')).toEqual([
      [14, 'warning', '"Starts Low" is an h3 after the title (h1): h2 is skipped.'],
      [18, 'warning', '"Too Deep" is an h4 after an h2: h3 is skipped.'],
      [23, 'warning', '"Again" is an h4 after an h2: h3 is skipped.'],
    ]);
  });

  it('ignores heading-like lines in code blocks', () => {
    expect(findingsOf(withBody('\n## A\n\n```md\n#### not a heading\n```\n'), 'seo/heading-skipped-level')).toEqual([]);
  });
});

describe('seo/image-missing-alt', () => {
  it('passes images with alt text', () => {
    expect(findingsOf(GOOD, 'seo/image-missing-alt')).toEqual([]);
    expect(findingsOf(withBody('\n<img src="/assets/guides/cover.png" alt="A desk">\n'), 'seo/image-missing-alt')).toEqual([]);
  });

  it('warns about Markdown and raw <img> images without alt, on their lines', () => {
    const body = '\nText.\n\n![](/assets/guides/cover.png)\n\n<p><img src="/assets/guides/folders.png"></p>\n';
    expect(findingsOf(withBody(body), 'seo/image-missing-alt')).toEqual([
      [16, 'warning', 'The image /assets/guides/cover.png has no alt text: screen readers and image search get nothing. Describe it in the alt text.'],
      [18, 'warning', 'The image /assets/guides/folders.png has no alt text: screen readers and image search get nothing. Describe it in the alt text.'],
    ]);
  });
});

describe('seo/broken-link', () => {
  it('passes links to articles of the workspace, itself, the front page and other sites', () => {
    const body = '\n[a](/guides/faq-sections) [b](faq-sections.md) [c](./writing-offline) [d](/) [e](https://example.org/x) [f](#faq)\n';
    expect(findingsOf(withBody(body), 'seo/broken-link')).toEqual([]);
  });

  it('is an error for a link to no article, with the export\'s message, also through the site URL and breadcrumbs', () => {
    const body = '\nSee [this](/guides/nothing-here).\n\nAnd [that](https://example.com/guides/gone).\n';
    const text = withBody(body, withField('breadcrumbs', '"Home/Lost/Writing Offline"'));
    expect(findingsOf(text, 'seo/broken-link', { settings: { breadcrumbLinks: { Home: '/', Lost: '/lost' } } })).toEqual([
      [12, 'error', 'Link to /lost, which is no article in the workspace'],
      [15, 'error', 'Link to /guides/nothing-here, which is no article in the workspace'],
      [17, 'error', 'Link to /guides/gone, which is no article in the workspace'],
    ]);
  });
});

describe('seo/missing-asset', () => {
  it('passes images and files the workspace has', () => {
    expect(findingsOf(GOOD, 'seo/missing-asset')).toEqual([]);
  });

  it('is an error for a body image, a download or the image field the workspace lacks, and for files no export publishes', () => {
    const body = '\n![Chart](/assets/guides/chart.png)\n\n[Get the PDF](../assets/guides/guide.pdf) or [the notes](/.notes/x.txt).\n';
    expect(findingsOf(withBody(body, withField('image', '/assets/missing.png')), 'seo/missing-asset')).toEqual([
      [11, 'error', 'Missing file /assets/missing.png: it is referenced but not in the workspace'],
      [14, 'error', 'Missing file /assets/guides/chart.png: it is referenced but not in the workspace'],
      [16, 'error', 'Missing file /assets/guides/guide.pdf: it is referenced but not in the workspace'],
      [16, 'error', '.notes/x.txt is not a file the export can publish'],
    ]);
  });
});
