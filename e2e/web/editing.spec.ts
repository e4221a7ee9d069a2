import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('lists the workspace, opens an article, and Ctrl+S writes exactly the typed text to disk', async ({ page, server, workspace }) => {
  const file = join(workspace, 'guides/offline-writing.md');
  const before = await readFile(file, 'utf8');

  await page.goto(server.url);
  const items = page.getByTestId('article-item');
  await expect(items).toHaveCount(5);
  await expect(page.getByTestId('article-list')).toContainText('Writing Offline: A Calm Workflow for Long Articles');
  await expect(page.getByTestId('article-list')).toContainText('Draft');

  await items.filter({ hasText: 'Writing Offline' }).getByRole('button').click();
  const editor = page.getByRole('textbox', { name: 'Article body (Markdown)' });
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nA closing line typed in the browser.');
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  await expect(page).toHaveTitle(/^● guides\/offline-writing\.md/);

  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const after = await readFile(file, 'utf8');
  expect(after).toBe(`${before}\nA closing line typed in the browser.`);
});

test('the token URL is needed: without it the page is refused', async ({ page, server }) => {
  const origin = new URL(server.url).origin;
  const response = await page.goto(`${origin}/`);
  expect(response?.status()).toBe(401);
});
