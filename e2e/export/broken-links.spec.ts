import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runExport } from '../support/export-cli';
import { expect, test } from '../support/export-fixtures';
import { generatedArticleUrl, LARGE_WORKSPACE } from '../support/generated-workspace';
import { checkExportedLinks } from '../support/link-check';

/** linkinator follows `/a/b` through its redirect to `/a/b/`; either form counts as visited. */
const visited = (ok: readonly string[]) => new Set(ok.map((path) => path.replace(/\/$/, '') || '/'));

test('linkinator finds no broken link in the exported sample site', async ({ sampleWorkspace, scratch }) => {
  const site = join(scratch, 'site');
  const run = await runExport(sampleWorkspace, site);
  expect(run.code, run.stderr).toBe(0);

  const report = await checkExportedLinks(site);
  // The crawl must have reached the pages, or "no broken link" proves nothing.
  expect([...visited(report.ok)]).toEqual(expect.arrayContaining(['/guides', '/guides/faq-sections', '/social-card-images', '/assets/guides/faq-sections/question-sources.png']));
  expect(report.broken).toEqual([]);
  expect(run.stderr).toBe('');
});

test('linkinator finds no broken link in the exported 1,000-article site', async ({ largeWorkspace, scratch }) => {
  test.setTimeout(60_000);
  const site = join(scratch, 'site');
  const run = await runExport(largeWorkspace, site);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe('');

  const report = await checkExportedLinks(site);
  const seen = visited(report.ok);
  const unvisited = Array.from({ length: LARGE_WORKSPACE.articles }, (_, index) => generatedArticleUrl(index)).filter((url) => !seen.has(url));
  expect(unvisited).toEqual([]);
  expect(report.broken).toEqual([]);
});

test('the link check does report a page missing from the export (so the tests above can fail)', async ({ sampleWorkspace, scratch }) => {
  const site = join(scratch, 'site');
  expect((await runExport(sampleWorkspace, site)).code).toBe(0);
  await rm(join(site, 'guides', 'offline-writing'), { recursive: true });

  const report = await checkExportedLinks(site);
  expect(report.broken.filter((line) => line.startsWith('/guides/offline-writing ')).length).toBeGreaterThan(0);
});
