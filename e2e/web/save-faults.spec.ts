import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StudioPage } from '../support/studio-page';
import { serveWorkspace } from '../support/web-server';
import { filesContaining } from '../support/writing-room';
import { SAMPLE_WORKSPACE } from '../support/temp-workspace';
import { expect, test } from './fixtures';

/**
 * Real faults under the running app: a folder the OS will not write to
 * (`chattr +i`, which stops root too) and a full disk (a 2 MB tmpfs). Both
 * need privileges a container may not grant; without them the test reports
 * itself skipped with the reason, never passes silently.
 */
function tryRun(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `${command} ${args.join(' ')} failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

async function expectSaveRefusedAndEditsKept(studio: StudioPage, file: string, before: string, typed: string, dataDir: string, cause: RegExp) {
  await studio.page.keyboard.press('Control+S');
  await expect(studio.saveState).toHaveText('Not saved');
  await expect(studio.page.getByTestId('editor-message')).toContainText(cause);
  await expect(studio.page).toHaveTitle(/^● /);
  expect(await readFile(file, 'utf8')).toBe(before);
  // The unsaved text is still safe outside the workspace.
  await expect.poll(async () => (await filesContaining(dataDir, typed.slice(-40))).length).toBeGreaterThan(0);
}

test('saving into a folder the system refuses to write: a clear error, still unsaved, backup kept, file untouched', async ({ page, server, workspace, dataDir }) => {
  const folder = join(workspace, 'guides');
  const file = join(folder, 'offline-writing.md');
  const before = await readFile(file, 'utf8');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Writing Offline');
  const typed = '\nThis line cannot be written into a read-only folder.';
  await studio.typeAtEnd(typed);

  const refused = tryRun('chattr', ['+i', folder]);
  test.skip(refused !== null, `needs chattr on this file system: ${refused}`);
  try {
    await expectSaveRefusedAndEditsKept(studio, file, before, typed, dataDir, /read-only|permission/i);
  } finally {
    tryRun('chattr', ['-i', folder]);
  }
  await studio.save();
  expect(await readFile(file, 'utf8')).toBe(before + typed);
});

test('saving onto a full disk: a clear error, still unsaved, backup kept, file untouched', async ({ page, dataDir }) => {
  const mountPoint = await mkdtemp(join(tmpdir(), 'article-studio-full-disk-'));
  const refused = tryRun('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
  test.skip(refused !== null, `needs permission to mount a small tmpfs: ${refused}`);
  const workspace = join(mountPoint, 'workspace');
  try {
    await mkdir(workspace);
    await cp(join(SAMPLE_WORKSPACE, 'article-studio.json'), join(workspace, 'article-studio.json'));
    const file = join(workspace, 'notes.md');
    const before = '---\ntitle: Notes on a Full Disk\n---\nThe first line.\n';
    await writeFile(file, before);
    // Fill the disk, leaving less room than the save needs.
    await writeFile(join(mountPoint, 'filler'), Buffer.alloc(2 * 1024 * 1024 - 24 * 1024)).catch(() => undefined);
    const served = await serveWorkspace(workspace, { ARTICLE_STUDIO_DATA_DIR: dataDir });
    try {
      await page.goto(served.url);
      const studio = new StudioPage(page);
      await studio.openArticle('Notes on a Full Disk');
      await studio.editor.click();
      await page.keyboard.press('Control+End');
      const typed = `\n${'A paragraph that will not fit on this disk. '.repeat(1200)}The end of the long paste.`;
      await page.keyboard.insertText(typed);
      await expect(studio.saveState).toHaveText('Unsaved changes');
      await expectSaveRefusedAndEditsKept(studio, file, before, typed, dataDir, /disk is full|no space/i);
    } finally {
      await served.stop();
    }
  } finally {
    tryRun('umount', [mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  }
});
