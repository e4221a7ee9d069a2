import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { ExportDialog } from '../support/export-dialog';
import { StudioPage } from '../support/studio-page';
import { expect, test } from './fixtures';

/** An article whose link and image lead nowhere: the export reports both. */
const LOOSE_ENDS = '---\ntitle: "Loose Ends"\ndescription: "A page with a link that leads nowhere."\ndate: 2026-01-05 10:00:00\n---\n\nSee [the old guide](/guides/retired-guide) and ![missing](/assets/none.png).\n';

test('exports the whole workspace with relative links, lists the findings, then reports nothing changed', async ({ page, server, workspace }) => {
  await writeFile(join(workspace, 'loose-ends.md'), LOOSE_ENDS);
  // Beside the workspace, inside the test's own temporary folder.
  const out = join(dirname(workspace), 'exported-site');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await expect(studio.articleItems).toHaveCount(7);

  const dialog = await studio.openExport();
  await expect(dialog.wholeWorkspace).toBeChecked();
  await expect(dialog.currentArticle).toBeDisabled();
  await dialog.setFolder(out);
  await dialog.relative.check();
  await dialog.export();

  await expect(dialog.result).toContainText('Exported 6 pages and 9 assets');
  await expect(dialog.findings).toHaveCount(2);
  await expect(dialog.findings.first()).toContainText('loose-ends.md:7 — Link to /guides/retired-guide');
  await expect(dialog.openResult).toBeEnabled();
  // For a human look at the finished dialog (attached to the report).
  const screenshot = test.info().outputPath('export-dialog.png');
  await page.screenshot({ path: screenshot });
  await test.info().attach('export-dialog', { path: screenshot, contentType: 'image/png' });

  expect((await stat(join(out, 'index.html'))).isFile()).toBe(true);
  const articlePage = await readFile(join(out, 'guides/offline-writing/index.html'), 'utf8');
  expect(articlePage).toContain('<title>');
  expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('href="./guides/offline-writing/index.html"');

  await dialog.export();
  await expect(dialog.result).toContainText('Nothing changed since the last export');
});

test('shows pages done of total and the current file while the export runs', async ({ page, server, workspace }) => {
  for (let index = 1; index <= 120; index++) {
    await writeFile(join(workspace, `bulk-${index}.md`), `---\ntitle: "Bulk ${index}"\ndate: 2026-01-05 10:00:00\n---\n\nPage ${index}.\n`);
  }
  await page.goto(server.url);
  const dialog = await new StudioPage(page).openExport();
  await dialog.setFolder(join(dirname(workspace), 'big-site'));
  // The export's answer is held back until the progress has been seen: a small
  // export finishes faster than anyone (or any assertion) can watch it run.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/exportWorkspace', async (route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  await dialog.exportButton.click();
  await expect(dialog.progress).toContainText(/^\d+ \/ 125 · .+\.md$/);
  await expect(dialog.progress.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('max', '125');
  await expect(dialog.exportButton).toHaveText('Exporting…');
  await expect(dialog.exportButton).toBeDisabled();
  await expect(dialog.folder).toBeDisabled();
  release();
  await expect(dialog.result).toContainText('Exported 125 pages');
  await expect(dialog.progress).toHaveCount(0);
});

test("refuses an output folder inside the workspace's assets/ and says why in the dialog", async ({ page, server, workspace }) => {
  await page.goto(server.url);
  const dialog = await new StudioPage(page).openExport();
  await dialog.setFolder(join(workspace, 'assets', 'site'));
  await dialog.export();
  await expect(dialog.error).toContainText("it is inside the workspace's assets/ folder");
  await expect(dialog.result).toHaveCount(0);
  await expect(dialog.folder).toBeEnabled();
});

test('says another export is running into the folder, and exports once it is done', async ({ page, server, workspace }) => {
  const out = join(dirname(workspace), 'busy-site');
  // The CLI's export into the same folder, as its lock says: this test's own process, which is running.
  const lock = join(dirname(workspace), '.busy-site.export.lock');
  await mkdir(lock);
  await writeFile(join(lock, 'holder.json'), JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), id: 'cli' }));
  await page.goto(server.url);
  const dialog = await new StudioPage(page).openExport();
  await dialog.setFolder(out);
  await dialog.export();
  await expect(dialog.error).toContainText(`Another export into ${out} is running (process ${process.pid}, since`);
  await expect(dialog.result).toHaveCount(0);
  await expect(stat(out)).rejects.toThrow();
  const screenshot = test.info().outputPath('export-busy.png');
  await page.screenshot({ path: screenshot });
  await test.info().attach('export-busy', { path: screenshot, contentType: 'image/png' });

  await rm(lock, { recursive: true });
  await dialog.export();
  await expect(dialog.result).toContainText('Exported 5 pages');
});

test('remembers the output folder and options for the workspace across a reload', async ({ page, server, workspace }) => {
  const out = join(dirname(workspace), 'remembered-site');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  let dialog = await studio.openExport();
  await expect(dialog.folder).toHaveValue(`${workspace}-site`);
  await dialog.setFolder(out);
  await dialog.relative.check();
  await dialog.export();
  await expect(dialog.result).toContainText('Exported 5 pages');

  await page.reload();
  dialog = await studio.openExport();
  await expect(dialog.folder).toHaveValue(out);
  await expect(dialog.relative).toBeChecked();
  await expect(dialog.zip).not.toBeChecked();
});

test('Ctrl+E opens the dialog as a modal that keeps focus, warns about unsaved edits, and Escape closes it', async ({ page, server }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Writing Offline');
  await studio.typeAtEnd('\nNot saved yet.');

  await page.keyboard.press('Control+E');
  const exportDialog = new ExportDialog(page);
  await exportDialog.expectReady();
  await expect(exportDialog.dialog).toHaveAttribute('aria-modal', 'true');
  await expect(exportDialog.currentArticle).toBeEnabled();
  await expect(exportDialog.dialog).toContainText('Current article (guides/offline-writing.md)');

  // Tab goes round inside the dialog, never back to the page behind it.
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  }

  await expect(exportDialog.unsavedNotice).toContainText('guides/offline-writing.md has unsaved changes');
  await exportDialog.unsavedNotice.getByRole('button', { name: 'Save now' }).click();
  await expect(exportDialog.unsavedNotice).toHaveCount(0);
  await expect(studio.saveState).toHaveText('Saved');

  await exportDialog.close();
  await expect(studio.exportButton).toBeVisible();
});
