import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article';
import { applyFix, type Finding } from '../seo/finding';
import type { WorkspaceSettings } from '../site';
import { buildJsonLd, checkJsonLd, findEmbeddedJsonLd, jsonLdScriptTags, JSONLD_RULES, mergeJsonLd, REPLACE_EMBEDDED_TITLE } from './index';
import { EXAMPLE_PATH, EXAMPLE_SETTINGS, EXAMPLE_TITLE, exampleArticle, STALE_BLOCKS, type ExampleOptions } from './jsonld-fixtures.test-support';

function check(text: string, settings: Partial<WorkspaceSettings> = {}): Finding[] {
  return checkJsonLd(parseArticle(text), { ...EXAMPLE_SETTINGS, ...settings }, EXAMPLE_PATH);
}

const rule = (findings: readonly Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId);
const fileLineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;

/** The article with its embedded blocks written exactly as generated: the state the fix produces. */
function inAgreement(options: ExampleOptions = {}, settings: Partial<WorkspaceSettings> = {}): string {
  const draft = exampleArticle({ ...options, blocks: [] });
  const generated = buildJsonLd(parseArticle(draft), { ...EXAMPLE_SETTINGS, ...settings }, EXAMPLE_PATH);
  return exampleArticle({ ...options, blocks: [jsonLdScriptTags(generated)] });
}

describe('jsonld/headline-too-long', () => {
  it('passes a title of 110 characters, counted in code points', () => {
    const title = `${'🌱'.repeat(10)}${'a'.repeat(100)}`;
    expect([...title]).toHaveLength(110);
    expect(rule(check(exampleArticle({ frontmatter: { title: JSON.stringify(title) } })), JSONLD_RULES.headlineTooLong)).toEqual([]);
  });

  it('fails a longer title, on the title line', () => {
    const text = exampleArticle({ frontmatter: { title: JSON.stringify('b'.repeat(111)) } });
    const [finding] = rule(check(text), JSONLD_RULES.headlineTooLong);
    expect(finding).toMatchObject({ severity: 'error', line: fileLineOf(text, 'title:'), message: expect.stringContaining('111 characters') });
  });
});

describe('jsonld/breadcrumb-unlinked', () => {
  it('passes when every crumb before the last has a link', () => {
    expect(rule(check(exampleArticle()), JSONLD_RULES.breadcrumbUnlinked)).toEqual([]);
    // The last crumb is the article itself and needs no entry.
    expect(rule(check(exampleArticle({ frontmatter: { breadcrumbs: '"Home/Blog/Anything"' } })), JSONLD_RULES.breadcrumbUnlinked)).toEqual([]);
  });

  it('warns for each middle crumb with no breadcrumbLinks entry, on the breadcrumbs line', () => {
    const text = exampleArticle({ frontmatter: { breadcrumbs: '"Home/Guides/Seeds/Title"' } });
    const findings = rule(check(text), JSONLD_RULES.breadcrumbUnlinked);
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('"Guides"'), expect.stringContaining('"Seeds"')]);
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'warning', line: fileLineOf(text, 'breadcrumbs:') });
  });

  it('warns about the default Home crumb when Home has no link', () => {
    const text = exampleArticle({ frontmatter: { breadcrumbs: null } });
    expect(rule(check(text, { breadcrumbLinks: {} }), JSONLD_RULES.breadcrumbUnlinked)).toEqual([expect.objectContaining({ line: fileLineOf(text, 'title:'), message: expect.stringContaining('"Home"') })]);
  });
});

describe('jsonld/embedded-invalid', () => {
  it('passes valid blocks', () => {
    expect(rule(check(exampleArticle()), JSONLD_RULES.embeddedInvalid)).toEqual([]);
  });

  it('reports a block whose JSON does not parse, at its <script line, naming the file line of the error', () => {
    const broken = '<script type="application/ld+json">\n{\n  "@type": "HowTo"\n  "name": "x"\n}\n</script>';
    const text = exampleArticle({ blocks: [broken] });
    const [finding] = rule(check(text), JSONLD_RULES.embeddedInvalid);
    const scriptLine = fileLineOf(text, broken);
    expect(finding).toMatchObject({ severity: 'error', line: scriptLine, message: expect.stringContaining(`line ${scriptLine + 3}`) });
    expect(finding!.fix).toBeUndefined();
  });
});

describe('jsonld/embedded-disagrees', () => {
  it('passes blocks that state what the generator states, in either mode', () => {
    expect(rule(check(inAgreement()), JSONLD_RULES.embeddedDisagrees)).toEqual([]);
    expect(rule(check(inAgreement({}, { jsonLd: 'graph' }), { jsonLd: 'graph' }), JSONLD_RULES.embeddedDisagrees)).toEqual([]);
    // Formatting is no disagreement: a relative URL, a date alone, an answer in HTML.
    const relaxed = [
      '<script type="application/ld+json">',
      '{ "@type": "WebPage", "@id": "/ai-chat-bot/example-topic#page", "name": "  ' + EXAMPLE_TITLE + '", "description": ' + JSON.stringify(parseArticle(exampleArticle()).data.description) + ' }',
      '</script>',
      '<script type="application/ld+json">',
      '{ "@type": "Article", "headline": ' + JSON.stringify(EXAMPLE_TITLE) + ', "description": ' + JSON.stringify(parseArticle(exampleArticle()).data.description) + ', "author": [{ "@type": "Person", "name": "Mara Lindqvist" }], "datePublished": "2025-12-22", "dateModified": "2026-01-02T23:00:00Z", "image": { "@type": "ImageObject", "url": "/assets/ai-chat-bot/example-topic/seed-drawer.png" } }',
      '</script>',
    ].join('\n');
    expect(rule(check(exampleArticle({ blocks: [relaxed] })), JSONLD_RULES.embeddedDisagrees)).toEqual([]);
  });

  it('warns once per disagreeing block, at its <script line, naming the fields', () => {
    const text = exampleArticle();
    const findings = rule(check(text), JSONLD_RULES.embeddedDisagrees);
    expect(findings.map((finding) => finding.line)).toEqual(STALE_BLOCKS.map((block) => fileLineOf(text, block)));
    const [webPage, article, faq, breadcrumbs] = findings.map((finding) => finding.message);
    expect(webPage).toBe(`Embedded WebPage JSON-LD disagrees with the frontmatter: name "Seed Libraries Explained" vs ${JSON.stringify(EXAMPLE_TITLE)}; description "An older summary of seed libraries." vs "How community seed libraries lend, collect and store seeds,…"`);
    expect(article).toMatch(/^Embedded Article JSON-LD disagrees with the frontmatter: headline "Seed Libraries Explained" vs .*; description .*; author name "Garden Desk" vs "Mara Lindqvist"$/);
    expect(faq).toBe('Embedded FAQPage JSON-LD disagrees with the frontmatter: 6 questions vs 7; answer 3 "Yes, always." vs "Nobody is fined for a failed crop. Libraries simply ask tha…"');
    expect(breadcrumbs).toMatch(/^Embedded BreadcrumbList JSON-LD disagrees with the frontmatter: names "Home \/ Seed Libraries" vs "Home \/ Blog \/ Seed Libraries: .*; item URLs /);
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'warning', fix: { title: REPLACE_EMBEDDED_TITLE } });
  });

  it('compares dates and images only when the embedded block states them', () => {
    const stale = '<script type="application/ld+json">\n{ "@type": "Article", "headline": ' + JSON.stringify(EXAMPLE_TITLE) + ', "datePublished": "2025-12-22T19:22:11+00:00", "image": "https://aicw.io/old.png" }\n</script>';
    const [finding] = rule(check(exampleArticle({ blocks: [stale] })), JSONLD_RULES.embeddedDisagrees);
    expect(finding!.message).toContain('datePublished "2025-12-22T19:22:11+00:00" vs "2025-12-22T19:22:11+01:00"');
    expect(finding!.message).toContain('image "https://aicw.io/old.png" vs "https://aicw.io/assets/ai-chat-bot/example-topic/seed-drawer.png"');
    expect(finding!.message).not.toContain('dateModified');
  });

  it('reports an FAQPage block whose questions are no longer on the page, and leaves other types alone', () => {
    const howTo = '<script type="application/ld+json">{ "@type": "HowTo", "name": "x" }</script>';
    const faqWithoutItems = exampleArticle({ faq: false, blocks: [STALE_BLOCKS[2]!, howTo] });
    const findings = rule(check(faqWithoutItems), JSONLD_RULES.embeddedDisagrees);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/FAQPage .*no FAQ items/)]);
    const fixed = applyFix(faqWithoutItems, findings[0]!.fix!);
    expect(fixed).not.toContain('"FAQPage"');
    expect(fixed).toContain(howTo);
  });

  it('counts an embedded BlogPosting as the Article: it is compared, and never shipped beside it', () => {
    const text = exampleArticle({ blocks: ['<script type="application/ld+json">{ "@context": "https://schema.org", "@type": "BlogPosting", "headline": "An old headline" }</script>'] });
    expect(rule(check(text), JSONLD_RULES.embeddedDisagrees).map((f) => f.message)).toEqual([expect.stringMatching(/Article .*headline/)]);
    const article = parseArticle(text);
    const shipped = mergeJsonLd(buildJsonLd(article, EXAMPLE_SETTINGS, EXAMPLE_PATH), findEmbeddedJsonLd(article.body));
    expect(shipped.map((o) => o['@type'])).not.toContain('BlogPosting');
  });
});

describe('the fix: replace the embedded JSON-LD with the generated blocks', () => {
  function fixRoundTrip(text: string, settings: Partial<WorkspaceSettings> = {}): string {
    const [finding] = rule(check(text, settings), JSONLD_RULES.embeddedDisagrees);
    expect(finding?.fix).toBeDefined();
    const fixed = applyFix(text, finding!.fix!);
    expect(rule(check(fixed, settings), JSONLD_RULES.embeddedDisagrees)).toEqual([]);
    return fixed;
  }

  it('rewrites each block in place in separate mode, leaving the rest of the file untouched', () => {
    const text = exampleArticle();
    const fixed = fixRoundTrip(text);
    const article = parseArticle(fixed);
    const generated = buildJsonLd(article, EXAMPLE_SETTINGS, EXAMPLE_PATH);
    expect(findEmbeddedJsonLd(article.body).map((block) => (block.valid ? block.value : null))).toEqual(generated);
    expect(fixed.slice(0, text.indexOf(STALE_BLOCKS[0]!))).toBe(text.slice(0, text.indexOf(STALE_BLOCKS[0]!)));
    expect(fixed.endsWith(`${jsonLdScriptTags(generated)}\n`)).toBe(true);
  });

  it('writes the graph where the first block was and removes the others in graph mode', () => {
    const fixed = fixRoundTrip(exampleArticle(), { jsonLd: 'graph' });
    const article = parseArticle(fixed);
    const embedded = findEmbeddedJsonLd(article.body);
    expect(embedded).toHaveLength(1);
    expect(embedded[0]!.valid && embedded[0]!.value).toEqual(buildJsonLd(article, { ...EXAMPLE_SETTINGS, jsonLd: 'graph' }, EXAMPLE_PATH)[0]);
    expect(fixed).not.toMatch(/\n\n\n/);
  });

  it('keeps nodes of other types that shared a block, and blocks of other types', () => {
    const shared = '<script type="application/ld+json">\n[{ "@type": "Article", "headline": "old" }, { "@type": "HowTo", "name": "Dry seeds" }]\n</script>';
    const recipe = '<script type="application/ld+json">{ "@type": "Recipe", "name": "Seed bread" }</script>';
    const fixed = fixRoundTrip(exampleArticle({ blocks: [shared, recipe] }));
    const types = findEmbeddedJsonLd(parseArticle(fixed).body).map((block) => block.types);
    expect(types).toEqual([['Article'], ['HowTo'], ['Recipe']]);
  });

  it('writes each generated type once when two blocks hold it', () => {
    const fixed = fixRoundTrip(exampleArticle({ blocks: [STALE_BLOCKS[1]!, STALE_BLOCKS[0]!, STALE_BLOCKS[1]!] }));
    expect(findEmbeddedJsonLd(parseArticle(fixed).body).map((block) => block.types)).toEqual([['Article'], ['WebPage']]);
  });

  it('keeps the file’s CRLF line endings', () => {
    const fixed = fixRoundTrip(exampleArticle().replace(/\n/g, '\r\n'));
    expect(fixed).not.toMatch(/[^\r]\n/);
  });
});

describe('checkJsonLd on a clean article', () => {
  it('reports nothing', () => {
    expect(check(inAgreement())).toEqual([]);
    expect(check(exampleArticle({ blocks: [] }))).toEqual([]);
  });
});
