import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The preview pane and its frame, as a writer sees them. */
export class PreviewPane {
  readonly root: Locator;
  readonly frame: FrameLocator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Preview' });
    this.frame = page.frameLocator('[data-testid="preview-frame"]');
  }

  /** Waits until the preview shows the newest text. */
  async settled(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-preview-state', 'settled');
  }

  async expectText(text: string): Promise<void> {
    await expect(this.frame.locator('article')).toContainText(text);
    await this.settled();
  }
}

/** Every file under `dir` whose text contains `needle` (the backup of an edit, wherever the host keeps it). */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((await readFile(path, 'utf8').catch(() => '')).includes(needle)) found.push(path);
    }
  };
  await walk(dir);
  return found;
}
