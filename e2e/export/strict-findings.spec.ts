import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runExport } from '../support/export-cli';
import { expect, test } from '../support/export-fixtures';

/** An article with one missing image and one link to no article, each on a line the test knows. */
const BROKEN_ARTICLE = [
  '---',
  'title: "A Page With Two Problems"',
  'description: "An article that references an image nobody added and links to an article nobody wrote."',
  'date: 2025-12-01 09:00:00',
  '---',
  '',
  '## Introduction',
  '',
  'A paragraph before the problems, so their lines are not the first ones.',
  '',
  '![A figure that was never added](/assets/never-added.png)',
  '',
  'Then a link to [an article nobody wrote](/guides/never-written), and a link that works: [offline writing](/guides/offline-writing).',
  '',
].join('\n');
const lineOf = (needle: string) => BROKEN_ARTICLE.split('\n').findIndex((line) => line.includes(needle)) + 1;

test('--strict fails on a missing image and a broken link, naming file and line, and publishes nothing; without it the rest is exported', async ({ sampleWorkspace: workspace, scratch }) => {
  await writeFile(join(workspace, 'two-problems.md'), BROKEN_ARTICLE);
  const expected = [
    expect.stringMatching(new RegExp(`^two-problems\\.md:${lineOf('never-added.png')}: error: .*never-added\\.png.* \\[export/missing-asset\\]$`)),
    expect.stringMatching(new RegExp(`^two-problems\\.md:${lineOf('never-written')}: error: .*/guides/never-written.* \\[export/broken-link\\]$`)),
  ];

  const strict = await runExport(workspace, join(scratch, 'strict'), ['--strict']);
  expect(strict.code, strict.stdout + strict.stderr).toBe(1);
  expect(strict.stderr.trim().split('\n')).toEqual(expected);
  expect(strict.stdout).toContain('Not exported: 2 problem(s) and --strict');
  // Strict means nothing broken gets published: the output folder was not written.
  await expect(access(join(scratch, 'strict'))).rejects.toThrow();

  const lenient = await runExport(workspace, join(scratch, 'lenient'));
  expect(lenient.code, lenient.stderr).toBe(0);
  expect(lenient.stderr.trim().split('\n')).toEqual(expected);
  // The problems stay on their page; every other page, and the index, are still written.
  for (const page of ['index.html', 'guides/offline-writing/index.html', 'guides/faq-sections/index.html', 'social-card-images/index.html', 'two-problems/index.html']) {
    await expect(access(join(scratch, 'lenient', page)), page).resolves.toBeUndefined();
  }
});
