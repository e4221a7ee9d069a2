import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioPage } from '../support/studio-page';
import { expect, test } from './fixtures';

test('lists the workspace, opens an article, and Ctrl+S writes exactly the typed text to disk', async ({ page, server, workspace }) => {
  const file = join(workspace, 'guides/offline-writing.md');
  const before = await readFile(file, 'utf8');

  await page.goto(server.url);
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(5);
  await expect(studio.articleList).toContainText('Writing Offline: A Calm Workflow for Long Articles');
  await expect(studio.articleList).toContainText('Draft');

  await studio.openArticle('Writing Offline');
  await studio.typeAtEnd('\nA closing line typed in the browser.');
  await expect(page).toHaveTitle(/^● guides\/offline-writing\.md/);
  await studio.save();
  const after = await readFile(file, 'utf8');
  expect(after).toBe(`${before}\nA closing line typed in the browser.`);
});

test('the token URL is needed: without it the page is refused', async ({ page, server }) => {
  const origin = new URL(server.url).origin;
  const response = await page.goto(`${origin}/`);
  expect(response?.status()).toBe(401);
});
