import { describe, expect, it } from 'vitest';
import { ArticleError, articleHead, composeArticleText, endsAtClosingDelimiter, parseArticle, serializeArticle } from './index';

/** Files a writer may really have; each must save back byte for byte. */
const ROUND_TRIP_CASES: Record<string, string> = {
  'LF line endings': '---\ntitle: "Hello"\ndate: 2025-12-22 19:22:11\n---\n\n## Intro\n\nText.\n',
  'CRLF line endings': '---\r\ntitle: "Hello"\r\ndate: 2025-12-22 19:22:11\r\n---\r\n\r\nBody line\r\n',
  'a byte-order mark': '\uFEFF---\ntitle: With BOM\n---\nBody\n',
  'no final newline': '---\ntitle: x\n---\nlast line without newline',
  'empty frontmatter': '---\n---',
  'empty frontmatter then body': '---\n---\nBody after empty frontmatter\n',
  'no frontmatter': '# Just Markdown\n\nNo frontmatter here.\n',
  'frontmatter only': '---\ntitle: Only\n---\n',
  'frontmatter only, no newline': '---\ntitle: Only\n---',
  'comments whole-line and inline':
    '---\n# leading comment\ntitle: "T" # inline comment\n  # indented comment\nkeywords: a, b # trailing\n---\nBody\n',
  'flow lists': '---\ntags: [one, "two", three]\nempty: []\nmap: {a: 1, b: [2, 3]}\n---\nBody\n',
  'anchors and aliases': '---\nbase: &site Article Studio\nog_site: *site\nlist: &l [a, b]\nagain: *l\n---\nBody\n',
  'block scalars': '---\nsummary: >-\n  folded text\n  continues here\nnotes: |\n  line one\n  line two\n---\nBody\n',
  'tricky scalars': '---\nzip: 007\nversion: 1.10\nhex: 0x1F\nanswer: yes\nnothing: ~\noctal: 0o17\n---\nBody\n',
  'CJK and emoji': '---\ntitle: "通义千问：阿里巴巴的 AI 助手 🤖"\nauthor: 山田太郎\n---\n正文 🎉 emoji 👩‍👩‍👧\n',
  'body with rules and key-value lines':
    '---\ntitle: Rules\n---\nIntro\n\n---\n\nkey: value\nother: thing\n\n---\n',
  'body that looks like frontmatter': '---\ntitle: A\n---\n---\nnot: frontmatter\n---\n',
  'trailing spaces on delimiters': '---   \ntitle: spaced\n---  \nBody\n',
  'mixed line endings': '---\r\ntitle: x\n---\r\nBody\nmore\r\n',
  'only a rule, no frontmatter': '----\nnot frontmatter\n',
  'empty file': '',
  'a comment on the opening line': '--- # fields\ntitle: x\n---\nBody\n',
  'text glued to a closing line (found by property testing)': '---\n---,\n---\n',
};

describe('parseArticle + serializeArticle', () => {
  for (const [name, text] of Object.entries(ROUND_TRIP_CASES)) {
    it(`saves a file with ${name} back byte for byte`, () => {
      const article = parseArticle(text);
      expect(serializeArticle(article)).toBe(text);
      // The editor's path: head kept verbatim, body edited as text, joined again.
      expect(composeArticleText(articleHead(article), article.body, article.eol, endsAtClosingDelimiter(article))).toBe(text);
    });
  }

  it('reads dates with the core schema as the exact strings written', () => {
    const article = parseArticle(ROUND_TRIP_CASES['LF line endings']!);
    expect(article.data.date).toBe('2025-12-22 19:22:11');
  });

  it('reads YAML 1.1 look-alikes as YAML 1.2 core values', () => {
    const { data } = parseArticle(ROUND_TRIP_CASES['tricky scalars']!);
    expect(data).toMatchObject({ zip: 7, version: 1.1, hex: 31, answer: 'yes', nothing: null });
  });

  it('resolves anchors and aliases into values', () => {
    const { data } = parseArticle(ROUND_TRIP_CASES['anchors and aliases']!);
    expect(data.og_site).toBe('Article Studio');
    expect(data.again).toEqual(['a', 'b']);
  });

  it('keeps trailing blanks of the closing delimiter out of the body', () => {
    const article = parseArticle('---\ntitle: x\n---  \n# Heading\n');
    expect(article.body).toBe('# Heading\n');
  });

  it('reads a comment on the opening line as YAML', () => {
    expect(parseArticle('--- # fields\ntitle: x\n---\n').data).toEqual({ title: 'x' });
  });

  it('separates body from frontmatter without eating body bytes', () => {
    const article = parseArticle('---\r\ntitle: x\r\n---\r\n\r\nBody\r\n');
    expect(article.body).toBe('\r\nBody\r\n');
    expect(article.eol).toBe('\r\n');
    expect(article.bodyLine).toBe(4);
  });

  it('gives a file without frontmatter an empty data object and the whole text as body', () => {
    const article = parseArticle('\uFEFF# Title\n');
    expect(article.data).toEqual({});
    expect(article.body).toBe('# Title\n');
  });

  it('treats a lone "---" rule at the top of the body after frontmatter as body', () => {
    const article = parseArticle(ROUND_TRIP_CASES['body that looks like frontmatter']!);
    expect(article.data).toEqual({ title: 'A' });
    expect(article.body).toBe('---\nnot: frontmatter\n---\n');
  });
});

function errorOf(text: string): ArticleError {
  try {
    parseArticle(text);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('parseArticle errors', () => {
  it('refuses JavaScript frontmatter, which gray-matter would evaluate', () => {
    let ran = false;
    (globalThis as Record<string, unknown>).__articleStudioRan = () => (ran = true);
    for (const opener of ['---js', '---javascript', '--- JavaScript ']) {
      const error = errorOf(`${opener}\n({ title: globalThis.__articleStudioRan() })\n---\nBody\n`);
      expect(error.code).toBe('UNSUPPORTED_FRONTMATTER_LANGUAGE');
      expect(error.line).toBe(1);
      expect(error.message).toMatch(/JavaScript frontmatter is refused/);
    }
    expect(ran).toBe(false);
  });

  it('refuses other frontmatter languages by name', () => {
    expect(errorOf('---toml\ntitle = "x"\n---\n').message).toMatch(/only YAML.*---toml/);
  });

  it('reports invalid YAML with its line in the file', () => {
    const error = errorOf('---\ntitle: ok\ndescription: "unclosed\n---\nBody\n');
    expect(error.code).toBe('INVALID_YAML');
    expect(error.line).toBe(3);
  });

  it('reports a duplicate key at the line of the second occurrence', () => {
    const error = errorOf('---\ntitle: a\ndate: 2025-01-01\ntitle: b\n---\nBody\n');
    expect(error.code).toBe('DUPLICATE_KEY');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/duplicate key/);
  });

  it('reports frontmatter that is never closed instead of swallowing the body', () => {
    const error = errorOf('---\ntitle: x\n\n# Heading\n\nThe body the writer must not lose.\n');
    expect(error.code).toBe('UNCLOSED_FRONTMATTER');
    expect(error.line).toBe(1);
  });

  it('reports frontmatter that is a list or a scalar rather than fields', () => {
    expect(errorOf('---\n- a\n- b\n---\n').code).toBe('FRONTMATTER_NOT_A_MAP');
    expect(errorOf('---\njust text\n---\n').code).toBe('FRONTMATTER_NOT_A_MAP');
  });

  it('names the file once the caller knows it', () => {
    const error = errorOf('---\na: [\n---\n').inFile('posts/a.md');
    expect(error.message).toMatch(/^posts\/a\.md:\d+:\d+: invalid YAML/);
  });

  it('stops alias expansion bombs with an error instead of exhausting memory', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    expect(errorOf(`---\n${lines.join('\n')}\n---\n`).code).toBe('INVALID_YAML');
  });

  it('keeps __proto__ as a plain field and pollutes no prototype', () => {
    const { data } = parseArticle('---\n__proto__:\n  polluted: yes\nconstructor: x\n---\n');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
  });
});
