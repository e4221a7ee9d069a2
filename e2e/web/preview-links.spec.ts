import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioPage } from '../support/studio-page';
import { PreviewPane } from '../support/writing-room';
import { expect, test } from './fixtures';

test('a link to no article is underlined in the preview with its reason, and listed by the checks', async ({ page, server, workspace }) => {
  await writeFile(join(workspace, 'links.md'), '---\ntitle: Links Here\n---\nSee [the offline guide](/guides/offline-writing) and [a lost page](/no-such-page).\n');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  const preview = new PreviewPane(page);
  await studio.openArticle('Links Here');
  await preview.settled();
  await expect(preview.frame.getByRole('link', { name: 'a lost page' })).toHaveAttribute('data-broken', 'true');
  await expect(preview.frame.getByRole('link', { name: 'a lost page' })).toHaveAttribute('title', 'No article in this workspace has the URL /no-such-page.');
  await expect(preview.frame.getByRole('link', { name: 'the offline guide' })).not.toHaveAttribute('data-broken', 'true');
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(page.getByTestId('finding').filter({ hasText: 'seo/broken-link' })).toHaveCount(1);

  // The missing article appears (written by another program): the link is no longer marked, without an edit.
  await writeFile(join(workspace, 'no-such-page.md'), '---\ntitle: Found After All\n---\nHere now.\n');
  await expect(studio.articleItems.filter({ hasText: 'Found After All' })).toHaveCount(1);
  await page.getByRole('tab', { name: 'Page' }).click();
  await expect(preview.frame.getByRole('link', { name: 'a lost page' })).not.toHaveAttribute('data-broken', 'true');
  await expect(preview.frame.getByRole('link', { name: 'a lost page' })).not.toHaveAttribute('title');
  // A link typed now, to an article that is not there, is marked as the page is patched.
  await studio.typeAtEnd(' Also [gone](/gone-too).');
  await expect(preview.frame.getByRole('link', { name: 'gone' })).toHaveAttribute('data-broken', 'true');
});

test('opening another article never marks the last page’s relative links as broken while it is still shown', async ({ page, server, workspace }) => {
  // `offline-writing` leads to /guides/offline-writing from a guide, and to nothing from an article at the top.
  await writeFile(join(workspace, 'guides', 'relative-link.md'), '---\ntitle: Relative Link Guide\n---\nRead [the offline guide](offline-writing) next.\n');
  await writeFile(join(workspace, 'top-level.md'), '---\ntitle: Top Level Note\n---\nA note at the top of the workspace.\n');
  await page.goto(server.url);
  const studio = new StudioPage(page);
  const preview = new PreviewPane(page);
  await studio.openArticle('Relative Link Guide');
  await preview.settled();
  const link = preview.frame.getByRole('link', { name: 'the offline guide' });
  await expect(link).toHaveAttribute('href', 'offline-writing');
  await expect(link).not.toHaveAttribute('data-broken', 'true');
  // Every mark set on this page from now on, until the next article's page replaces it.
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('[data-testid="preview-frame"]')!;
    const marks: string[] = [];
    (window as unknown as { marks: string[] }).marks = marks;
    new MutationObserver((records) => {
      for (const record of records) if ((record.target as Element).getAttribute('data-broken')) marks.push((record.target as Element).textContent ?? '');
    }).observe(frame.contentDocument!, { subtree: true, attributes: true, attributeFilter: ['data-broken'] });
  });

  await studio.openArticle('Top Level Note');
  await preview.expectText('A note at the top of the workspace.');
  expect(await page.evaluate(() => (window as unknown as { marks: string[] }).marks)).toEqual([]);
});

test('opening an article of the same title in another folder judges its links from there', async ({ page, server, workspace }) => {
  // The same title and text: only the folder tells the link leads to /guides/offline-writing from one and to nothing from the other.
  const text = '---\ntitle: Same Title Here\n---\nRead [the offline guide](offline-writing) next.\n';
  await writeFile(join(workspace, 'guides', 'same-title.md'), text);
  await writeFile(join(workspace, 'same-title.md'), text);
  await page.goto(server.url);
  const studio = new StudioPage(page);
  const preview = new PreviewPane(page);
  const link = preview.frame.getByRole('link', { name: 'the offline guide' });
  await studio.articleItems.filter({ hasText: 'guides/same-title.md' }).getByRole('button').click();
  await preview.settled();
  await expect(link).not.toHaveAttribute('data-broken', 'true');

  await studio.articleItems.filter({ hasText: 'same-title.md' }).filter({ hasNotText: 'guides/' }).getByRole('button').click();
  await expect(page.locator('.editor-path')).toHaveText('same-title.md');
  await preview.settled();
  await expect(link).toHaveAttribute('data-broken', 'true');
});
