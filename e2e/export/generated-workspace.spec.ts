import { access, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/export-fixtures';
import { contentSnapshot } from '../support/folder-snapshot';
import { generatedArticlePath, generatedArticleUrl, LARGE_WORKSPACE, writeGeneratedWorkspace } from '../support/generated-workspace';

/**
 * The other specs trust the generated workspace: the same bytes on every run
 * (their failures must be reproducible) and only valid references (so a
 * broken link in its export is the exporter's fault, not the generator's).
 */
test('the generated workspace is the same on every run, 3-5 KB articles, with links and images that exist', async ({ largeWorkspace, scratch }) => {
  const again = join(scratch, 'again');
  await writeGeneratedWorkspace(again, LARGE_WORKSPACE);
  expect(await contentSnapshot(again)).toEqual(await contentSnapshot(largeWorkspace));

  const urls = new Set(Array.from({ length: LARGE_WORKSPACE.articles }, (_, index) => generatedArticleUrl(index)));
  const problems: string[] = [];
  for (let index = 0; index < LARGE_WORKSPACE.articles; index++) {
    const path = generatedArticlePath(index);
    const { size } = await stat(join(largeWorkspace, path));
    if (size < 3000 || size > 5200) problems.push(`${path}: ${size} bytes`);
    const text = await readFile(join(largeWorkspace, path), 'utf8');
    for (const [, target] of text.matchAll(/\]\((\/[^)]+)\)/g)) {
      if (target!.startsWith('/assets/')) await access(join(largeWorkspace, target!)).catch(() => problems.push(`${path}: missing ${target}`));
      else if (!urls.has(target!)) problems.push(`${path}: link to ${target}, no such article`);
    }
    if (!/^\| Step \| Time \| Done \|$/m.test(text) || (text.match(/<details>/g) ?? []).length !== 2) problems.push(`${path}: no table or not two FAQ entries`);
  }
  expect(problems).toEqual([]);
});
