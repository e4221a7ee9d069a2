import { expect, type Locator, type Page } from '@playwright/test';
import { StudioPage } from './studio-page';
import { PreviewPane } from './writing-room';

/** The editor's helpers (toolbar, FAQ and table panels, link and image dialogs) as a writer drives them. */
export class EditorHelpersPage {
  readonly studio: StudioPage;
  readonly preview: PreviewPane;
  readonly editor: Locator;
  readonly faqPanel: Locator;
  readonly tablePanel: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.studio = new StudioPage(page);
    this.preview = new PreviewPane(page);
    this.editor = this.studio.editor;
    this.faqPanel = page.getByTestId('faq-panel');
    this.tablePanel = page.getByTestId('table-panel');
    this.status = page.getByTestId('helper-status');
  }

  toolbarButton(name: string | RegExp): Locator {
    return this.page.locator('.w-md-editor-toolbar').getByRole('button', { name });
  }

  async text(): Promise<string> {
    return this.editor.inputValue();
  }

  /** Ctrl+Z in the text box: the browser's own undo, which each helper action must be one step of. */
  async undo(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press('Control+Z');
  }

  async redo(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press('Control+Shift+Z');
  }

  /**
   * Runs a helper action, checks it changed the text, that one undo gives
   * back exactly the text before it and one redo exactly the text after it;
   * returns the text after.
   */
  async expectOneUndoStep(action: () => Promise<void>): Promise<string> {
    const before = await this.text();
    await action();
    await expect.poll(() => this.text()).not.toBe(before);
    // A helper gives the focus back to its control a frame after the edit; let it, before the editor takes it for Ctrl+Z.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await this.text();
    await this.undo();
    await expect(this.editor).toHaveValue(before);
    await this.redo();
    await expect(this.editor).toHaveValue(after);
    return after;
  }

  /** The generated JSON-LD block of a type, from the JSON-LD tab (which it leaves open). */
  async jsonLd(type: string): Promise<Locator> {
    await this.preview.settled();
    await this.page.getByRole('tab', { name: 'JSON-LD' }).click();
    return this.page.getByTestId('jsonld-view').getByRole('region', { name: `${type} JSON-LD` });
  }

  async showPage(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Page' }).click();
    await this.preview.settled();
  }
}
