import { expect, type Locator, type Page } from '@playwright/test';

/** The Export dialog, as the specs drive it. */
export class ExportDialog {
  readonly dialog: Locator;
  readonly wholeWorkspace: Locator;
  readonly currentArticle: Locator;
  readonly folder: Locator;
  readonly relative: Locator;
  readonly zip: Locator;
  readonly drafts: Locator;
  readonly exportButton: Locator;
  readonly progress: Locator;
  readonly result: Locator;
  readonly error: Locator;
  readonly findings: Locator;
  readonly openResult: Locator;
  readonly unsavedNotice: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export site' });
    this.wholeWorkspace = this.dialog.getByRole('radio', { name: 'Whole workspace' });
    this.currentArticle = this.dialog.getByRole('radio', { name: /Current article/ });
    this.folder = this.dialog.getByRole('textbox', { name: 'Output folder' });
    this.relative = this.dialog.getByRole('checkbox', { name: /Relative links/ });
    this.zip = this.dialog.getByRole('checkbox', { name: /zip/ });
    this.drafts = this.dialog.getByRole('checkbox', { name: 'Include drafts' });
    // Labelled "Exporting…" while it runs.
    this.exportButton = this.dialog.getByRole('button', { name: /^Export(ing…)?$/ });
    this.progress = this.dialog.getByTestId('export-progress');
    this.result = this.dialog.getByTestId('export-result');
    this.error = this.dialog.getByTestId('export-error');
    this.findings = this.dialog.getByRole('list', { name: 'Export findings' }).getByRole('listitem');
    this.openResult = this.dialog.getByRole('button', { name: 'Open result' });
    this.unsavedNotice = this.dialog.getByTestId('export-unsaved');
  }

  /** Waits until the form shows the remembered (or default) settings. */
  async expectReady(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.folder).not.toHaveValue('');
  }

  async setFolder(folder: string): Promise<void> {
    await this.folder.fill(folder);
  }

  /** Runs the export and waits for its outcome, a result or an error. */
  async export(): Promise<void> {
    await this.exportButton.click();
    await expect(this.result.or(this.error)).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
