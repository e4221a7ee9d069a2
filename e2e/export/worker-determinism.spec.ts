import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runExport } from '../support/export-cli';
import { expect, test } from '../support/export-fixtures';
import { contentSnapshot } from '../support/folder-snapshot';
import { LARGE_WORKSPACE } from '../support/generated-workspace';
import { BUILT_CLI } from '../support/temp-workspace';

test('the 1,000-article export is byte-identical with --workers 0 and --workers 2', async ({ largeWorkspace, scratch }) => {
  test.setTimeout(60_000);
  // Without the worker entry next to the CLI the exporter silently renders in one thread,
  // and this test would compare a single-threaded export with itself.
  expect(existsSync(join(BUILT_CLI, '..', 'render-worker.js'))).toBe(true);

  const [inProcess, threaded] = [join(scratch, 'workers-0'), join(scratch, 'workers-2')];
  for (const [out, workers] of [[inProcess, '0'], [threaded, '2']] as const) {
    const run = await runExport(largeWorkspace, out, ['--workers', workers]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Exported ${LARGE_WORKSPACE.articles} pages`);
  }

  const [a, b] = await Promise.all([contentSnapshot(inProcess), contentSnapshot(threaded)]);
  // Pages, assets, index, sitemap, robots, 404 and the manifest: every file, same names, same bytes.
  expect(Object.keys(a).length).toBeGreaterThan(LARGE_WORKSPACE.articles);
  expect({ ...b, [MANIFEST]: undefined }).toEqual({ ...a, [MANIFEST]: undefined });
  // The manifest too, but for what it records about the article files rather than the pages: an article's
  // identity is kept only once its file is two seconds old, and the workspace was written just before the first run.
  const [manifestA, manifestB] = await Promise.all([inProcess, threaded].map(async (out) => withoutFileTimes(await readFile(join(out, MANIFEST), 'utf8'))));
  expect(manifestB).toEqual(manifestA);
});

const MANIFEST = '.article-studio-export.json';

function withoutFileTimes(text: string): unknown {
  const manifest = JSON.parse(text) as { generation?: string; files: Record<string, { source?: string }> };
  delete manifest.generation;
  for (const entry of Object.values(manifest.files)) delete entry.source;
  return manifest;
}
