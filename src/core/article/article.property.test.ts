import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitArticle } from './split';
import { ArticleError, composeArticleText, articleHead, endsAtClosingDelimiter, parseArticle, serializeArticle, setField } from './index';

/**
 * Hostile and random files: whatever a file holds, opening it either works
 * and saves back byte for byte, or fails with our own error (with a line);
 * never a crash, a hang or a changed byte.
 */
const yamlish = fc.stringMatching(/^[ -~\t\n\r#:\-'"&*!|>{}[\],?%@`]*$/, { maxLength: 300 });
const frontmatterFile = fc
  .tuple(fc.constantFrom('', '\uFEFF'), fc.constantFrom('\n', '\r\n'), yamlish, fc.string({ maxLength: 200 }))
  .map(([bom, eol, yaml, body]) => `${bom}---${eol}${yaml.replace(/\n/g, eol)}${eol}---${eol}${body}`);
const anyText = fc.oneof(fc.string({ maxLength: 400 }), frontmatterFile, fc.string({ unit: 'binary', maxLength: 200 }));

function openOrOurError(text: string): ReturnType<typeof parseArticle> | ArticleError {
  try {
    return parseArticle(text);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
}

describe('article files under random input', () => {
  it('either parse and save back unchanged, or fail with an ArticleError that names a line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = openOrOurError(text);
        if (result instanceof ArticleError) {
          expect(result.line).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(serializeArticle(result)).toBe(text);
        expect(composeArticleText(articleHead(result), result.body, result.eol, endsAtClosingDelimiter(result))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('starts the YAML after the opening line, and the body where gray-matter given the whole file would', () => {
    // splitArticle hands gray-matter only the file up to its closing line; the body must start at the same byte.
    const closingLine = /^---[ \t]*(\r?\n|$)/;
    fc.assert(
      fc.property(fc.oneof(frontmatterFile, frontmatterFile.map((text) => text.replace(/---(\r?\n)(?![\s\S]*---\r?\n)/, '---x$1'))), (text) => {
        let layout;
        try {
          layout = splitArticle(text);
        } catch {
          return;
        }
        if (!layout.frontmatter) return;
        const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const whole = matter(text.slice(bom), { language: 'yaml', engines: { yaml: { parse: () => ({}) } } });
        const closing = closingLine.exec(text.slice(layout.frontmatter.yamlEnd));
        expect(layout.bodyStart).toBe(closing ? layout.frontmatter.yamlEnd + closing[0].length : text.length - whole.content.length);
        // The YAML starts on the line after the opening `---` (after its \r\n on CRLF files).
        expect(text.slice(bom, layout.frontmatter.yamlStart)).toMatch(/^---[^\n]*\n$/);
      }),
    );
  });

  it('setting a field changes no byte outside that field', () => {
    fc.assert(
      fc.property(frontmatterFile, fc.string({ maxLength: 80 }), (text, value) => {
        const article = openOrOurError(text);
        if (article instanceof ArticleError) return;
        let edited;
        try {
          edited = setField(article, 'zz_new_field', value);
        } catch (error) {
          if (error instanceof ArticleError) return;
          throw error;
        }
        expect(edited.data.zz_new_field).toBe(value);
        expect(edited.body).toBe(article.body);
        // Everything before the new field's line is the old file's bytes.
        expect(edited.text.startsWith(article.text.slice(0, article.layout.frontmatter?.yamlEnd ?? 0))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a __proto__ key pollutes nothing', () => {
    const article = parseArticle('---\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n---\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(article.data)).toBe(Object.prototype);
  });

  it('opens a file with a huge frontmatter as an error naming the limit, not a frozen editor', () => {
    const error = openOrOurError(`---\n${'k: v\n'.repeat(5000)}---\nBody\n`);
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).code).toBe('FRONTMATTER_TOO_LARGE');
    expect((error as ArticleError).message).toMatch(/at most 1000 lines/);
  });

  it('finishes a 1 MB file of hostile YAML within a second', () => {
    const hostile = `---\n${'a: [[[[[[[[[[\n'.repeat(20_000)}${'k: "'.repeat(10_000)}\n---\n${'x'.repeat(500_000)}`;
    expect(hostile.length).toBeGreaterThan(700_000);
    const started = performance.now();
    const result = openOrOurError(hostile);
    expect(result).toBeInstanceOf(ArticleError);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
