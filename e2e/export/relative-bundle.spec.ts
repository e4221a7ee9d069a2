import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runExport } from '../support/export-cli';
import { expect, test } from '../support/export-fixtures';

test('a --relative bundle opened from file:// links through to an article whose images all load', async ({ page, sampleWorkspace, scratch }) => {
  const bundle = join(scratch, 'bundle');
  const run = await runExport(sampleWorkspace, bundle, ['--relative']);
  expect(run.code, run.stderr).toBe(0);

  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`));

  await page.goto(pathToFileURL(join(bundle, 'index.html')).href);
  await expect(page.locator('h1')).toHaveText('Quiet Ink');
  // The guide with two figures: a file:// folder does not open its own index.html, so the link must name it.
  await page.getByRole('link', { name: 'Writing Offline: A Calm Workflow for Long Articles' }).click();
  await expect(page).toHaveURL(pathToFileURL(join(bundle, 'guides', 'offline-writing', 'index.html')).href);
  await page.waitForLoadState('load');

  const images = await page.locator('img').evaluateAll((elements) =>
    (elements as HTMLImageElement[]).map((image) => ({ src: image.getAttribute('src'), loaded: image.complete && image.naturalWidth > 0 })),
  );
  expect(images.length).toBeGreaterThanOrEqual(2);
  expect(images.filter((image) => !image.loaded)).toEqual([]);
  expect(failed).toEqual([]);

  // And back: the site link in the header leads to the front page of the bundle, not the disk's root.
  await page.getByRole('banner').getByRole('link', { name: 'Quiet Ink' }).click();
  await expect(page).toHaveURL(pathToFileURL(join(bundle, 'index.html')).href);
});
