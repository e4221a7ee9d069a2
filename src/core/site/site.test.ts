import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, articleUrlPath, DEFAULT_SETTINGS, isArticlePath, parseSettings } from './index';

describe('article URLs', () => {
  it('maps workspace paths to URLs as the reference site does', () => {
    expect(articleUrl({ siteUrl: 'https://aicw.io' }, 'ai-chat-bot/tongyi-qianwen.md')).toBe('https://aicw.io/ai-chat-bot/tongyi-qianwen');
    expect(articleUrl({ siteUrl: 'https://aicw.io/' }, 'x/index.md')).toBe('https://aicw.io/x');
    expect(articleUrl({ siteUrl: 'https://aicw.io' }, 'index.md')).toBe('https://aicw.io/');
    expect(articleUrlPath('notes/café au lait.md')).toBe('/notes/caf%C3%A9%20au%20lait');
  });

  it('never counts assets, dot-folders, node_modules or non-Markdown files as articles', () => {
    expect(isArticlePath('guides/a.md')).toBe(true);
    expect(isArticlePath('README.MD')).toBe(true);
    for (const path of ['assets/a.md', '.git/a.md', 'x/.hidden/a.md', 'node_modules/p/a.md', 'a/node_modules/a.md', 'a.txt', '.draft.md']) {
      expect(isArticlePath(path), path).toBe(false);
    }
  });
});

describe('absoluteUrl', () => {
  it('joins root-relative paths to siteUrl, path included, and resolves relative ones against the article', () => {
    const settings = { siteUrl: 'https://example.com/blog' };
    expect(absoluteUrl(settings, '/assets/a.png')).toBe('https://example.com/blog/assets/a.png');
    expect(absoluteUrl(settings, 'pic.png', 'guides/a.md')).toBe('https://example.com/blog/guides/pic.png');
    expect(absoluteUrl(settings, 'https://cdn.example/x.png')).toBe('https://cdn.example/x.png');
    expect(absoluteUrl(settings, 'javascript:alert(1)')).toBeNull();
    expect(absoluteUrl(settings, 'java\tscript:alert(1)')).toBeNull();
    expect(absoluteUrl(settings, 'data:image/png;base64,AA')).toBeNull();
    expect(absoluteUrl(settings, 'https://cdn.example/a b.png')).toBe('https://cdn.example/a%20b.png');
    expect(absoluteUrl(settings, '  ')).toBeNull();
  });
});

describe('workspace settings', () => {
  it('gives the defaults when there is no settings file', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads every documented key', () => {
    const text = JSON.stringify({
      siteName: 'AI Chat Watch',
      siteUrl: 'https://aicw.io',
      language: 'en-US',
      publisher: { name: 'AI Chat Watch', logo: '/assets/logo.png' },
      author: { name: 'Editors', type: 'Person', url: 'https://aicw.io/about' },
      breadcrumbLinks: { Home: '/', Blog: '/blog' },
      twitterSite: '@aicw',
      defaultImage: '/assets/card.png',
      jsonLd: 'graph',
    });
    const { settings, problems } = parseSettings(text);
    expect(problems).toEqual([]);
    expect(settings.breadcrumbLinks).toEqual({ Home: '/', Blog: '/blog' });
    expect(settings.jsonLd).toBe('graph');
  });

  it('names the key and line of a bad value and keeps the default for it alone', () => {
    const text = '{\n  "siteName": "Mine",\n  "siteUrl": "aicw.io",\n  "author": { "name": "A", "type": "Robot" },\n  "twiterSite": "@x"\n}';
    const { settings, problems } = parseSettings(text);
    expect(settings.siteName).toBe('Mine');
    expect(settings.siteUrl).toBe(DEFAULT_SETTINGS.siteUrl);
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['siteUrl', 3],
      ['author.type', 4],
      ['twiterSite', 5],
    ]);
    expect(problems[0]?.message).toMatch(/"siteUrl" must be an absolute http\(s\) URL/);
  });

  it('reads the FAQ heading the FAQ manager writes, and names a bad level', () => {
    expect(DEFAULT_SETTINGS.faqHeading).toEqual({ text: 'Frequently Asked Questions', level: 2 });
    expect(parseSettings('{ "faqHeading": { "text": "Questions & answers", "level": 3 } }').settings.faqHeading).toEqual({ text: 'Questions & answers', level: 3 });
    const { settings, problems } = parseSettings('{\n  "faqHeading": {\n    "text": "FAQ",\n    "level": 7\n  }\n}');
    expect(settings.faqHeading).toEqual(DEFAULT_SETTINGS.faqHeading);
    expect(problems).toEqual([expect.objectContaining({ key: 'faqHeading.level', line: 4, message: '"faqHeading.level" must be 1 to 6' })]);
  });

  it('names the line of a nested key after its parent, not an earlier key of the same name', () => {
    const text = '{\n  "publisher": { "name": "P" },\n  "author": {\n    "name": "",\n    "type": "Person"\n  }\n}';
    expect(parseSettings(text).problems).toEqual([expect.objectContaining({ key: 'author.name', line: 4 })]);
  });

  it('survives keys that name Object.prototype members, and a byte-order mark', () => {
    const { problems } = parseSettings('\uFEFF{ "constructor": 1, "toString": 2, "__proto__": 3, "siteName": "S" }');
    expect(problems.map((p) => p.key)).toEqual(['constructor', 'toString', '__proto__']);
  });

  it('reports JSON syntax errors with their line', () => {
    const { problems } = parseSettings('{\n  "siteName": "x",\n  oops\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: '', line: 3 });
  });
});
