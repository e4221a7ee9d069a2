import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import type { WorkspaceSettings } from '../site';
import { buildJsonLd } from './index';
import {
  EXAMPLE_DESCRIPTION,
  EXAMPLE_KEYWORDS,
  EXAMPLE_PATH,
  EXAMPLE_SETTINGS,
  EXAMPLE_THINGS,
  EXAMPLE_TITLE,
  EXAMPLE_URL,
  exampleArticle,
  FAQ_ANSWERS,
  FAQ_QUESTIONS,
  type ExampleOptions,
} from './jsonld-fixtures.test-support';

type Json = Record<string, unknown>;

function build(options: ExampleOptions = {}, settings: Partial<WorkspaceSettings> = {}, path = EXAMPLE_PATH): Json[] {
  return buildJsonLd(parseArticle(exampleArticle(options)), { ...EXAMPLE_SETTINGS, ...settings }, path);
}

function ofType(objects: readonly Json[], type: string): Json {
  const found = objects.find((object) => object['@type'] === type);
  if (!found) throw new Error(`no ${type} in ${JSON.stringify(objects)}`);
  return found;
}

function article(options: ExampleOptions = {}, settings: Partial<WorkspaceSettings> = {}): Json {
  return ofType(build(options, settings), 'Article');
}

describe('buildJsonLd: separate mode on a reference-shaped article', () => {
  const objects = build();

  it('emits WebPage, Article, FAQPage, BreadcrumbList in that order, each with its own @context', () => {
    expect(objects.map((object) => object['@type'])).toEqual(['WebPage', 'Article', 'FAQPage', 'BreadcrumbList']);
    for (const object of objects) expect(Object.keys(object)[0]).toBe('@context');
    for (const object of objects) expect(object['@context']).toBe('https://schema.org');
  });

  it('carries the seven FAQ questions and answers word for word', () => {
    const faq = ofType(objects, 'FAQPage');
    expect(faq.mainEntity).toEqual(
      FAQ_QUESTIONS.map((question, index) => ({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: FAQ_ANSWERS[index] } })),
    );
  });

  it('describes the web page at the article URL, its breadcrumb referring to the BreadcrumbList block', () => {
    expect(ofType(objects, 'WebPage')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': EXAMPLE_URL,
      url: EXAMPLE_URL,
      name: EXAMPLE_TITLE,
      description: EXAMPLE_DESCRIPTION,
      inLanguage: 'en',
      breadcrumb: { '@id': `${EXAMPLE_URL}#breadcrumb` },
    });
    expect(ofType(objects, 'BreadcrumbList')['@id']).toBe(`${EXAMPLE_URL}#breadcrumb`);
  });

  it('describes the article from frontmatter and settings', () => {
    expect(ofType(objects, 'Article')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: EXAMPLE_TITLE,
      description: EXAMPLE_DESCRIPTION,
      image: 'https://aicw.io/assets/ai-chat-bot/example-topic/seed-drawer.png',
      datePublished: '2025-12-22T19:22:11+01:00',
      dateModified: '2026-01-03T00:00:00+01:00',
      author: { '@type': 'Person', name: 'Mara Lindqvist', url: 'https://aicw.io/about/mara' },
      publisher: { '@type': 'Organization', name: 'AI Chat Watch', logo: { '@type': 'ImageObject', url: 'https://aicw.io/assets/brand/logo.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': EXAMPLE_URL },
      keywords: EXAMPLE_KEYWORDS,
      about: EXAMPLE_THINGS.map((name) => ({ '@type': 'Thing', name })),
      inLanguage: 'en',
    });
  });

  it('lists the crumbs with positions and absolute links, the last being the article', () => {
    expect(ofType(objects, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://aicw.io/' },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://aicw.io/blog/' },
      { '@type': 'ListItem', position: 3, name: EXAMPLE_TITLE, item: EXAMPLE_URL },
    ]);
  });
});

describe('buildJsonLd: fields', () => {
  it('picks the image: frontmatter image, else the first body image, else the default image', () => {
    expect(article({ frontmatter: { image: '/assets/cover.png' } }).image).toBe('https://aicw.io/assets/cover.png');
    expect(article({ frontmatter: { image: 'https://cdn.example.org/c.jpg' } }).image).toBe('https://cdn.example.org/c.jpg');
    expect(article().image).toBe('https://aicw.io/assets/ai-chat-bot/example-topic/seed-drawer.png');
    expect(article({ images: [] }).image).toBe('https://aicw.io/assets/brand/social-card.png');
    expect(article({ images: [] }, { defaultImage: undefined })).not.toHaveProperty('image');
  });

  it('makes relative images absolute against the article URL', () => {
    expect(article({ images: ['<diagrams/a b.png>'] }).image).toBe('https://aicw.io/ai-chat-bot/diagrams/a%20b.png');
    expect(article({ images: ['../shared/x.png'] }).image).toBe('https://aicw.io/shared/x.png');
    // An image that cannot be a public URL is passed over for the next one.
    expect(article({ images: ['data:image/png;base64,AAAA', '/assets/second.png'] }).image).toBe('https://aicw.io/assets/second.png');
  });

  it('writes dates with the offset of the workspace time zone, winter and summer', () => {
    const dated = (date: string, timeZone: string) => article({ frontmatter: { date, date_updated_at: null } }, { timeZone });
    expect(dated('2025-12-22 19:22:11', 'UTC')).toMatchObject({ datePublished: '2025-12-22T19:22:11+00:00', dateModified: '2025-12-22T19:22:11+00:00' });
    expect(dated('2025-01-15 09:30:00', 'Europe/Berlin').datePublished).toBe('2025-01-15T09:30:00+01:00');
    expect(dated('2025-07-15 09:30:00', 'Europe/Berlin').datePublished).toBe('2025-07-15T09:30:00+02:00');
    expect(dated('2025-07-15', 'America/New_York').datePublished).toBe('2025-07-15T00:00:00-04:00');
    expect(dated('2025-01-15 23:59:59', 'America/New_York').datePublished).toBe('2025-01-15T23:59:59-05:00');
  });

  it('falls back to the publication date for dateModified and omits dates that are missing or not dates', () => {
    expect(article({ frontmatter: { date_updated_at: null } }).dateModified).toBe('2025-12-22T19:22:11+01:00');
    const undated = article({ frontmatter: { date: null, date_updated_at: null } });
    expect(undated).not.toHaveProperty('datePublished');
    expect(undated).not.toHaveProperty('dateModified');
    expect(article({ frontmatter: { date: 'soon', date_updated_at: '2025-02-30' } })).not.toHaveProperty('datePublished');
  });

  it('reads keywords and things as a comma string or a YAML list, as a string array and Things', () => {
    const listed = article({ frontmatter: { keywords: '[seed library, " seed swap ", "", heirloom]', things: '\n  - seed saving\n  - community garden' } });
    expect(listed.keywords).toEqual(['seed library', 'seed swap', 'heirloom']);
    expect(listed.about).toEqual([
      { '@type': 'Thing', name: 'seed saving' },
      { '@type': 'Thing', name: 'community garden' },
    ]);
    expect(article({ frontmatter: { keywords: '"a,, b ,"' } }).keywords).toEqual(['a', 'b']);
  });

  it('never emits empty values', () => {
    const bare = build({ frontmatter: { title: null, description: '""', keywords: '""', things: '[]', breadcrumbs: null }, images: [] }, { defaultImage: undefined, publisher: { name: 'AI Chat Watch' }, author: { name: 'Desk', type: 'Organization' } });
    const serialized = JSON.stringify(bare);
    expect(serialized).not.toMatch(/:\s*""|:\s*\[\]|null/);
    const node = ofType(bare, 'Article');
    for (const key of ['headline', 'description', 'keywords', 'about', 'image']) expect(node).not.toHaveProperty(key);
    expect(node.author).toEqual({ '@type': 'Organization', name: 'Desk' });
    expect(node.publisher).toEqual({ '@type': 'Organization', name: 'AI Chat Watch' });
    expect(ofType(bare, 'WebPage')).not.toHaveProperty('name');
  });

  it('defaults the crumbs to Home and the title, and leaves a middle crumb with no link out', () => {
    expect(ofType(build({ frontmatter: { breadcrumbs: null } }), 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://aicw.io/' },
      { '@type': 'ListItem', position: 2, name: EXAMPLE_TITLE, item: EXAMPLE_URL },
    ]);
    expect(ofType(build({ frontmatter: { breadcrumbs: '" Home / Guides //Seeds/ "' } }), 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://aicw.io/' },
      // "Guides" has no breadcrumbLinks entry: Google rejects a middle crumb without item.
      // The last crumb is the article whatever it is called.
      { '@type': 'ListItem', position: 2, name: 'Seeds', item: EXAMPLE_URL },
    ]);
  });

  it('leaves out FAQPage when the body has no FAQ items', () => {
    expect(build({ faq: false }).map((object) => object['@type'])).toEqual(['WebPage', 'Article', 'BreadcrumbList']);
  });

  it('maps index files and site URLs with a trailing slash', () => {
    const objects = build({}, { siteUrl: 'https://aicw.io/' }, 'ai-chat-bot/index.md');
    expect(ofType(objects, 'WebPage').url).toBe('https://aicw.io/ai-chat-bot');
    expect(ofType(objects, 'Article').image).toBe('https://aicw.io/assets/ai-chat-bot/example-topic/seed-drawer.png');
  });
});

describe('buildJsonLd: graph mode', () => {
  const [graph, ...rest] = build({}, { jsonLd: 'graph' });
  const nodes = (graph!['@graph'] as Json[]) ?? [];
  const node = (type: string) => ofType(nodes, type);

  it('returns one object with @context and @graph', () => {
    expect(rest).toEqual([]);
    expect(Object.keys(graph!)).toEqual(['@context', '@graph']);
    expect(graph!['@context']).toBe('https://schema.org');
    expect(nodes.map((n) => n['@type'])).toEqual(['WebPage', 'Article', 'FAQPage', 'BreadcrumbList']);
    for (const n of nodes) expect(n).not.toHaveProperty('@context');
  });

  it('gives every node an @id and links them by reference', () => {
    expect(nodes.map((n) => n['@id'])).toEqual([`${EXAMPLE_URL}#webpage`, `${EXAMPLE_URL}#article`, `${EXAMPLE_URL}#faq`, `${EXAMPLE_URL}#breadcrumb`]);
    expect(node('Article').mainEntityOfPage).toEqual({ '@id': `${EXAMPLE_URL}#webpage` });
    expect(node('WebPage').breadcrumb).toEqual({ '@id': `${EXAMPLE_URL}#breadcrumb` });
    expect(node('WebPage').url).toBe(EXAMPLE_URL);
    const ids = new Set(nodes.map((n) => n['@id']));
    expect(ids.has((node('Article').mainEntityOfPage as Json)['@id'])).toBe(true);
    expect(ids.has((node('WebPage').breadcrumb as Json)['@id'])).toBe(true);
  });

  it('holds the same facts as separate mode', () => {
    const separate = build();
    const strip = ({ '@context': _c, '@id': _i, breadcrumb: _b, mainEntityOfPage: _m, ...facts }: Json) => facts;
    for (const type of ['WebPage', 'Article', 'FAQPage', 'BreadcrumbList']) expect(strip(node(type))).toEqual(strip(ofType(separate, type)));
  });
});
