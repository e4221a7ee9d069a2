import { readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { StudioPage } from '../support/studio-page';
import { serveWorkspace } from '../support/web-server';
import { PreviewPane } from '../support/writing-room';
import { expect, test } from './fixtures';

const exists = (path: string) => access(path).then(() => true, () => false);

test('with no workspace given it opens the bundled sample, and the library filters as you type', async ({ page, dataDir }) => {
  const served = await serveWorkspace(null, { ARTICLE_STUDIO_DATA_DIR: dataDir });
  try {
    await page.goto(served.url);
    const studio = new StudioPage(page);
    await expect(studio.articleItems).toHaveCount(6);
    await expect(page.getByTestId('empty-editor')).toContainText('Choose an article');
    const filter = page.getByRole('searchbox', { name: 'Filter articles' });
    await filter.fill('tables');
    await expect(studio.articleItems).toHaveCount(1);
    await expect(studio.articleItems).toContainText('Markdown Tables for Comparison Pages');
    await filter.fill('guides faq');
    await expect(studio.articleItems).toHaveCount(1);
    await filter.fill('no such article');
    await expect(studio.articleList).toContainText('No article matches');
    await filter.fill('');
    await expect(studio.articleItems).toHaveCount(6);
  } finally {
    await served.stop();
  }
});

test('creates, renames, duplicates and deletes an article, asking before the delete', async ({ page, server, workspace }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(6);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  const dialog = page.getByTestId('article-dialog');
  await dialog.getByLabel('Title').fill('Night Writing Habits');
  await expect(dialog.getByLabel('File')).toHaveValue('night-writing-habits.md');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(studio.editor).toBeVisible();
  await expect(page.locator('.editor-path')).toHaveText('night-writing-habits.md');
  expect(await readFile(join(workspace, 'night-writing-habits.md'), 'utf8')).toMatch(/^title: "?Night Writing Habits"?$/m);

  await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Rename' }).click();
  await dialog.getByLabel('File').fill('guides/offline-writing.md');
  await expect(dialog.getByRole('status')).toHaveText('guides/offline-writing.md already exists.');
  await expect(dialog.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await dialog.getByLabel('File').fill('guides/night-writing.md');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.locator('.editor-path')).toHaveText('guides/night-writing.md');
  expect(await exists(join(workspace, 'night-writing-habits.md'))).toBe(false);
  expect(await exists(join(workspace, 'guides/night-writing.md'))).toBe(true);

  await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(dialog.getByLabel('File')).toHaveValue('guides/night-writing-copy.md');
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.editor-path')).toHaveText('guides/night-writing-copy.md');
  expect(await readFile(join(workspace, 'guides/night-writing-copy.md'), 'utf8')).toContain('Night Writing Habits (copy)');

  await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toContainText('Move guides/night-writing-copy.md to the trash?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await exists(join(workspace, 'guides/night-writing-copy.md'))).toBe(true);
  await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByTestId('empty-editor')).toBeVisible();
  expect(await exists(join(workspace, 'guides/night-writing-copy.md'))).toBe(false);
  await expect(studio.articleItems).toHaveCount(7);
});

test('the preview follows typing by patching the page in place: scroll kept, untouched nodes kept, images shown', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  const preview = new PreviewPane(page);
  await studio.openArticle('Choosing Images for Social Cards');
  await preview.settled();
  await expect(preview.frame.locator('img').first()).toHaveJSProperty('complete', true);
  expect(await preview.frame.locator('img').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const frame = page.frame({ url: /about:srcdoc/ })!;
  await frame.evaluate(() => {
    document.querySelector('article h2')!.setAttribute('data-untouched', 'yes');
    window.scrollTo(0, 600);
  });
  const lastHeadingTop = () => frame.evaluate(() => Math.round([...document.querySelectorAll('article h2')].at(-1)!.getBoundingClientRect().top));
  const before = await lastHeadingTop();
  // Typing at the top of the body (the editor does not scroll, so the preview is not asked to follow).
  await studio.editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Typed first for the live preview. ');
  await preview.expectText('Typed first for the live preview.');
  // The node that did not change is the same node, and what the writer was looking at stays where it was.
  expect(await frame.evaluate(() => document.querySelector('article h2')!.getAttribute('data-untouched'))).toBe('yes');
  expect(Math.abs((await lastHeadingTop()) - before)).toBeLessThanOrEqual(2);
  expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(600);
});

test('the preview follows the editor’s scroll: the end of the text shows the end of the page', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Choosing Images for Social Cards');
  await new PreviewPane(page).settled();
  const frame = page.frame({ url: /about:srcdoc/ })!;
  expect(await frame.evaluate(() => window.scrollY)).toBe(0);
  await studio.editor.evaluate((textarea: HTMLTextAreaElement) => {
    textarea.scrollTop = textarea.scrollHeight;
  });
  await expect.poll(() => frame.evaluate(() => Math.round(window.scrollY + window.innerHeight - document.documentElement.scrollHeight))).toBeGreaterThan(-5);
  await studio.editor.evaluate((textarea: HTMLTextAreaElement) => {
    textarea.scrollTop = 0;
  });
  await expect.poll(() => frame.evaluate(() => window.scrollY)).toBe(0);
});

test('the JSON-LD tab shows the generated blocks, and a preview link opens the linked article', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  const preview = new PreviewPane(page);
  await studio.openArticle('Editing Checklist');
  await preview.settled();
  await page.getByRole('tab', { name: 'JSON-LD' }).click();
  const blocks = page.getByTestId('jsonld-view');
  for (const type of ['WebPage', 'Article', 'BreadcrumbList']) await expect(blocks.getByRole('region', { name: `${type} JSON-LD` })).toBeVisible();
  await expect(blocks.getByRole('region', { name: 'Article JSON-LD' })).toContainText('"headline": "Editing Checklist');

  await page.getByRole('tab', { name: 'Page' }).click();
  await preview.frame.getByRole('link', { name: 'writing offline' }).click();
  await expect(page.locator('.editor-path')).toHaveText('guides/offline-writing.md');
  await preview.expectText('Writing Offline');
});

test('an outside change reloads a clean article, and raises the conflict bar on a dirty one', async ({ page, server, workspace }) => {
  const file = join(workspace, 'social-card-images.md');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Choosing Images for Social Cards');

  const original = await readFile(file, 'utf8');
  await writeFile(file, `${original}\nAdded by another program.\n`);
  await expect(studio.editor).toHaveValue(/Added by another program\./);
  await expect(studio.saveState).toHaveText('Saved');

  await studio.typeAtEnd('\nMy own unsaved line.');
  await writeFile(file, `${original}\nA second outside edit.\n`);
  const bar = page.getByTestId('editor-message');
  await expect(bar).toContainText('changed by another program');
  await bar.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByTestId('compare-dialog');
  await expect(compare.locator('.diff-removed', { hasText: 'A second outside edit.' })).toBeVisible();
  await expect(compare.locator('.diff-added', { hasText: 'My own unsaved line.' })).toBeVisible();
  // Nothing was written while the writer compares.
  expect(await readFile(file, 'utf8')).toContain('A second outside edit.');
  await compare.getByRole('button', { name: 'Keep mine' }).click();
  await expect(studio.saveState).toHaveText('Saved');
  const saved = await readFile(file, 'utf8');
  expect(saved).toContain('My own unsaved line.');
  expect(saved).not.toContain('A second outside edit.');
});

test.describe('with autosave on', () => {
  test.use({ autosave: true });

  test('a pause in typing saves the file by itself', async ({ page, server, workspace }) => {
    await page.goto(server.url);
    const studio = new StudioPage(page);
    await studio.openArticle('Writing Offline');
    await studio.typeAtEnd('\nSaved without Ctrl+S.');
    await expect(studio.saveState).toHaveText('Saved', { timeout: 5000 });
    expect(await readFile(join(workspace, 'guides/offline-writing.md'), 'utf8')).toContain('Saved without Ctrl+S.');
  });
});

test('unsaved edits survive killing the server and the page, and come back marked unsaved', async ({ page, workspace, dataDir, browser }) => {
  const first = await serveWorkspace(workspace, { ARTICLE_STUDIO_DATA_DIR: dataDir });
  await page.goto(first.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Writing Offline');
  await studio.typeAtEnd('\nWords that were never saved.');
  // The backup is written a moment after typing pauses.
  await page.waitForTimeout(1200);
  first.process.kill('SIGKILL');
  await page.close();
  expect(await readFile(join(workspace, 'guides/offline-writing.md'), 'utf8')).not.toContain('Words that were never saved.');

  const second = await serveWorkspace(workspace, { ARTICLE_STUDIO_DATA_DIR: dataDir });
  try {
    const again = await browser.newPage();
    await again.goto(second.url);
    const restored = new StudioPage(again);
    await restored.articleItems.filter({ hasText: 'Writing Offline' }).getByRole('button').click();
    await expect(restored.editor).toHaveValue(/Words that were never saved\.$/);
    await expect(restored.saveState).toHaveText('Unsaved changes');
    await expect(again.getByTestId('editor-message')).toContainText('Restored unsaved edits');
    await restored.save();
    expect(await readFile(join(workspace, 'guides/offline-writing.md'), 'utf8')).toContain('Words that were never saved.');
  } finally {
    await second.stop();
  }
});

test('keyboard: quick open, toggle preview, focus panes, word count in the status bar', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(6);
  await page.keyboard.press('Control+P');
  const quick = page.getByTestId('quick-open');
  await quick.getByRole('combobox').fill('faq');
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-path')).toHaveText('guides/faq-sections.md');
  await expect(page.getByTestId('word-count')).toHaveText(/^[\d,]+ words · \d+ min read$/);

  const previewWidth = async () => (await page.getByRole('region', { name: 'Preview' }).boundingBox())?.width ?? 0;
  await page.keyboard.press('Control+\\');
  await expect.poll(previewWidth).toBeLessThan(2);
  await page.keyboard.press('Control+\\');
  await expect.poll(previewWidth).toBeGreaterThan(200);

  await page.keyboard.press('Control+1');
  await expect(page.getByRole('searchbox', { name: 'Filter articles' })).toBeFocused();
  await page.keyboard.press('Control+2');
  await expect(studio.editor).toBeFocused();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('tab', { name: 'Page' })).toBeFocused();
});

test('axe finds no serious or critical violation on the main screen, empty and with an article open', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(6);
  const serious = async () =>
    (await new AxeBuilder({ page }).exclude('[data-testid="preview-frame"]').analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await studio.openArticle('Writing Offline');
  await new PreviewPane(page).settled();
  expect(await serious()).toEqual([]);
});

test('opens another workspace from a typed folder path, and says so when the folder does not exist', async ({ page, server, workspace }) => {
  const other = join(workspace, '..', 'second-workspace');
  await import('node:fs/promises').then((fs) => fs.mkdir(other));
  await writeFile(join(other, 'only.md'), '---\ntitle: The Only Article\n---\nHello.\n');
  await page.goto(server.url);
  await page.getByRole('button', { name: /Quiet Ink/ }).click();
  const dialog = page.getByTestId('open-workspace');
  await dialog.getByLabel('Folder path').fill(join(workspace, 'missing-folder'));
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByRole('alert')).toContainText('missing-folder');
  await dialog.getByLabel('Folder path').fill(other);
  await dialog.getByRole('button', { name: 'Open' }).click();
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(1);
  await expect(studio.articleList).toContainText('The Only Article');
});

test('pane sizes, the preview tab and the open article are remembered across a reload', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Writing Offline');
  const library = page.locator('#pane-library');
  const before = (await library.boundingBox())!.width;
  await page.getByRole('separator').first().focus();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await library.boundingBox())!.width).toBeGreaterThan(before + 20);
  const resized = (await library.boundingBox())!.width;
  await page.getByRole('tab', { name: 'JSON-LD' }).click();

  await page.reload();
  await expect(page.locator('.editor-path')).toHaveText('guides/offline-writing.md');
  await expect(page.getByRole('tab', { name: 'JSON-LD' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => Math.round((await library.boundingBox())!.width)).toBe(Math.round(resized));
});
