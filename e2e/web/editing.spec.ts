import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioPage } from '../support/studio-page';
import { expect, test } from './fixtures';

test('lists the workspace, opens an article, and Ctrl+S writes exactly the typed text to disk', async ({ page, server, workspace }) => {
  const file = join(workspace, 'guides/offline-writing.md');
  const before = await readFile(file, 'utf8');

  await page.goto(server.url);
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(6);
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

/** Articles written some other way: typing at the end and saving must change exactly the typed text. */
const WRITTEN_ELSEWHERE = [
  {
    name: 'a CRLF article keeps CRLF line endings through typing and saving',
    file: 'windows-notes.md',
    title: 'Windows Notes',
    original: '---\r\ntitle: "Windows Notes"\r\n---\r\n\r\nLine one.\r\nLine two.\r\n',
    typed: 'Line three.',
    saved: '---\r\ntitle: "Windows Notes"\r\n---\r\n\r\nLine one.\r\nLine two.\r\nLine three.',
  },
  {
    name: 'text typed into a frontmatter-only file starts on its own line',
    file: 'only-fields.md',
    title: 'Only Fields',
    original: '---\ntitle: "Only Fields"\n---',
    typed: 'Hello',
    saved: '---\ntitle: "Only Fields"\n---\nHello',
  },
  {
    name: 'a body that mixes CRLF and LF keeps every line ending the writer did not touch',
    file: 'mixed-endings.md',
    title: 'Mixed Endings',
    original: '---\r\ntitle: "Mixed Endings"\r\n---\r\nFirst line.\r\nSecond line.\nThird line.\r\n',
    typed: 'Fourth',
    saved: '---\r\ntitle: "Mixed Endings"\r\n---\r\nFirst line.\r\nSecond line.\nThird line.\r\nFourth',
  },
];

for (const article of WRITTEN_ELSEWHERE) {
  test(article.name, async ({ page, server, workspace }) => {
    const file = join(workspace, article.file);
    await writeFile(file, article.original);
    await page.goto(server.url);
    const studio = new StudioPage(page);
    await studio.openArticle(article.title);
    await studio.typeAtEnd(article.typed);
    await studio.save();
    expect(await readFile(file, 'utf8')).toBe(article.saved);
  });
}


test('switching to another article saves the one being left', async ({ page, server, workspace }) => {
  const file = join(workspace, 'social-card-images.md');
  const before = await readFile(file, 'utf8');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Choosing Images for Social Cards');
  await studio.typeAtEnd('\nOne more thought.');
  await studio.articleItems.filter({ hasText: 'Writing Offline' }).getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'guides/offline-writing.md' })).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(`${before}\nOne more thought.`);
  await expect(studio.articleList.locator('.dirty-dot')).toHaveCount(0);
});

test('frontmatter typed into a file that had none is written once, however much is typed after the save', async ({ page, server, workspace }) => {
  const file = join(workspace, 'no-frontmatter.md');
  await writeFile(file, 'Just a body.\n');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('no-frontmatter.md');
  await studio.editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('---\ntitle: Added Later\n---\n');
  await studio.save();
  await studio.typeAtEnd('More.');
  await studio.save();
  expect(await readFile(file, 'utf8')).toBe('---\ntitle: Added Later\n---\nJust a body.\nMore.');
});

test('duplicating an article with unsaved edits saves them first, so the copy has them', async ({ page, server, workspace }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Writing Offline');
  await studio.typeAtEnd('\nTyped just before duplicating.');
  await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Duplicate' }).click();
  const dialog = page.getByTestId('article-dialog');
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.editor-path')).toHaveText('guides/offline-writing-copy.md');
  expect(await readFile(join(workspace, 'guides/offline-writing.md'), 'utf8')).toContain('Typed just before duplicating.');
  expect(await readFile(join(workspace, 'guides/offline-writing-copy.md'), 'utf8')).toContain('Typed just before duplicating.');
});


test('no box around the text box clips it with rounded corners, which would cost every keystroke a render pass of its own', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Writing Offline');
  // A rounded clip around a scrolling child is drawn, masked, in a render pass of its own on every
  // frame: the editor library's own corners made each keystroke's frame 1.2 ms slower to draw.
  const roundedClips = await studio.editor.evaluate((box) => {
    const found: string[] = [];
    for (let element = box.parentElement; element; element = element.parentElement) {
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || /strict|content|paint/.test(style.contain);
      const corners = [style.borderTopLeftRadius, style.borderTopRightRadius, style.borderBottomRightRadius, style.borderBottomLeftRadius];
      if (clips && corners.some((radius) => parseFloat(radius) > 0)) found.push(`${element.className} (${corners.join(' ')})`);
    }
    return found;
  });
  expect(roundedClips).toEqual([]);
});
