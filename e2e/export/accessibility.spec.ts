import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { runExport } from '../support/export-cli';
import { expect, test as base } from '../support/export-fixtures';
import { serveStaticSite, type StaticSite } from '../support/static-site-server';

/** Violations a reader would hit: axe's serious and critical impacts, one line each with the offending nodes. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The sample site, exported and served over http the way a static host would serve it. */
const test = base.extend<{ exported: { folder: string; site: StaticSite } }>({
  exported: async ({ sampleWorkspace, scratch }, use) => {
    const folder = join(scratch, 'site');
    const run = await runExport(sampleWorkspace, folder);
    expect(run.code, run.stderr).toBe(0);
    const site = await serveStaticSite(folder);
    await use({ folder, site });
    await site.close();
  },
});

// The pages follow the reader's colour scheme, so both palettes must pass (colour contrast is a serious rule).
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the exported index and an article (${colorScheme})`, async ({ exported: { site }, page }) => {
    await page.emulateMedia({ colorScheme });
    const index = await page.goto(`${site.origin}/`);
    expect(index?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Quiet Ink');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Markdown Tables for Comparison Pages' }).click();
    await expect(page).toHaveURL(`${site.origin}/guides/markdown-comparison-tables`);
    await expect(page.locator('article table').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe does report a serious violation on a broken page (so the test above can fail)', async ({ exported: { folder, site }, page }) => {
  const file = join(folder, 'guides', 'faq-sections', 'index.html');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/ alt="[^"]*"/, ''));
  await page.goto(`${site.origin}/guides/faq-sections`);
  expect((await seriousViolations(page)).some((line) => line.startsWith('image-alt (critical)'))).toBe(true);
});
