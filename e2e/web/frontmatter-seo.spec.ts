import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArticle } from '../../src/core/article';
import { EXAMPLE_PATH, EXAMPLE_TITLE, exampleArticle } from '../../src/core/jsonld/jsonld-fixtures.test-support';
import { StudioPage } from '../support/studio-page';
import { PreviewPane } from '../support/writing-room';
import { expect, test } from './fixtures';

const LONG_TITLE = 'A Very Long Title About Choosing Images for Social Cards That Search Engines Will Certainly Cut Short';

test('editing the title updates its counter, its pixel bar and both Google previews', async ({ page, server, workspace }) => {
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Choosing Images for Social Cards');
  await page.getByRole('tab', { name: 'Fields' }).click();
  await page.getByRole('tab', { name: 'Snippets' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await expect(page.getByTestId('title-characters')).toHaveText('32 / 110 characters');
  await expect(page.getByTestId('pixels-title-width')).toHaveAttribute('data-level', 'ok');

  await title.fill(LONG_TITLE);
  await expect(page.getByTestId('title-characters')).toHaveText(`${LONG_TITLE.length} / 110 characters`);
  await expect(page.getByTestId('pixels-title-width')).toHaveAttribute('data-level', 'error');
  await expect(page.getByTestId('pixels-title-width')).toContainText(/Title width: \d{3} \/ 600 px/);
  for (const variant of ['desktop', 'mobile']) {
    // Cut on a word, with " ...", where 600 px runs out.
    await expect(page.getByTestId(`google-${variant}-title`)).toHaveText(/^A Very Long Title About .+[a-z] \.\.\.$/);
  }
  await expect(page.locator('.cut-note').first()).toContainText('Search results show: “A Very Long Title About');
  // The linked social titles and the breadcrumb follow the title in the file.
  await studio.save();
  const saved = await readFile(join(workspace, 'social-card-images.md'), 'utf8');
  expect(saved).toContain(`title: "${LONG_TITLE}"`);
  expect(saved).toContain(`og_title: "${LONG_TITLE}"`);
  expect(saved).toContain(`twitter_title: "${LONG_TITLE}"`);
});

test('overriding og_title unlinks it, re-linking makes it follow the title again', async ({ page, server, workspace }) => {
  const file = join(workspace, 'social-card-images.md');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Choosing Images for Social Cards');
  await page.getByRole('tab', { name: 'Fields' }).click();
  const field = page.getByTestId('field-og-title');
  await expect(field).toContainText('Linked to the title');

  await field.getByRole('textbox').fill('A social title of its own');
  await expect(field).toContainText('Overrides the title');
  await page.getByLabel('Title', { exact: true }).fill('A Renamed Article');
  await studio.save();
  let saved = await readFile(file, 'utf8');
  expect(saved).toContain('og_title: "A social title of its own"');

  await field.getByRole('button', { name: 'Re-link to the title' }).click();
  await expect(field).toContainText('Linked to the title');
  await page.getByLabel('Title', { exact: true }).fill('A Renamed Article, Again');
  await studio.save();
  saved = await readFile(file, 'utf8');
  expect(saved).toContain('og_title: "A Renamed Article, Again"');
});

test('keyword chips write back in the shape the file uses: a comma string stays one, a list stays a list', async ({ page, server, workspace }) => {
  await writeFile(join(workspace, 'listed.md'), '---\ntitle: Listed Keywords\nkeywords:\n  - first\n  - second\nthings: "alpha, beta"\n---\nBody.\n');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Listed Keywords');
  await page.getByRole('tab', { name: 'Fields' }).click();
  const keywords = page.getByRole('list', { name: 'Keywords' });
  await expect(keywords.getByTestId('chip')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Keywords' }).fill('third');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove first' }).click();
  await page.getByRole('textbox', { name: 'Things (about)' }).fill('gamma');
  await page.keyboard.press('Enter');
  await studio.save();
  expect(await readFile(join(workspace, 'listed.md'), 'utf8')).toBe('---\ntitle: Listed Keywords\nkeywords:\n  - second\n  - third\nthings: "alpha, beta, gamma"\n---\nBody.\n');
});

test('dates are picked and written in the file’s own format; touch sets the updated date to today', async ({ page, server, workspace }) => {
  const file = join(workspace, 'social-card-images.md');
  const before = await readFile(file, 'utf8');
  const published = /^date: (.*)$/m.exec(before)![1]!;
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Choosing Images for Social Cards');
  await page.getByRole('tab', { name: 'Fields' }).click();
  await page.getByLabel('Updated').fill('2026-03-15');
  await page.getByRole('button', { name: 'Touch updated date' }).click();
  await studio.save();
  const saved = await readFile(file, 'utf8');
  expect(saved).toMatch(new RegExp(`^date_updated_at: "?${new Date().toISOString().slice(0, 4)}-\\d{2}-\\d{2}"?$`, 'm'));
  expect(saved).toContain(`date: ${published}`);
});

test('clicking a finding moves the editor to its line', async ({ page, server, workspace }) => {
  await writeFile(join(workspace, 'skips.md'), '---\ntitle: Skipped Heading Levels\ndescription: A short one.\n---\nIntro paragraph.\n\n## Section\n\nText.\n\n#### Too deep\n\nMore text.\n');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle('Skipped Heading Levels');
  await page.getByRole('tab', { name: 'Checks' }).click();
  const finding = page.getByTestId('finding').filter({ hasText: 'line 11' }).first();
  await finding.getByRole('button').first().click();
  await expect(studio.editor).toBeFocused();
  // Line 11 of the file is line 7 of the body, the one with the skipped level.
  const caretLine = await studio.editor.evaluate((textarea: HTMLTextAreaElement) => textarea.value.slice(0, textarea.selectionStart).split('\n').length);
  expect(caretLine).toBe(7);
});

test('the JSON-LD fix on a reference-shaped article leaves no disagreement, and undo brings the blocks back', async ({ page, server, workspace }) => {
  const file = join(workspace, EXAMPLE_PATH);
  await mkdir(dirname(file), { recursive: true });
  const original = exampleArticle();
  await writeFile(file, original);
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.openArticle(EXAMPLE_TITLE);
  await page.getByRole('tab', { name: 'Checks' }).click();
  const disagreement = page.getByTestId('finding').filter({ hasText: 'jsonld/embedded-disagrees' });
  // One finding per hand-written block that disagrees; one fix replaces them all.
  await expect(disagreement.first()).toBeVisible();
  await disagreement.first().getByRole('button', { name: 'Replace the embedded JSON-LD with the generated blocks' }).click();
  await expect(disagreement).toHaveCount(0);
  await studio.save();
  // The hand-written blocks are replaced by the generated ones, which agree with the frontmatter.
  const fixed = await readFile(file, 'utf8');
  expect(fixed).toContain(`"headline": ${JSON.stringify(EXAMPLE_TITLE)}`);
  expect(fixed).not.toBe(original);
  await page.getByRole('tab', { name: 'JSON-LD' }).click();
  for (const type of ['WebPage', 'Article', 'FAQPage', 'BreadcrumbList']) await expect(page.getByTestId('jsonld-view').getByRole('region', { name: `${type} JSON-LD` })).toHaveCount(1);

  await studio.editor.focus();
  await page.keyboard.press('Control+Z');
  // Undo gives back exactly the body before the fix.
  await expect(studio.editor).toHaveValue(parseArticle(original).body);
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(disagreement.first()).toBeVisible();
  await new PreviewPane(page).settled();
});

test('invalid frontmatter: the Fields tab names the line and takes the writer to the raw text to fix it', async ({ page, server, workspace }) => {
  const file = join(workspace, 'broken.md');
  await writeFile(file, '---\ntitle: [Unclosed Broken Title\ndescription: fine\n---\nBody text.\n');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  await studio.articleItems.filter({ hasText: 'broken.md' }).getByRole('button').click();
  await expect(studio.editor).toBeVisible();
  await page.getByRole('tab', { name: 'Fields' }).click();
  const form = page.getByTestId('frontmatter-form');
  // The YAML parser names the line where it noticed the problem (the unclosed bracket runs on).
  await expect(form.getByRole('alert')).toContainText(/line [23]: invalid YAML/);
  const line = Number(/line (\d+)/.exec((await form.getByRole('alert').textContent()) ?? '')![1]);
  await form.getByRole('button', { name: `Go to line ${line}` }).click();
  await expect(studio.editor).toBeFocused();
  const caretLine = await studio.editor.evaluate((textarea: HTMLTextAreaElement) => textarea.value.slice(0, textarea.selectionStart).split('\n').length);
  expect(caretLine).toBe(line);
  // Fix it in place: close the bracket at the end of line 2.
  for (let up = line; up > 2; up -= 1) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type(']');
  await studio.save();
  expect(await readFile(file, 'utf8')).toBe('---\ntitle: [Unclosed Broken Title]\ndescription: fine\n---\nBody text.\n');
  await page.getByRole('tab', { name: 'Fields' }).click();
  await expect(page.getByTestId('frontmatter-form').getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Unclosed Broken Title');
  // Typing on after the fix writes the frontmatter once, not twice.
  await page.getByRole('tab', { name: 'Body' }).click();
  await studio.typeAtEnd('More.');
  await studio.save();
  expect(await readFile(file, 'utf8')).toBe('---\ntitle: [Unclosed Broken Title]\ndescription: fine\n---\nBody text.\nMore.');
});
