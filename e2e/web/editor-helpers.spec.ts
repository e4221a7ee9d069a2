import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { EditorHelpersPage } from '../support/editor-helpers';
import { expect, test } from './fixtures';

interface FaqPage {
  readonly mainEntity: readonly { readonly name: string; readonly acceptedAnswer: { readonly text: string } }[];
}

const FAQ_ARTICLE = 'guides/faq-sections.md';

/** The questions of the generated FAQPage block, in order, with their answers. */
async function faqJsonLd(helpers: EditorHelpersPage): Promise<FaqPage['mainEntity']> {
  const region = await helpers.jsonLd('FAQPage');
  const block = JSON.parse((await region.locator('pre').textContent()) ?? '') as FaqPage;
  await helpers.showPage();
  return block.mainEntity;
}

test('FAQ manager: add, edit, reorder by keyboard and by dragging, delete; each is one undo step, and the file, the preview and the FAQPage JSON-LD follow', async ({ page, server, workspace }) => {
  const file = join(workspace, FAQ_ARTICLE);
  // Tall enough that the whole list shows: a drag must not scroll the panel under the pointer.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('How to Write FAQ Sections');
  await helpers.toolbarButton('FAQ manager').click();
  const panel = helpers.faqPanel;
  const questions = panel.locator('.faq-question');
  await expect(questions).toHaveCount(5);
  const [q1, q2, q3, q4, q5] = await questions.allTextContents();
  const original = await helpers.text();

  // Add: a Markdown answer, written after the last item; nothing else changes.
  const added = await helpers.expectOneUndoStep(async () => {
    await panel.getByRole('button', { name: 'Add a question' }).click();
    await panel.getByRole('textbox', { name: 'Question' }).fill('Can an answer link to another guide?');
    await panel.getByLabel('Markdown').check();
    await panel.getByRole('textbox', { name: 'Answer', exact: true }).fill('Yes: see [writing offline](/guides/offline-writing) for one.');
    await panel.getByRole('button', { name: 'Add question' }).click();
  });
  const newBlock = '<details>\n  <summary>Can an answer link to another guide?</summary>\n\nYes: see [writing offline](/guides/offline-writing) for one.\n\n</details>';
  expect(added).toBe(original.replace(/<\/details>(\s*)$/, `</details>\n\n${newBlock}$1`));
  await expect(questions).toHaveCount(6);
  await expect(helpers.preview.frame.locator('article details summary')).toHaveText([q1!, q2!, q3!, q4!, q5!, 'Can an answer link to another guide?']);
  await expect(helpers.preview.frame.locator('article details').last().locator('a[href="/guides/offline-writing"]')).toHaveText('writing offline');
  expect((await faqJsonLd(helpers)).at(-1)).toMatchObject({ name: 'Can an answer link to another guide?', acceptedAnswer: { text: expect.stringContaining('writing offline') } });

  // Edit: a plain-text answer; only that answer's line changes.
  const edited = await helpers.expectOneUndoStep(async () => {
    await panel.getByRole('button', { name: `Edit: ${q3}` }).click();
    await expect(panel.getByLabel('Plain text')).toBeChecked();
    await panel.getByRole('textbox', { name: 'Answer', exact: true }).fill('Two or three sentences & no more.');
    await panel.getByRole('button', { name: 'Save' }).click();
  });
  const changedLines = edited.split('\n').filter((line, index) => line !== added.split('\n')[index]);
  expect(changedLines).toEqual(['  <p>Two or three sentences &amp; no more.</p>']);
  expect((await faqJsonLd(helpers))[2]).toEqual(expect.objectContaining({ name: q3, acceptedAnswer: expect.objectContaining({ text: 'Two or three sentences & no more.' }) }));

  // Reorder by keyboard: Alt+↓ on the focused first question; the focus follows it.
  await helpers.expectOneUndoStep(async () => {
    await panel.getByRole('listitem', { name: `Question 1 of 6: ${q1}` }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(panel.getByRole('listitem', { name: `Question 2 of 6: ${q1}` })).toBeFocused();
  });
  expect((await faqJsonLd(helpers)).map((item) => item.name)).toEqual([q2, q1, q3, q4, q5, 'Can an answer link to another guide?']);

  // Reorder by dragging: the last question onto the first.
  await helpers.expectOneUndoStep(async () => {
    await panel.getByRole('listitem', { name: /^Question 6 of 6/ }).dragTo(panel.getByRole('listitem', { name: /^Question 1 of 6/ }));
  });
  await expect(questions).toHaveText(['Can an answer link to another guide?', q2!, q1!, q3!, q4!, q5!]);
  await expect(helpers.preview.frame.locator('article details summary').first()).toHaveText('Can an answer link to another guide?');

  // Delete.
  await helpers.expectOneUndoStep(async () => {
    await panel.getByRole('button', { name: `Delete: ${q4}` }).click();
  });
  await expect(questions).toHaveCount(5);
  expect((await faqJsonLd(helpers)).map((item) => item.name)).toEqual(['Can an answer link to another guide?', q2, q1, q3, q5]);
  await expect(helpers.preview.frame.locator('article details summary')).toHaveCount(5);

  await helpers.studio.save();
  const saved = await readFile(file, 'utf8');
  expect(saved.endsWith(await helpers.text())).toBe(true);
  expect(saved).not.toContain(q4);
  expect(saved).toContain('<p>Two or three sentences &amp; no more.</p>');
});

test('the first question of an article without an FAQ comes under the heading the workspace configures', async ({ page, server, workspace }) => {
  const settingsFile = join(workspace, 'article-studio.json');
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
  await writeFile(settingsFile, JSON.stringify({ ...settings, faqHeading: { text: 'Questions & Answers', level: 3 } }, null, 2));
  await writeFile(join(workspace, 'no-faq.md'), '---\ntitle: "No FAQ Yet"\ndate: 2025-12-01\n---\n\n## Body\n\nSome text.\n');
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('No FAQ Yet');
  await helpers.toolbarButton('FAQ manager').click();
  await expect(helpers.faqPanel).toContainText('No FAQ yet: the first question adds a “Questions & Answers” heading.');
  const after = await helpers.expectOneUndoStep(async () => {
    await helpers.faqPanel.getByRole('button', { name: 'Add a question' }).click();
    await helpers.faqPanel.getByRole('textbox', { name: 'Question' }).fill('Is this the first question?');
    await helpers.faqPanel.getByRole('textbox', { name: 'Answer', exact: true }).fill('Yes.');
    await helpers.faqPanel.getByRole('button', { name: 'Add question' }).click();
  });
  expect(after).toBe('\n## Body\n\nSome text.\n\n### Questions & Answers\n\n<details>\n  <summary>Is this the first question?</summary>\n  <p>Yes.</p>\n</details>\n');
  await expect(helpers.preview.frame.getByRole('heading', { name: 'Questions & Answers', level: 3 })).toBeVisible();
  expect((await faqJsonLd(helpers)).map((item) => item.name)).toEqual(['Is this the first question?']);
});

/** Puts the text box's caret just after `text` (the first time it occurs). */
async function caretAfter(helpers: EditorHelpersPage, text: string): Promise<void> {
  await helpers.editor.evaluate((area: HTMLTextAreaElement, needle) => {
    const at = area.value.indexOf(needle) + needle.length;
    area.focus();
    area.setSelectionRange(at, at);
  }, text);
}

const PRICING = '---\ntitle: "Pricing Notes"\ndate: 2025-12-01\n---\n\n## Plans\n\nWe compare plans below.\n\n## Messy\n\n|a|b|\n|-|:-:|\n|long cell|2|\n\n## After\n\nThe end.\n';

test('tables: insert with the size picker, write cells with pipes, code and links, add a column, format, paste spreadsheet cells; each is one undo step', async ({ page, server, workspace, context }) => {
  const file = join(workspace, 'pricing.md');
  await writeFile(file, PRICING);
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('Pricing Notes');
  const panel = helpers.tablePanel;
  const cell = (name: string) => panel.getByRole('textbox', { name, exact: true });

  // Insert: 2 columns, a header and one row, after the paragraph at the cursor.
  await caretAfter(helpers, 'We compare');
  await helpers.toolbarButton('Table: insert one, or edit the one at the cursor').click();
  await expect(panel.getByRole('heading', { name: 'Insert a table' })).toBeVisible();
  const inserted = await helpers.expectOneUndoStep(async () => {
    await panel.getByRole('spinbutton', { name: 'Columns' }).fill('2');
    await panel.getByRole('spinbutton', { name: 'Rows below the header' }).fill('1');
    await panel.getByRole('button', { name: 'Insert table' }).click();
    // The caret is in the new table, so the panel edits it, ready for the first header.
    await expect(panel.getByRole('heading', { name: 'Edit table' })).toBeVisible();
    await expect(cell('Header, column 1')).toBeFocused();
  });
  expect(inserted).toContain('We compare plans below.\n\n| Column 1 | Column 2 |\n| -------- | -------- |\n|          |          |\n\n## Messy');
  // Redo leaves the caret after the table; the writer clicks back into it.
  await caretAfter(helpers, '| Column 1');
  await expect(panel.getByRole('heading', { name: 'Edit table' })).toBeVisible();

  // Cells: a pipe, a code span with a pipe, a link. Each write is one undo step.
  await cell('Header, column 1').fill('Plan');
  await cell('Header, column 2').focus();
  await expect(helpers.editor).toHaveValue(/\n\| Plan \| Column 2 \|\n/);
  await helpers.expectOneUndoStep(async () => {
    await cell('Header, column 2').fill('Price | monthly');
    await cell('Header, column 2').press('Enter');
  });
  await cell('Row 1, column 1').fill('`pro|max`');
  await cell('Row 1, column 2').focus();
  await cell('Row 1, column 2').fill('[$12](/pricing)');
  await cell('Row 1, column 2').press('Enter');
  await expect.poll(() => helpers.text()).toContain(['| Plan       | Price \\| monthly |', '| ---------- | ---------------- |', '| `pro\\|max` | [$12](/pricing)  |'].join('\n'));

  // Add a column right of the focused cell; every cell survives.
  const widened = await helpers.expectOneUndoStep(async () => {
    await cell('Row 1, column 1').focus();
    await panel.getByRole('button', { name: 'Add column right' }).click();
    await expect(cell('Row 1, column 2')).toBeFocused();
  });
  expect(widened).toContain(['| Plan       |     | Price \\| monthly |', '| ---------- | --- | ---------------- |', '| `pro\\|max` |     | [$12](/pricing)  |'].join('\n'));
  await cell('Header, column 2').fill('Seats');
  await cell('Header, column 2').press('Enter');
  await expect(helpers.preview.frame.locator('article table').first().locator('th')).toHaveText(['Plan', 'Seats', 'Price | monthly']);
  await expect(helpers.preview.frame.locator('article table').first().locator('td code')).toHaveText('pro|max');
  await expect(helpers.preview.frame.locator('article table').first().getByRole('link', { name: '$12' })).toHaveAttribute('href', '/pricing');

  // Format the hand-written table from the toolbar.
  await caretAfter(helpers, '|long cell');
  await expect(panel.getByRole('textbox', { name: 'Row 1, column 1' })).toHaveValue('long cell');
  const formatted = await helpers.expectOneUndoStep(() => helpers.toolbarButton('Format the table at the cursor (align its pipes)').click());
  expect(formatted).toContain('| a         |   b   |\n| --------- | :---: |\n| long cell |   2   |');

  // Paste cells copied from a spreadsheet (tab-separated text) after the last paragraph.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((tsv) => navigator.clipboard.writeText(tsv), 'Region\tQ1\tQ2\nNorth & East\t1,200\t1,350\nSouth | West\t900\t1,010\n');
  await caretAfter(helpers, 'The end.\n');
  const pasted = await helpers.expectOneUndoStep(() => page.keyboard.press('Control+V'));
  expect(pasted.endsWith('The end.\n\n| Region        | Q1    | Q2    |\n| ------------- | ----- | ----- |\n| North & East  | 1,200 | 1,350 |\n| South \\| West | 900   | 1,010 |')).toBe(true);
  await expect(helpers.status).toContainText('Pasted spreadsheet cells as a Markdown table: 3 columns, header and 2 rows.');
  await expect(helpers.preview.frame.locator('article table').last().locator('td').first()).toHaveText('North & East');
  await expect(helpers.preview.frame.locator('article table')).toHaveCount(3);

  await helpers.studio.save();
  expect(await readFile(file, 'utf8')).toBe(`---\ntitle: "Pricing Notes"\ndate: 2025-12-01\n---\n${await helpers.text()}`);
});

/** A PNG of the given size drawn by the browser's canvas, as bytes. */
async function canvasPng(helpers: EditorHelpersPage, width: number, height: number): Promise<Buffer> {
  const dataUrl = await helpers.page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w!;
      canvas.height = h!;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#2f6f5e';
      context.fillRect(0, 0, w!, h!);
      context.fillStyle = '#f4d35e';
      context.fillRect(w! / 4, h! / 4, w! / 2, h! / 2);
      return canvas.toDataURL('image/png');
    },
    [width, height],
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

test('images: picked from a file, copied under a safe name (never over another file), inserted after asking for alt text, warned about when huge; undo takes the Markdown out', async ({ page, server, workspace }, testInfo) => {
  await writeFile(join(workspace, 'photos.md'), '---\ntitle: "Photo Notes"\ndate: 2025-12-01\n---\n\nIntro paragraph.\n\nMore text.\n');
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('Photo Notes');
  const png = await canvasPng(helpers, 3000, 2000);
  const picked = testInfo.outputPath('Big Chart (final).png');
  await writeFile(picked, png);

  await caretAfter(helpers, 'Intro paragraph.\n\n');
  const dialog = page.getByTestId('image-dialog');
  const inserted = await helpers.expectOneUndoStep(async () => {
    const chooser = page.waitForEvent('filechooser');
    await helpers.toolbarButton('Insert an image from a file').click();
    await (await chooser).setFiles(picked);
    await expect(dialog.getByTestId('image-size')).toHaveText(/^\d+ KB, 3,000 × 2,000 px$/);
    await expect(dialog.getByTestId('image-warning')).toContainText('3,000 × 2,000 px: large images make the page slow to load. Consider: resize it to at most 2,560 px on its longer side.');
    await expect(dialog).toContainText('assets/photos/big-chart-final.png');
    await expect(dialog.getByRole('button', { name: 'Insert image' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Alt text' }).fill('A bar chart [draft] of sales');
    await dialog.getByRole('button', { name: 'Insert image' }).click();
    await expect(dialog).toBeHidden();
  });
  expect(inserted).toBe('\nIntro paragraph.\n\n![A bar chart [draft] of sales](/assets/photos/big-chart-final.png)\n\nMore text.\n');
  expect(await readFile(join(workspace, 'assets/photos/big-chart-final.png'))).toEqual(png);
  await expect(helpers.status).toContainText('Copied the image to assets/photos/big-chart-final.png');
  const shown = helpers.preview.frame.locator('article img[alt="A bar chart [draft] of sales"]');
  await expect(shown).toHaveJSProperty('complete', true);
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(3000);
  await expect(await helpers.jsonLd('Article')).toContainText('"https://quiet-ink.example/assets/photos/big-chart-final.png"');
  await helpers.showPage();

  // The same file again: a numbered name; the first copy is untouched.
  await caretAfter(helpers, 'More text.');
  const chooser = page.waitForEvent('filechooser');
  await helpers.toolbarButton('Insert an image from a file').click();
  await (await chooser).setFiles(picked);
  await dialog.getByRole('textbox', { name: 'Alt text' }).fill('The same chart');
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(helpers.editor).toHaveValue(/More text\.\n\n!\[The same chart\]\(\/assets\/photos\/big-chart-final-2\.png\)\n$/);
  expect(await readFile(join(workspace, 'assets/photos/big-chart-final-2.png'))).toEqual(png);

  await helpers.studio.save();
  expect(await readFile(join(workspace, 'photos.md'), 'utf8')).toContain('![The same chart](/assets/photos/big-chart-final-2.png)');
});

test('images: a pasted screenshot goes through the same dialog; a file that is no image is refused with its name', async ({ page, server, workspace, context }) => {
  await writeFile(join(workspace, 'photos.md'), '---\ntitle: "Photo Notes"\ndate: 2025-12-01\n---\n\nText.\n');
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('Photo Notes');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const png = await canvasPng(helpers, 320, 200);
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
  }, png.toString('base64'));
  await caretAfter(helpers, 'Text.');
  await page.keyboard.press('Control+V');
  const dialog = page.getByTestId('image-dialog');
  await expect(dialog.getByTestId('image-size')).toHaveText(/, 320 × 200 px$/);
  await expect(dialog.getByTestId('image-warning')).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Alt text' }).fill('A small screenshot');
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(helpers.editor).toHaveValue(/^\nText\.\n\n!\[A small screenshot\]\(\/assets\/photos\/[a-z0-9-]+\.png\)\n$/);

  const chooser = page.waitForEvent('filechooser');
  await helpers.toolbarButton('Insert an image from a file').click();
  await (await chooser).setFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
  await expect(helpers.status).toContainText('notes.png is not a PNG, JPEG, GIF or WebP image; only those can be added.');
  await expect(dialog).toBeHidden();
});

test('images: one dropped on the editor goes through the same dialog', async ({ page, server, workspace }) => {
  await writeFile(join(workspace, 'photos.md'), '---\ntitle: "Photo Notes"\ndate: 2025-12-01\n---\n\nText.\n');
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('Photo Notes');
  const png = await canvasPng(helpers, 640, 480);
  await caretAfter(helpers, 'Text.');
  const dropped = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], 'Dropped Photo.png', { type: 'image/png' }));
    return transfer;
  }, png.toString('base64'));
  await helpers.editor.dispatchEvent('dragover', { dataTransfer: dropped });
  await helpers.editor.dispatchEvent('drop', { dataTransfer: dropped });
  const dialog = page.getByTestId('image-dialog');
  await expect(dialog.getByTestId('image-size')).toHaveText(/, 640 × 480 px$/);
  await dialog.getByRole('textbox', { name: 'Alt text' }).fill('A dropped photo');
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(helpers.editor).toHaveValue('\nText.\n\n![A dropped photo](/assets/photos/dropped-photo.png)\n');
  expect(await readFile(join(workspace, 'assets/photos/dropped-photo.png'))).toEqual(png);
});

const LINKS = '---\ntitle: "Link Notes"\ndate: 2025-12-01\n---\n\nRead the offline guide today.\n\nAn old [lost page](/guides/lost-page) link.\n';

test('internal links: Ctrl+K searches the articles by title and links the selection (or the title) root-relative; the picker lists links to no article; undo takes the link out', async ({ page, server, workspace }) => {
  const file = join(workspace, 'links.md');
  await writeFile(file, LINKS);
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  await helpers.studio.openArticle('Link Notes');
  const picker = page.getByTestId('link-picker');

  await helpers.editor.evaluate((area: HTMLTextAreaElement) => {
    const start = area.value.indexOf('offline guide');
    area.focus();
    area.setSelectionRange(start, start + 'offline guide'.length);
  });
  const linked = await helpers.expectOneUndoStep(async () => {
    await page.keyboard.press('Control+K');
    await expect(picker).toContainText('Links the selected text “offline guide”.');
    await picker.getByRole('combobox', { name: 'Search articles by title' }).fill('calm workflow');
    await expect(picker.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
  });
  expect(linked).toBe('\nRead the [offline guide](/guides/offline-writing) today.\n\nAn old [lost page](/guides/lost-page) link.\n');
  await expect(helpers.editor).toBeFocused();
  await expect(helpers.preview.frame.getByRole('link', { name: 'offline guide' })).toHaveAttribute('href', '/guides/offline-writing');

  // No selection: the link text is the article's title. Chosen with the mouse, from the toolbar button.
  await caretAfter(helpers, 'link.');
  await helpers.toolbarButton('Link to an article (Ctrl+K)').click();
  await picker.getByRole('combobox', { name: 'Search articles by title' }).fill('tables');
  // The picker also shows the article's links that lead nowhere, with a way to each.
  await expect(picker.getByRole('region', { name: 'Links to no article' })).toContainText('Line 4: “lost page”, to /guides/lost-page, which is no article in the workspace');
  await picker.getByRole('option', { name: /Markdown Tables for Comparison Pages/ }).click();
  await expect(helpers.editor).toHaveValue(/link\.\[Markdown Tables for Comparison Pages\]\(\/guides\/markdown-comparison-tables\)\n$/);

  await helpers.toolbarButton('Link to an article (Ctrl+K)').click();
  await picker.getByRole('button', { name: 'Go to line 4' }).click();
  await expect(picker).toBeHidden();
  await expect.poll(() => helpers.editor.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionStart + 6))).toBe('An old');

  await helpers.studio.save();
  expect(await readFile(file, 'utf8')).toBe(`---\ntitle: "Link Notes"\ndate: 2025-12-01\n---\n${await helpers.text()}`);
});

test('axe finds no serious or critical violation with each helper open', async ({ page, server, workspace }, testInfo) => {
  await writeFile(join(workspace, 'links.md'), LINKS);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
  const helpers = new EditorHelpersPage(page);
  const serious = async () =>
    (await new AxeBuilder({ page }).exclude('[data-testid="preview-frame"]').analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  const look = async (name: string) => {
    expect(await serious(), name).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  };

  await helpers.studio.openArticle('How to Write FAQ Sections');
  await helpers.toolbarButton('FAQ manager').click();
  await look('faq-panel');
  await helpers.faqPanel.getByRole('button', { name: /^Edit: / }).first().click();
  await look('faq-edit-form');

  await helpers.studio.openArticle('Markdown Tables for Comparison Pages');
  await caretAfter(helpers, '| Markdown pipe table');
  await helpers.toolbarButton('Table: insert one, or edit the one at the cursor').click();
  await expect(helpers.tablePanel.getByRole('heading', { name: 'Edit table' })).toBeVisible();
  await look('table-editor');
  await caretAfter(helpers, 'Markdown');
  await expect(helpers.tablePanel.getByRole('heading', { name: 'Insert a table' })).toBeVisible();
  await look('table-size-picker');

  await helpers.studio.openArticle('Link Notes');
  await caretAfter(helpers, 'today.');
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('link-picker').getByRole('region', { name: 'Links to no article' })).toBeVisible();
  await look('link-picker');
  await page.keyboard.press('Escape');

  const chooser = page.waitForEvent('filechooser');
  await helpers.toolbarButton('Insert an image from a file').click();
  await (await chooser).setFiles(join(workspace, 'assets/brand/social-card.png'));
  await expect(page.getByTestId('image-dialog')).toBeVisible();
  await look('image-dialog');
});
