import { execFile } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { copySampleWorkspace } from '../support/temp-workspace';
import { serveWorkspace } from '../support/web-server';

const run = promisify(execFile);

/** `npx article-studio` from the repo, as the README tells a user to run it after `npm run build`. */
async function npx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['--no', '--', 'article-studio', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('npx article-studio runs the built CLI: help, list and set', async () => {
  const help = await npx(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/Usage: article-studio/);

  const workspace = await copySampleWorkspace();
  try {
    const list = await npx(['list', workspace.root, '--json']);
    expect(list.code).toBe(0);
    const articles = JSON.parse(list.stdout) as { path: string; url: string; draft: boolean }[];
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(articles.find((a) => a.path === 'guides/offline-writing.md')?.url).toBe('https://quiet-ink.example/guides/offline-writing');

    const file = join(workspace.root, 'guides/offline-writing.md');
    const before = await readFile(file, 'utf8');
    const set = await npx(['set', file, 'title=Offline: Still Calm']);
    expect(set.code).toBe(0);
    const after = await readFile(file, 'utf8');
    expect(after).toBe(before.replace(/^title: .*$/m, 'title: "Offline: Still Calm"'));

    const usage = await npx(['set', file]);
    expect(usage.code).toBe(2);
  } finally {
    await workspace.dispose();
  }
});

test('serve without a workspace opens a copy of the bundled sample, never the original', async ({ request }) => {
  const dataDir = await realpath(await mkdtemp(join(tmpdir(), 'article-studio-data-')));
  const served = await serveWorkspace(null, { ARTICLE_STUDIO_DATA_DIR: dataDir });
  try {
    const page = await request.get(served.url);
    expect(page.status()).toBe(200);
    const list = await request.post(`${new URL(served.url).origin}/api/listArticles`, { data: { args: [] } });
    const body = (await list.json()) as { ok: boolean; value: { path: string }[] };
    expect(body.value.map((a) => a.path)).toContain('guides/markdown-comparison-tables.md');
    const info = (await (await request.post(`${new URL(served.url).origin}/api/getWorkspace`, { data: { args: [] } })).json()) as { value: { root: string } };
    expect(info.value.root).toBe(join(dataDir, 'sample-workspace'));
  } finally {
    await served.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('article-studio/core is an ES module library with the documented functions', async () => {
  const script = [
    "import { renderMarkdown, parseArticle, serializeArticle, buildJsonLd, renderPage, DEFAULT_SETTINGS } from 'article-studio/core';",
    "const text = '---\\ntitle: \"Hello: World\"\\n# kept comment\\n---\\n\\nSome **bold** text.\\n';",
    'const article = parseArticle(text);',
    'console.log(JSON.stringify({',
    '  fragment: renderMarkdown(article.body),',
    '  lossless: serializeArticle(article) === text,',
    "  types: buildJsonLd(article, DEFAULT_SETTINGS, 'guides/hello.md').map((o) => o['@type']),",
    "  page: renderPage(article, DEFAULT_SETTINGS, 'guides/hello.md').includes('<title>Hello: World</title>'),",
    '}));',
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(JSON.parse(stdout)).toEqual({
    fragment: '<p>Some <strong>bold</strong> text.</p>\n',
    lossless: true,
    types: ['WebPage', 'Article', 'BreadcrumbList'],
    page: true,
  });
});
