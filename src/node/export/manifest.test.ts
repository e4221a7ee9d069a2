import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempWorkspace } from '../test-support/temp-workspace';
import { listFiles } from './file-tree';
import { exportSite } from './index';

const MANIFEST = '.article-studio-export.json';
const CHANGES = '.article-studio-export.changes.json';

const page = (title: string, body: string) => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2025-12-22 19:22:11\n---\n\n${body}\n`;

function site(count: number): Record<string, string> {
  const files: Record<string, string> = { 'article-studio.json': JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example' }) };
  for (let n = 1; n <= count; n++) files[`guides/guide-${n}.md`] = page(`Guide ${n}`, `Step ${n}. Back [home](/), on to [the next](/guides/guide-${n + 1}).`);
  return files;
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

async function setup(count: number) {
  const ws = await makeTempWorkspace(site(count));
  const outParent = await makeTempWorkspace({});
  cleanups.push(ws.dispose, outParent.dispose);
  return { root: ws.root, out: join(outParent.root, 'site'), parent: outParent.root };
}

/**
 * exportSite as another process of the same build runs it (the CLI after the
 * app): a fresh copy of the exporter's modules, which knows only what the
 * folder holds.
 */
async function exportFromAnotherProcess(root: string, out: string) {
  vi.resetModules();
  const fresh = await import('./index');
  return fresh.exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
}

/** Every file of the export and its text, the manifest files left out. */
async function contents(out: string): Promise<Record<string, string>> {
  const files = (await listFiles(out)).filter((path) => path !== MANIFEST && path !== CHANGES);
  return Object.fromEntries(await Promise.all(files.map(async (path) => [path, await readFile(join(out, path), 'utf8')] as const)));
}

const exists = (path: string) => stat(path).then(() => true, () => false);

describe('recording a small change in the export\'s manifest', () => {
  it('writes only the changed entries beside the manifest, and the next run in another process sees the whole state', async () => {
    const { root, out } = await setup(40);
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    const manifestBefore = await readFile(join(out, MANIFEST), 'utf8');

    await writeFile(join(root, 'guides/guide-7.md'), page('Guide 7', 'Rewritten.'));
    const result = await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    expect(result.written).toBe(1);
    // The manifest of 40 pages stands as it was; the change is in a file a fraction of its size.
    expect(await readFile(join(out, MANIFEST), 'utf8')).toBe(manifestBefore);
    const changes = await readFile(join(out, CHANGES), 'utf8');
    expect(changes).toContain('"guides/guide-7/index.html"');
    expect(changes.length * 4).toBeLessThan(manifestBefore.length);

    const next = await exportFromAnotherProcess(root, out);
    expect(next).toMatchObject({ unchanged: true, written: 0 });
  });

  it('records a removed page, so the next run does not count it as the writer\'s file', async () => {
    const { root, out } = await setup(40);
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await rm(join(root, 'guides/guide-40.md'));
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    expect(await readFile(join(out, CHANGES), 'utf8')).toContain('"guides/guide-40/index.html":null');

    // Bringing the article back in another process makes its page again, rather than keeping a stranger's file.
    await writeFile(join(root, 'guides/guide-40.md'), page('Guide 40', 'Back again.'));
    await exportFromAnotherProcess(root, out);
    expect(await readFile(join(out, 'guides/guide-40/index.html'), 'utf8')).toContain('Back again.');
  });

  it('writes the manifest whole again once the changes grow to a quarter of it, and drops the changes file', async () => {
    const { root, out } = await setup(40);
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    let manifest = await readFile(join(out, MANIFEST), 'utf8');
    let edits = 0;
    while ((await readFile(join(out, MANIFEST), 'utf8')) === manifest) {
      edits++;
      await writeFile(join(root, `guides/guide-${edits}.md`), page(`Guide ${edits}`, `Edit number ${edits}.`));
      await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
      expect(edits).toBeLessThan(40);
    }
    // Several edits went to the changes file first; the whole manifest then took them all in.
    expect(edits).toBeGreaterThan(3);
    expect(await exists(join(out, CHANGES))).toBe(false);
    manifest = await readFile(join(out, MANIFEST), 'utf8');
    for (let n = 1; n <= edits; n++) expect(manifest).toContain(`"guides/guide-${n}/index.html"`);
    expect(await exportFromAnotherProcess(root, out)).toMatchObject({ unchanged: true });
  });

  it('writes the same manifest, byte for byte, for the same site, and a new generation when it is written whole again', async () => {
    const { root, out, parent } = await setup(40);
    const twin = join(parent, 'twin');
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await exportSite(root, { out: twin, workers: 0, rendererBuild: 'this build' });
    const first = await readFile(join(out, MANIFEST), 'utf8');
    expect(await readFile(join(twin, MANIFEST), 'utf8')).toBe(first);

    // The same files written whole again after other changes: the generation still moves on, so no old changes file can match it.
    await writeFile(join(root, 'article-studio.json'), JSON.stringify({ siteName: 'Loud Ink', siteUrl: 'https://quiet-ink.example' }));
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await writeFile(join(root, 'article-studio.json'), JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example' }));
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    const generation = (text: string) => (JSON.parse(text) as { generation: string }).generation;
    const again = await readFile(join(out, MANIFEST), 'utf8');
    expect(again.replace(/"generation":"\w+"/, '')).toBe(first.replace(/"generation":"\w+"/, ''));
    expect(generation(again)).not.toBe(generation(first));
  });

  it('ignores a changes file left from before the manifest was last written whole', async () => {
    const { root, out, parent } = await setup(40);
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await writeFile(join(root, 'guides/guide-1.md'), page('Guide 1', 'First change.'));
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await copyFile(join(out, CHANGES), join(parent, 'stale'));
    // A settings change renders every page again: a new tree with a whole manifest.
    await writeFile(join(root, 'article-studio.json'), JSON.stringify({ siteName: 'Loud Ink', siteUrl: 'https://quiet-ink.example' }));
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    expect(await exists(join(out, CHANGES))).toBe(false);
    const wanted = await contents(out);

    // As a run killed between writing the manifest whole and removing the changes file leaves it.
    await copyFile(join(parent, 'stale'), join(out, CHANGES));
    const next = await exportFromAnotherProcess(root, out);
    expect(next).toMatchObject({ unchanged: true });
    expect(await contents(out)).toEqual(wanted);
  });

  it('stops, naming it, when the changes file is damaged or cannot be read, and touches nothing', async () => {
    const { root, out, parent } = await setup(40);
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await writeFile(join(out, 'CNAME'), 'quiet-ink.example');
    // A page added since the manifest was written whole: known only from the changes file.
    await writeFile(join(root, 'guides/guide-41.md'), page('Guide 41', 'New.'));
    await exportSite(root, { out, workers: 0, rendererBuild: 'this build' });
    await rm(join(root, 'guides/guide-41.md'));
    const before = await contents(out);

    await writeFile(join(out, CHANGES), '{"generator":"article-studio","changes":');
    await expect(exportFromAnotherProcess(root, out)).rejects.toThrow(`${join(out, CHANGES)} is damaged, so the exporter cannot tell the files it wrote into ${out} from yours; nothing was exported.`);
    await rm(join(out, CHANGES));
    await mkdir(join(out, CHANGES));
    await expect(exportFromAnotherProcess(root, out)).rejects.toThrow(`${join(out, CHANGES)} cannot be read (`);
    // Ignoring it would have kept guide 41's page for good, as a file of the writer's.
    expect(await contents(out)).toEqual(before);
    expect(await readdir(parent)).toEqual(['site']);
  });
});
