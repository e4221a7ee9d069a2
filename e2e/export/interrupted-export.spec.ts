import { type ChildProcess } from 'node:child_process';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runExport, startExport } from '../support/export-cli';
import { copyWorkspace, expect, test } from '../support/export-fixtures';
import { generatedArticlePath, LARGE_WORKSPACE } from '../support/generated-workspace';
import { contentSnapshot } from '../support/folder-snapshot';

/** The exporter stages a new export beside the target as `.<name>.export-tmp-<id>` (and `-old-` during the swap). */
const STAGING_PREFIX = '.site.export-';

/**
 * Polls (every millisecond or so) until the export has created its staging
 * folder and written at least one file into it, i.e. it is mid-write, then
 * kills it outright. SIGKILL: no handler, no cleanup, as a crash or power cut.
 */
async function killOnceWriting(child: ChildProcess, parent: string): Promise<string> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the export finished (exit ${child.exitCode}) before it could be caught writing`);
    const staging = (await readdir(parent)).find((name) => name.startsWith(`${STAGING_PREFIX}tmp-`));
    if (staging && (await readdir(join(parent, staging)).catch(() => [])).length > 0) {
      child.kill('SIGKILL');
      await exited;
      return staging;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  child.kill('SIGKILL');
  throw new Error('the export never started writing');
}

test('killing an export mid-write leaves the previous export intact; the next export completes and cleans up', async ({ largeWorkspace, scratch }) => {
  test.setTimeout(60_000);
  const workspace = await copyWorkspace(largeWorkspace, scratch);
  const site = join(scratch, 'site');
  const first = await runExport(workspace, site);
  expect(first.code, first.stderr).toBe(0);
  const before = await contentSnapshot(site);

  // Every page changes, so the second export rewrites all of them.
  for (let index = 0; index < LARGE_WORKSPACE.articles; index++) {
    await appendFile(join(workspace, generatedArticlePath(index)), '\nEdited after the first export.\n');
  }
  const child = startExport(workspace, site, ['--workers', '0']);
  const staging = await killOnceWriting(child, scratch);
  expect(child.signalCode).toBe('SIGKILL');

  // The half-written staging folder is left behind; the published folder is the first export, byte for byte.
  expect(await readdir(scratch)).toContain(staging);
  expect(await contentSnapshot(site)).toEqual(before);

  const third = await runExport(workspace, site);
  expect(third.code, third.stderr).toBe(0);
  expect(third.stdout).toMatch(/: 10\d\d files written/);
  expect((await readdir(scratch)).filter((name) => name.startsWith(STAGING_PREFIX))).toEqual([]);
  expect(await readFile(join(site, 'drafting', 'article-0000', 'index.html'), 'utf8')).toContain('Edited after the first export.');
});
