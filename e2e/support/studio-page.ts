import { expect, type Locator, type Page } from '@playwright/test';
import { ExportDialog } from './export-dialog';

/** The main screen, as the web and Electron specs both drive it. */
export class StudioPage {
  readonly articleList: Locator;
  readonly articleItems: Locator;
  readonly editor: Locator;
  readonly saveState: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Export…' });
    this.articleList = page.getByTestId('article-list');
    this.articleItems = page.getByTestId('article-item');
    this.editor = page.getByRole('textbox', { name: 'Article body (Markdown)' });
    this.saveState = page.getByTestId('save-state');
  }

  /** Opens the article whose list entry contains `title` and waits until it is editable. */
  async openArticle(title: string): Promise<void> {
    await this.articleItems.filter({ hasText: title }).getByRole('button').click();
    await expect(this.editor).toBeVisible();
    await expect(this.saveState).toHaveText('Saved');
  }

  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
    await expect(this.saveState).toHaveText('Unsaved changes');
  }

  /** Opens the Export dialog from the header button and waits for its settings. */
  async openExport(): Promise<ExportDialog> {
    await this.exportButton.click();
    const dialog = new ExportDialog(this.page);
    await dialog.expectReady();
    return dialog;
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await expect(this.saveState).toHaveText('Saved');
  }
}
