import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../node/test-support/temp-workspace';
import type { CliIo } from './cli-io';
import { captureIo, cleanupAfterEach, tempWorkspaces } from './cli-test-support';
import { runCli } from './run-cli';

const cleanup = cleanupAfterEach();
const workspace = tempWorkspaces(cleanup);

describe('article-studio list', () => {
  it('prints a table of path, date and title, drafts marked', async () => {
    const root = await workspace({ 'b.md': article('Bee', 'draft: true\n'), 'a.md': article('Ay') });
    const io = captureIo();
    expect((await runCli(['list', root], io)).exitCode).toBe(0);
    expect(io.out()).toBe('a.md  2025-12-22 19:22:11  Ay\nb.md  2025-12-22 19:22:11  [draft] Bee\n');
  });

  it('prints JSON with --json and reports broken frontmatter on stderr with file and line', async () => {
    const root = await workspace({ 'a.md': article('Ay'), 'bad.md': '---\ntitle: [\n---\n' });
    const io = captureIo();
    expect((await runCli(['list', root, '--json'], io)).exitCode).toBe(0);
    const parsed = JSON.parse(io.out()) as { path: string; title: string | null }[];
    expect(parsed.map((a) => [a.path, a.title])).toEqual([
      ['a.md', 'Ay'],
      ['bad.md', null],
    ]);
    expect(io.err()).toMatch(/^bad\.md:2: invalid YAML/);
  });

  it('fails with exit 1 naming a missing workspace', async () => {
    const io = captureIo();
    expect((await runCli(['list', '/no/such/folder'], io)).exitCode).toBe(1);
    expect(io.err()).toMatch(/Workspace folder not found: \/no\/such\/folder/);
  });
});

describe('article-studio set', () => {
  it('sets fields through the lossless path, quoting as YAML needs', async () => {
    const root = await workspace({ 'a.md': '---\n# keep me\ntitle: Old # inline\ndate: 2025-12-22 19:22:11\n---\nBody\n' });
    const io = captureIo();
    const file = join(root, 'a.md');
    expect((await runCli(['set', file, 'title=X: y', 'draft=true'], io)).exitCode).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('---\n# keep me\ntitle: "X: y" # inline\ndate: 2025-12-22 19:22:11\ndraft: true\n---\nBody\n');
    expect(io.out()).toBe(`${file}: set title, draft\n`);
  });

  it('leaves the file alone when the value is already set', async () => {
    const root = await workspace({ 'a.md': '---\ntitle: Same\n---\n' });
    const io = captureIo();
    expect((await runCli(['set', join(root, 'a.md'), 'title=Same'], io)).exitCode).toBe(0);
    expect(io.out()).toMatch(/unchanged/);
  });

  it('fails with exit 1 naming the file and line of broken frontmatter, and writes nothing', async () => {
    const text = '---\ntitle: a\ntitle: b\n---\nBody\n';
    const root = await workspace({ 'a.md': text });
    const io = captureIo();
    const file = join(root, 'a.md');
    expect((await runCli(['set', file, 'title=c'], io)).exitCode).toBe(1);
    expect(io.err()).toBe(`${file}:3:1: duplicate key: Map keys must be unique\n`);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses JavaScript frontmatter with exit 1', async () => {
    const root = await workspace({ 'a.md': '---js\n{ title: "x" }\n---\n' });
    const io = captureIo();
    expect((await runCli(['set', join(root, 'a.md'), 'title=c'], io)).exitCode).toBe(1);
    expect(io.err()).toMatch(/a\.md:1:1: JavaScript frontmatter is refused/);
  });

  it('exits 2 on bad usage', async () => {
    const root = await workspace({ 'a.md': article('A') });
    for (const argv of [['set', join(root, 'a.md'), 'no-equals-sign'], ['set', join(root, 'a.md')], ['frobnicate'], [], ['list']]) {
      const io = captureIo();
      expect((await runCli(argv, io)).exitCode, argv.join(' ')).toBe(2);
      expect(io.err().length, argv.join(' ')).toBeGreaterThan(0);
    }
  });

  it('refuses a file that is not UTF-8 instead of rewriting its bytes', async () => {
    const root = await workspace({});
    const file = join(root, 'latin1.md');
    const bytes = Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1');
    await writeFile(file, bytes);
    const io = captureIo();
    expect((await runCli(['set', file, 'draft=true'], io)).exitCode).toBe(1);
    expect(io.err()).toMatch(/latin1\.md is not UTF-8/);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
  });

  it('exits 1 for a missing file, naming it', async () => {
    const io = captureIo();
    expect((await runCli(['set', '/no/such.md', 'a=b'], io)).exitCode).toBe(1);
    expect(io.err()).toBe('/no/such.md: no such file\n');
  });
});

describe('--help', () => {
  for (const argv of [['--help'], ['list', '--help'], ['set', '--help'], ['serve', '--help']]) {
    it(`prints usage for "${argv.join(' ')}" and exits 0`, async () => {
      const io = captureIo();
      expect((await runCli(argv, io)).exitCode).toBe(0);
      expect(io.out()).toMatch(/^Usage: article-studio/);
    });
  }
});

describe('article-studio serve', () => {
  it('serves the given workspace and prints the token URL', async () => {
    const root = await workspace({ 'a.md': article('A') });
    await writeFile(join(root, 'x.txt'), '');
    const io = captureIo();
    const result = await runCli(['serve', root, '--port', '0'], io);
    cleanup(() => result.stop?.() ?? Promise.resolve());
    expect(result.exitCode).toBe(0);
    expect(io.out()).toMatch(/Open http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}\n/);
  });

  it('exits 2 for a bad port', async () => {
    const io = captureIo();
    expect((await runCli(['serve', '.', '--port', 'abc'], io)).exitCode).toBe(2);
  });
});

describe('article-studio render, jsonld and page', () => {
  const settings = JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example' });
  const text = '---\ntitle: "Hello"\ndescription: "A short hello."\n---\n\nSome **bold** text.\n';

  it('render prints the sanitised body, jsonld the generated objects, page the whole document', async () => {
    const root = await workspace({ 'article-studio.json': settings, 'guides/hello.md': text });
    const file = join(root, 'guides/hello.md');
    const fragment = captureIo();
    expect((await runCli(['render', file], fragment)).exitCode).toBe(0);
    expect(fragment.out()).toBe('<p>Some <strong>bold</strong> text.</p>\n');
    const jsonld = captureIo();
    expect((await runCli(['jsonld', file], jsonld)).exitCode).toBe(0);
    const objects = JSON.parse(jsonld.out()) as { '@type': string; url?: string }[];
    expect(objects.map((o) => o['@type'])).toEqual(['WebPage', 'Article', 'BreadcrumbList']);
    expect(objects[0]?.url).toBe('https://quiet-ink.example/guides/hello');
    const page = captureIo();
    expect((await runCli(['page', file], page)).exitCode).toBe(0);
    expect(page.out()).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page.out()).toContain('<link rel="canonical" href="https://quiet-ink.example/guides/hello">');
    expect(page.err()).toBe('');
  });

  it('says when no settings file was found above the file, and uses the defaults', async () => {
    const root = await workspace({ 'hello.md': text });
    const io = captureIo();
    expect((await runCli(['jsonld', join(root, 'hello.md')], io)).exitCode).toBe(0);
    expect(io.err()).toMatch(/no article-studio\.json above .*hello\.md; using the default settings/);
    expect(io.out()).toContain('https://example.com/hello');
  });

  it('fails with exit 1 naming the file and line of broken frontmatter', async () => {
    const root = await workspace({ 'article-studio.json': settings, 'bad.md': '---\ntitle: [\n---\n' });
    const io = captureIo();
    expect((await runCli(['page', join(root, 'bad.md')], io)).exitCode).toBe(1);
    expect(io.err()).toMatch(/bad\.md:2:\d+: invalid YAML/);
  });
});

describe('article-studio export', () => {
  const settings = JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example' });
  const text = '---\ntitle: "Hello"\ndescription: "A short hello."\n---\n\nSome text.\n';

  it('prints one summary line when not on a terminal', async () => {
    const root = await workspace({ 'article-studio.json': settings, 'guides/hello.md': text });
    const io = captureIo();
    expect((await runCli(['export', root, '--out', join(root, '..', `${root.split('/').pop()}-site`)], io)).exitCode).toBe(0);
    cleanup(() => import('node:fs/promises').then(({ rm }) => rm(`${root}-site`, { recursive: true, force: true })));
    expect(io.out()).toMatch(/^Exported 1 pages and 0 assets \([\d.]+ KB\) to .*-site in [\d.]+ s: 5 files written\n$/);
    expect(io.err()).toBe('');
  });

  it('draws a progress bar on a terminal', async () => {
    const root = await workspace({ 'article-studio.json': settings, 'a.md': text, 'b.md': text.replace('Hello', 'Other') });
    const io = { ...captureIo(), isTTY: true };
    let out = '';
    const tty: CliIo = { ...io, stdout: (chunk) => void (out += chunk) };
    expect((await runCli(['export', root, '--out', `${root}-site`], tty)).exitCode).toBe(0);
    cleanup(() => import('node:fs/promises').then(({ rm }) => rm(`${root}-site`, { recursive: true, force: true })));
    expect(out).toMatch(/\r\[#{24}\] 2\/2 b\.md/);
    expect(out).toMatch(/Exported 2 pages/);
  });

  it('exits 2 without --out and 1 with --strict when there are problems', async () => {
    const root = await workspace({ 'article-studio.json': settings, 'a.md': `${text}\n![x](/assets/missing.png)\n` });
    expect((await runCli(['export', root], captureIo())).exitCode).toBe(2);
    const io = captureIo();
    expect((await runCli(['export', root, '--out', `${root}-site`, '--strict'], io)).exitCode).toBe(1);
    expect(io.err()).toMatch(/^a\.md:8: error: Missing file \/assets\/missing\.png/);
  });
});
