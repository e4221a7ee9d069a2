import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinaryAvailable } from '../../scripts/electron-binary.mjs';
import { launchStudio, studioWindow, ELECTRON_SKIP_REASON } from '../support/electron-app';
import { StudioPage } from '../support/studio-page';
import { PreviewPane } from '../support/writing-room';

// The web specs drive the same flows in Chromium; these run them in the desktop app where its binary exists.
test.skip(!electronBinaryAvailable(), ELECTRON_SKIP_REASON);

const exists = (path: string) => access(path).then(() => true, () => false);

test('filter, create, rename and delete in the desktop app', async () => {
  const { app, workspace, dispose } = await launchStudio();
  try {
    const page = await studioWindow(app);
    const studio = new StudioPage(page);
    await expect(studio.articleItems).toHaveCount(6);
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('tables');
    await expect(studio.articleItems).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('');

    await page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = page.getByTestId('article-dialog');
    await dialog.getByLabel('Title').fill('Desktop Draft');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(page.locator('.editor-path')).toHaveText('desktop-draft.md');
    expect(await exists(join(workspace, 'desktop-draft.md'))).toBe(true);

    await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Rename' }).click();
    await dialog.getByLabel('File').fill('renamed-draft.md');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(page.locator('.editor-path')).toHaveText('renamed-draft.md');
    expect(await exists(join(workspace, 'desktop-draft.md'))).toBe(false);

    await page.getByRole('toolbar', { name: 'Selected article' }).getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page.getByTestId('empty-editor')).toBeVisible();
    expect(await exists(join(workspace, 'renamed-draft.md'))).toBe(false);
  } finally {
    await dispose();
  }
});

test('typing updates the preview, Ctrl+S (through the menu) writes the file, outside changes reload or raise the conflict bar', async () => {
  const { app, workspace, dispose } = await launchStudio();
  try {
    const page = await studioWindow(app);
    const studio = new StudioPage(page);
    const preview = new PreviewPane(page);
    const file = join(workspace, 'social-card-images.md');
    await studio.openArticle('Choosing Images for Social Cards');
    await studio.typeAtEnd('\nTyped in the desktop app.');
    await preview.expectText('Typed in the desktop app.');
    await expect(page).toHaveTitle(/^● social-card-images\.md/);
    await studio.save();
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('Typed in the desktop app.');

    await writeFile(file, `${saved}\nFrom another program.\n`);
    await expect(studio.editor).toHaveValue(/From another program\./);
    await studio.typeAtEnd('\nMine.');
    await writeFile(file, `${saved}\nAnother outside edit.\n`);
    await expect(page.getByTestId('editor-message')).toContainText('changed by another program');
    expect(await readFile(file, 'utf8')).not.toContain('Mine.');
  } finally {
    await dispose();
  }
});

test('unsaved edits come back after the app is killed', async () => {
  const first = await launchStudio();
  let second: Awaited<ReturnType<typeof launchStudio>> | null = null;
  try {
    const page = await studioWindow(first.app);
    const studio = new StudioPage(page);
    await studio.openArticle('Writing Offline');
    await studio.typeAtEnd('\nNever saved in the desktop app.');
    await page.waitForTimeout(1200);
    first.app.process().kill('SIGKILL');

    second = await launchStudio({ workspace: first.workspace, profile: first.profile });
    const again = await studioWindow(second.app);
    const restored = new StudioPage(again);
    await restored.articleItems.filter({ hasText: 'Writing Offline' }).getByRole('button').click();
    await expect(restored.editor).toHaveValue(/Never saved in the desktop app\.$/);
    await expect(restored.saveState).toHaveText('Unsaved changes');
  } finally {
    await second?.dispose();
    await first.dispose();
  }
});
