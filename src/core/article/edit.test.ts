import { describe, expect, it } from 'vitest';
import { deleteField, parseArticle, serializeArticle, setBody, setField, setFieldFromSource } from './index';

const REFERENCE_LIKE = [
  '---',
  'date: 2025-12-22 19:22:11',
  'date_updated_at: 2026-01-03',
  '# SEO fields below',
  'title: "Field Notes: Writing Offline"',
  "description: 'A calm guide.' # keep under 156 characters",
  'keywords: offline writing, markdown',
  'tags: [a, b]',
  'summary: >-',
  '  folded',
  '  text',
  '---',
  '',
  '## Body',
  '',
  'key: value lines stay',
  '',
].join('\n');

function edit(text: string, change: (a: ReturnType<typeof parseArticle>) => ReturnType<typeof parseArticle>): string {
  return serializeArticle(change(parseArticle(text)));
}

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => a[i] !== line);
}

describe('setField', () => {
  it('rewrites only the value, keeping its quoting, the inline comment and every other byte', () => {
    const after = edit(REFERENCE_LIKE, (a) => setField(a, 'description', 'A calmer guide.'));
    expect(after).toBe(REFERENCE_LIKE.replace("'A calm guide.'", "'A calmer guide.'"));
  });

  it('keeps double quotes on a double-quoted title', () => {
    const after = edit(REFERENCE_LIKE, (a) => setField(a, 'title', 'New: Title'));
    expect(changedLines(REFERENCE_LIKE, after)).toEqual(['title: "New: Title"']);
  });

  it('quotes a plain value when YAML needs it, and only then', () => {
    const text = '---\ntitle: Plain\n---\n';
    expect(edit(text, (a) => setField(a, 'title', 'Still plain'))).toBe('---\ntitle: Still plain\n---\n');
    expect(edit(text, (a) => setField(a, 'title', 'X: y'))).toBe('---\ntitle: "X: y"\n---\n');
    expect(edit(text, (a) => setField(a, 'title', '007'))).toBe('---\ntitle: "007"\n---\n');
    expect(parseArticle(edit(text, (a) => setField(a, 'title', '# not a comment'))).data.title).toBe('# not a comment');
  });

  it('returns the same article when the value is unchanged', () => {
    const article = parseArticle(REFERENCE_LIKE);
    expect(setField(article, 'title', 'Field Notes: Writing Offline')).toBe(article);
    expect(setField(article, 'tags', ['a', 'b'])).toBe(article);
  });

  it('appends a new field after the last one, in the file line ending', () => {
    const crlf = REFERENCE_LIKE.replace(/\n/g, '\r\n');
    const after = edit(crlf, (a) => setField(a, 'draft', true));
    expect(after).toBe(crlf.replace('  text\r\n---', '  text\r\ndraft: true\r\n---'));
  });

  it('writes a new string field in the quoting most of the file uses', () => {
    const text = '---\ntitle: "A"\ndescription: "B"\n---\n';
    expect(edit(text, (a) => setField(a, 'og_title', 'C'))).toBe('---\ntitle: "A"\ndescription: "B"\nog_title: "C"\n---\n');
  });

  it('adds a field to empty frontmatter and creates frontmatter when there is none', () => {
    expect(edit('---\n---\nBody\n', (a) => setField(a, 'title', 'T'))).toBe('---\ntitle: T\n---\nBody\n');
    expect(edit('\uFEFFBody\r\n', (a) => setField(a, 'title', 'T'))).toBe('\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n');
  });

  it('replaces a block scalar by its own lines only, in its own style', () => {
    const after = edit(REFERENCE_LIKE, (a) => setField(a, 'summary', 'one line now'));
    expect(after).toBe(REFERENCE_LIKE.replace('summary: >-\n  folded\n  text', 'summary: >-\n  one line now'));
  });

  it('writes a multi-line value as a block scalar when the field already is one', () => {
    const text = '---\nnotes: |\n  old\ntitle: x\n---\n';
    expect(edit(text, (a) => setField(a, 'notes', 'new\nlines\n'))).toBe('---\nnotes: |\n  new\n  lines\ntitle: x\n---\n');
  });

  it('keeps a flow list a flow list, with its own spacing', () => {
    const after = edit(REFERENCE_LIKE, (a) => setField(a, 'tags', ['a', 'b', 'c']));
    expect(changedLines(REFERENCE_LIKE, after)).toEqual(['tags: [a, b, c]']);
  });

  it('keeps a block list a block list', () => {
    const text = '---\nkeywords:\n  - one\n  - two\nnext: 1\n---\n';
    expect(edit(text, (a) => setField(a, 'keywords', ['one', 'three']))).toBe(
      '---\nkeywords:\n  - one\n  - three\nnext: 1\n---\n',
    );
  });

  it('fills an empty value, keeping the comment after it', () => {
    expect(edit('---\ntitle: # todo\n---\n', (a) => setField(a, 'title', 'Done'))).toBe('---\ntitle: Done # todo\n---\n');
    expect(edit('---\ntitle:\nx: 1\n---\n', (a) => setField(a, 'title', 'Done'))).toBe('---\ntitle: Done\nx: 1\n---\n');
  });

  it('writes after an anchor or tag that stands alone on the line', () => {
    expect(edit('---\nt: !!str\nx: 1\n---\n', (a) => setField(a, 't', 'v'))).toBe('---\nt: !!str v\nx: 1\n---\n');
    const anchored = parseArticle(edit('---\nt: &a\nx: *a\n---\n', (a) => setField(a, 't', 'v')));
    expect(anchored.text).toBe('---\nt: &a v\nx: *a\n---\n');
    expect(anchored.data.x).toBe('v');
  });

  it('tells null, NaN and infinity apart when deciding whether anything changed', () => {
    const text = '---\nn: .nan\ni: .inf\n---\n';
    expect(edit(text, (a) => setField(a, 'n', null))).toBe('---\nn:\ni: .inf\n---\n');
  });

  it('keeps the anchor of a value that others alias', () => {
    const text = '---\nsite: &s Old\nog_site: *s\n---\n';
    const article = parseArticle(edit(text, (a) => setField(a, 'site', 'New')));
    expect(article.text).toBe('---\nsite: &s New\nog_site: *s\n---\n');
    expect(article.data.og_site).toBe('New');
  });

  it('round-trips CJK and emoji values', () => {
    const text = '---\ntitle: "旧"\n---\n';
    expect(edit(text, (a) => setField(a, 'title', '通义千问 🤖'))).toBe('---\ntitle: "通义千问 🤖"\n---\n');
  });

  it('never touches the body, even one full of --- and key: value lines', () => {
    const body = '\n---\nkey: value\n---\n';
    const after = edit(`---\ntitle: a\n---${body}`, (a) => setField(a, 'title', 'b'));
    expect(after).toBe(`---\ntitle: b\n---${body}`);
  });
});

describe('setField on values written over several lines', () => {
  it('replaces a multi-line plain scalar by one line, leaving its neighbours alone', () => {
    const text = '---\ndescription: a long plain\n  scalar continued\ntitle: x\n---\n';
    expect(edit(text, (a) => setField(a, 'description', 'short'))).toBe('---\ndescription: short\ntitle: x\n---\n');
  });

  it('keeps the quoting of a double-quoted key and value', () => {
    const text = '---\n"title": "Old" # c\n---\n';
    expect(edit(text, (a) => setField(a, 'title', 'New'))).toBe('---\n"title": "New" # c\n---\n');
  });

  it('rewrites a multi-line flow list as the flow list it was', () => {
    const text = '---\ntags: [a,\n  b]\nnext: 1\n---\n';
    expect(edit(text, (a) => setField(a, 'tags', ['c']))).toBe('---\ntags: [c]\nnext: 1\n---\n');
  });

  it('refuses to edit a frontmatter written as one flow mapping, naming the line', () => {
    expect(() => setField(parseArticle('---\n{ title: a }\n---\n'), 'title', 'b')).toThrow(/edit it as raw text/);
  });
});

describe('setFieldFromSource', () => {
  const text = '---\ntitle: Old\n---\nBody\n';

  it('quotes values that YAML would cut or reinterpret: comments, anchors, aliases, tags, block indicators', () => {
    for (const value of ['Tips #1', '|', '>', '&a', '*a', '!!str x', ' padded']) {
      const article = parseArticle(edit(text, (a) => setFieldFromSource(a, 'title', value)));
      expect(article.data.title, value).toBe(value);
    }
  });

  it('changes nothing when the typed value equals the current one, whatever its quoting', () => {
    const quoted = "---\ntitle: 'Hello'\nn: 1.10\n---\n";
    expect(edit(quoted, (a) => setFieldFromSource(a, 'title', 'Hello'))).toBe(quoted);
    expect(edit(quoted, (a) => setFieldFromSource(a, 'n', '1.1'))).toBe(quoted);
  });

  it('writes a scalar exactly as typed', () => {
    expect(edit(text, (a) => setFieldFromSource(a, 'version', '1.10'))).toBe('---\ntitle: Old\nversion: 1.10\n---\nBody\n');
    expect(edit(text, (a) => setFieldFromSource(a, 'draft', 'true'))).toBe('---\ntitle: Old\ndraft: true\n---\nBody\n');
    expect(edit(text, (a) => setFieldFromSource(a, 'title', "'single'"))).toBe("---\ntitle: 'single'\n---\nBody\n");
  });

  it('quotes text that YAML would read as something else', () => {
    expect(edit(text, (a) => setFieldFromSource(a, 'title', 'X: y'))).toBe('---\ntitle: "X: y"\n---\nBody\n');
    expect(edit(text, (a) => setFieldFromSource(a, 'title', '[a, b'))).toBe('---\ntitle: "[a, b"\n---\nBody\n');
  });
});

describe('deleteField', () => {
  it('removes the field lines and nothing else', () => {
    const after = edit(REFERENCE_LIKE, (a) => deleteField(a, 'summary'));
    expect(after).toBe(REFERENCE_LIKE.replace('summary: >-\n  folded\n  text\n', ''));
    expect(edit(REFERENCE_LIKE, (a) => deleteField(a, 'missing'))).toBe(REFERENCE_LIKE);
  });
});

describe('setBody', () => {
  it('puts body text typed into a frontmatter-only file on its own line', () => {
    expect(edit('---\ntitle: x\n---', (a) => setBody(a, 'Hello'))).toBe('---\ntitle: x\n---\nHello');
    expect(edit('---\r\ntitle: x\r\n---', (a) => setBody(a, 'Hello'))).toBe('---\r\ntitle: x\r\n---\r\nHello');
    expect(edit('---\ntitle: x\n---  ', (a) => setBody(a, '# H'))).toBe('---\ntitle: x\n---  \n# H');
  });

  it('replaces the body and keeps BOM, delimiters and frontmatter bytes', () => {
    const text = '\uFEFF---\r\ntitle: x # c\r\n---\r\nold\r\n';
    expect(edit(text, (a) => setBody(a, 'new\r\n'))).toBe('\uFEFF---\r\ntitle: x # c\r\n---\r\nnew\r\n');
  });
});
