import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runExport } from '../support/export-cli';
import { expect, test } from '../support/export-fixtures';
import { filesUnder } from '../support/folder-snapshot';
import { validateWithVnu } from '../support/html-validators';

test('the W3C Nu validator reports no error on any page of the exported sample site', async ({ sampleWorkspace, scratch }) => {
  const site = join(scratch, 'site');
  const run = await runExport(sampleWorkspace, site);
  expect(run.code, run.stderr).toBe(0);

  const pages = (await filesUnder(site)).filter((path) => path.endsWith('.html'));
  // The front page, the 404 page and one page per sample article: nothing may be left out unnoticed.
  expect(pages).toEqual([
    '404.html',
    'guides/faq-sections/index.html',
    'guides/index.html',
    'guides/markdown-comparison-tables/index.html',
    'guides/offline-writing/index.html',
    'index.html',
    'social-card-images/index.html',
  ]);

  // A page with a known error goes through the same validator run (one JVM start): it proves
  // errors are seen and reported, so the empty list below means something.
  const control = join(scratch, 'control-with-error.html');
  await writeFile(control, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><img src="a.png"></p></body></html>');

  const messages = await validateWithVnu([...pages.map((path) => join(site, path)), control]);
  const lines = messages.map((error) => `${error.url.replace(`file:${scratch}/`, '')}:${error.lastLine ?? '?'}: ${error.message} [${error.extract ?? ''}]`);
  expect(lines.filter((line) => line.startsWith('control-with-error.html:')).length).toBeGreaterThan(0);
  expect(lines.filter((line) => !line.startsWith('control-with-error.html:'))).toEqual([]);
});
