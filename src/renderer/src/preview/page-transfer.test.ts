import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/site';
import { parseArticle } from '../../../core/article';
import { renderPage } from '../../../core/page';
import { joinSegments, pageHtml, pageSegments } from './page-segments';
import { PageReceiver, PageSender, type PostedResult } from './page-transfer';
import { renderPreview, type PreviewResult } from './render-preview';

const SAMPLE = join(__dirname, '../../../../examples/sample-workspace');
const sampleArticles = (readdirSync(SAMPLE, { recursive: true }) as string[])
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ path: relative(SAMPLE, join(SAMPLE, name)).split('\\').join('/'), text: readFileSync(join(SAMPLE, name), 'utf8') }));

const render = (revision: number, path: string, text: string) => renderPreview({ revision, path, text, settings: DEFAULT_SETTINGS });

/** What the main thread makes of each result the worker posts, in order. */
function sendAll(results: readonly PreviewResult[], whole: (revision: number) => boolean = () => false) {
  const sender = new PageSender();
  const receiver = new PageReceiver();
  return results.map((result) => {
    const posted = sender.pack(result, whole(result.revision));
    return { posted, received: receiver.unpack(posted) };
  });
}

const htmlOf = (result: PreviewResult) => (result.ok ? pageHtml(result.page) : null);

describe('PageSender and PageReceiver', () => {
  it('give the main thread every page exactly as rendered, while an article is typed, broken and switched', () => {
    const [first, second] = sampleArticles;
    const results: PreviewResult[] = [];
    let text = first!.text;
    let revision = 0;
    for (const typed of ['\n\nA new', ' paragraph', ' typed here.', '\n\n## A heading\n\nMore.']) {
      text += typed;
      results.push(render((revision += 1), first!.path, text));
    }
    results.push(render((revision += 1), first!.path, '---\ntitle: [broken\n---\nBody\n'));
    results.push(render((revision += 1), first!.path, `${text} Fixed.`));
    results.push(render((revision += 1), second!.path, second!.text));
    results.push(render((revision += 1), second!.path, second!.text.replace(/\n$/, ' An edit at the end.\n')));

    const sent = sendAll(results);
    expect(sent.map(({ received }) => htmlOf(received))).toEqual(results.map(htmlOf));
    expect(sent.map(({ received }) => received)).toEqual(results.map((result) => (result.ok ? { ...result, page: expect.objectContaining({ path: result.page.path, jsonLd: result.page.jsonLd, anchors: result.page.anchors, facts: result.page.facts }) } : result)));
  });

  it('posts a keystroke’s page as the nodes it changed, not the whole page again', () => {
    const [article] = sampleArticles;
    const before = render(1, article!.path, article!.text);
    const after = render(2, article!.path, article!.text.replace(/\n$/, ' One more sentence.\n'));
    const [, { posted }] = sendAll([before, after]);
    if (!('patch' in posted)) throw new Error('expected a patch');
    const { patch } = posted;
    expect(patch.article.insert.length).toBeLessThanOrEqual(2);
    expect(patch.head.insert.length).toBeLessThanOrEqual(2);
    expect(patch.beforeArticle).toBeUndefined();
    expect(patch.afterArticle).toBeUndefined();
    // The JSON-LD and the snippet facts did not change: not posted, and the main thread keeps the very objects it had.
    expect(patch).not.toHaveProperty('jsonLd');
    expect(patch).not.toHaveProperty('facts');
    expect(JSON.stringify(patch.article).length + JSON.stringify(patch.head).length).toBeLessThan(htmlOf(after)!.length / 4);
  });

  it('posts the JSON-LD and facts again when an edit changes them, and keeps the old objects when it does not', () => {
    const text = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A page whose title changes.\n---\n${body}\n`;
    const results = [render(1, 'a.md', text('First title', 'Body.')), render(2, 'a.md', text('First title', 'Body, longer.')), render(3, 'a.md', text('Second title', 'Body, longer.'))];
    const sent = sendAll(results);
    const pages = sent.map(({ received }) => (received.ok ? received.page : null));
    expect(pages[1]!.jsonLd).toBe(pages[0]!.jsonLd);
    expect(pages[1]!.facts).toBe(pages[0]!.facts);
    expect(pages[2]!.facts.title).toBe('Second title');
    expect(pages[2]!.jsonLd).toEqual(results[2]!.ok && results[2]!.page.jsonLd);
  });

  it('posts the page whole when asked to, or when it cannot be cut', () => {
    const [article] = sampleArticles;
    const results = [render(1, article!.path, article!.text), render(2, article!.path, `${article!.text}x`), render(3, article!.path, `${article!.text}y`)];
    const sent = sendAll(results, (revision) => revision === 2);
    expect(sent.map(({ posted }) => 'patch' in posted)).toEqual([false, false, true]);
    expect(sent.map(({ received }) => htmlOf(received))).toEqual(results.map(htmlOf));
  });

  it('cuts every sample article’s exported page so that it joins back byte for byte', () => {
    expect(sampleArticles.length).toBeGreaterThanOrEqual(5);
    for (const { path, text } of sampleArticles) {
      const html = renderPage(parseArticle(text), DEFAULT_SETTINGS, path);
      const segments = pageSegments(html);
      expect(segments, path).not.toBeNull();
      expect(joinSegments(segments!), path).toBe(html);
    }
  });

  it('refuses a patch to a page the main thread does not hold, naming both', () => {
    const [article] = sampleArticles;
    const sender = new PageSender();
    sender.pack(render(1, article!.path, article!.text));
    const patch: PostedResult = sender.pack(render(2, article!.path, `${article!.text}x`));
    expect(() => new PageReceiver().unpack(patch)).toThrow('The preview worker sent changes to page 1, but the preview holds no page.');
  });
});
