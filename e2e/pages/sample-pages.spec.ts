import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runBuiltCli } from '../support/cli';
import { structuredDataFailures, validateWithVnu } from '../support/html-validators';
import { SAMPLE_WORKSPACE } from '../support/temp-workspace';

/** Every sample article's finished page, from the built CLI. */
async function samplePages(): Promise<{ article: string; html: string }[]> {
  const list = await runBuiltCli(['list', SAMPLE_WORKSPACE, '--json']);
  expect(list.code, list.stderr).toBe(0);
  const articles = (JSON.parse(list.stdout) as { path: string }[]).map((a) => a.path);
  return Promise.all(
    articles.map(async (article) => {
      const page = await runBuiltCli(['page', join(SAMPLE_WORKSPACE, article)]);
      expect(page.code, page.stderr).toBe(0);
      return { article, html: page.stdout };
    }),
  );
}

test('the W3C Nu validator reports no error on any sample page', async () => {
  const pages = await samplePages();
  const folder = await mkdtemp(join(tmpdir(), 'article-studio-vnu-'));
  try {
    const files = await Promise.all(
      pages.map(async ({ article, html }) => {
        const file = join(folder, `${article.replace(/\//g, '__')}.html`);
        await writeFile(file, html);
        return file;
      }),
    );
    expect((await readdir(folder)).length).toBeGreaterThanOrEqual(3);
    const errors = await validateWithVnu(files);
    expect(errors.map((e) => `${e.url}:${e.lastLine ?? '?'}: ${e.message} [${e.extract ?? ''}]`)).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('structured-data-testing-tool passes every sample page with the Google, Twitter and Facebook presets', async () => {
  for (const { article, html } of await samplePages()) {
    const failures = await structuredDataFailures(html);
    expect(failures.map((f) => `${article}: ${f.test} ${f.error?.message ?? ''}`)).toEqual([]);
  }
});

test('the validators do fail on a broken page (so the tests above can fail)', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'article-studio-vnu-'));
  try {
    const file = join(folder, 'broken.html');
    await writeFile(file, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><img src="a.png"></p></body></html>');
    expect((await validateWithVnu([file])).length).toBeGreaterThan(0);
    expect((await structuredDataFailures('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>')).length).toBeGreaterThan(0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('a printed page shows the answers of closed FAQ questions', async ({ page }) => {
  const withFaq = (await samplePages()).find(({ html }) => /<details>/.test(html));
  expect(withFaq, 'a sample article with a closed FAQ question').toBeDefined();
  await page.setContent(withFaq!.html);
  const answer = page.locator('details:not([open]) > :not(summary)').first();
  await expect(answer).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeVisible();
});
