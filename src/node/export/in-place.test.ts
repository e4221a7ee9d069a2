import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ArticleText from '../workspace/article-text';
import { readArticleText } from '../workspace/article-text';
import { makeTempWorkspace } from '../test-support/temp-workspace';
import { listFiles } from './file-tree';
import { prepareInPlace } from './in-place';
import { exportSite } from './index';

// Spied on, to see which articles an export reads.
vi.mock('../workspace/article-text', async (importOriginal) => {
  const actual = await importOriginal<typeof ArticleText>();
  return { ...actual, readArticleText: vi.fn(actual.readArticleText) };
});

const page = (title: string, body: string) => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2025-12-22 19:22:11\n---\n\n${body}\n`;

/** A site of `count` guides, each linking home: the generated front page lists them. */
function site(count: number): Record<string, string> {
  const files: Record<string, string> = {
    'article-studio.json': JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example' }),
  };
  for (let n = 1; n <= count; n++) files[`guides/guide-${n}.md`] = page(`Guide ${n}`, `Step ${n}. Back [home](/).`);
  return files;
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
  vi.mocked(readArticleText).mockClear();
});

async function setup(files: Record<string, string>) {
  const ws = await makeTempWorkspace(files);
  const outParent = await makeTempWorkspace({});
  cleanups.push(ws.dispose, outParent.dispose);
  return { root: ws.root, out: join(outParent.root, 'site'), parent: outParent.root };
}

/** Every file of the export and its text, the manifest left out. */
async function contents(out: string): Promise<Record<string, string>> {
  const files = (await listFiles(out)).filter((path) => path !== '.article-studio-export.json');
  return Object.fromEntries(await Promise.all(files.map(async (path) => [path, await readFile(join(out, path), 'utf8')] as const)));
}

describe('re-exporting a small change', () => {
  it('updates the export folder itself, so a server or a shell inside it keeps working', async () => {
    const { root, out } = await setup(site(3));
    await exportSite(root, { out, workers: 0 });
    await writeFile(join(out, 'CNAME'), 'quiet-ink.example');
    const folder = (await stat(out)).ino;
    const untouched = await stat(join(out, 'guides/guide-2/index.html'));

    await writeFile(join(root, 'guides/guide-1.md'), page('Guide one, revised', 'New steps.'));
    await writeFile(join(root, 'guides/guide-4.md'), page('Guide 4', 'Fresh.'));
    await rm(join(root, 'guides/guide-3.md'));
    const result = await exportSite(root, { out, workers: 0 });

    expect((await stat(out)).ino).toBe(folder);
    expect(result.written).toBeGreaterThanOrEqual(3);
    expect(await readFile(join(out, 'guides/guide-1/index.html'), 'utf8')).toContain('New steps.');
    expect(await readFile(join(out, 'guides/guide-4/index.html'), 'utf8')).toContain('Fresh.');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Guide one, revised');
    // The deleted article's page goes, and its folder with it; the writer's file stays.
    expect(await readdir(join(out, 'guides'))).toEqual(['guide-1', 'guide-2', 'guide-4']);
    expect(await readFile(join(out, 'CNAME'), 'utf8')).toBe('quiet-ink.example');
    expect((await stat(join(out, 'guides/guide-2/index.html'))).mtimeMs).toBe(untouched.mtimeMs);
    // Nothing left beside the export.
    expect(await readdir(join(out, '..'))).toEqual(['site']);
  });

  it('builds a large change beside the export and swaps it in whole', async () => {
    const { root, out } = await setup(site(40));
    await exportSite(root, { out, workers: 0 });
    const folder = (await stat(out)).ino;
    await writeFile(join(root, 'article-studio.json'), JSON.stringify({ siteName: 'Loud Ink', siteUrl: 'https://quiet-ink.example' }));
    const result = await exportSite(root, { out, workers: 0 });
    expect(result.written).toBeGreaterThan(40);
    expect((await stat(out)).ino).not.toBe(folder);
    expect(await readFile(join(out, 'guides/guide-40/index.html'), 'utf8')).toContain('Loud Ink');
    // Every page was rendered again, and so were the site's own files.
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Loud Ink');
    expect(await readFile(join(out, '404.html'), 'utf8')).toContain('Loud Ink');
  });

  it('finishes an update that was killed after its new files were complete', async () => {
    const { root, out, parent } = await setup(site(3));
    await exportSite(root, { out, workers: 0 });
    await writeFile(join(root, 'guides/guide-1.md'), page('Guide 1', 'Changed once.'));
    await writeFile(join(root, 'guides/guide-2.md'), page('Guide 2', 'Changed too.'));
    // What the finished update looks like, built elsewhere.
    const expected = join(parent, 'expected');
    await exportSite(root, { out: expected, workers: 0 });
    const wanted = await contents(expected);

    // The state a kill leaves: new files staged, the journal written, the first file moved in.
    const { journal } = await prepareInPlace(
      out,
      {
        writes: ['guides/guide-1/index.html', 'guides/guide-2/index.html'].map((path) => ({ path, data: wanted[path]! })),
        removals: [],
        manifest: { path: '.article-studio-export.json', text: await readFile(join(expected, '.article-studio-export.json'), 'utf8') },
      },
      'killed',
    );
    const staging = join(parent, '.site.export-tmp-killed');
    await rename(join(staging, '0'), join(out, 'guides/guide-1/index.html'));
    expect(await readdir(parent)).toContain('.site.export-journal-killed');

    const next = await exportSite(root, { out, workers: 0 });
    expect(next.unchanged).toBe(true);
    expect(await contents(out)).toEqual(wanted);
    expect(await readdir(parent)).toEqual(['expected', 'site']);
    await expect(stat(journal)).rejects.toThrow();
  });
});

describe('an in-place update that fails', () => {
  it('leaves the export as it was, with nothing beside it, when a new file cannot be written', async () => {
    const { root, out, parent } = await setup(site(2));
    await exportSite(root, { out, workers: 0 });
    const before = await contents(out);
    const update = { writes: [{ path: 'assets/gone.png', file: join(root, 'assets/gone.png') }], removals: ['guides/guide-1/index.html'], manifest: { path: '.article-studio-export.json', text: '{}' } };
    await expect(prepareInPlace(out, update, 'failed')).rejects.toThrow(/ENOENT/);
    expect(await readdir(parent)).toEqual(['site']);
    expect(await contents(out)).toEqual(before);
  });

  it('stops before moving anything when a file of the writer\'s is where a new page goes, naming both', async () => {
    const { root, out, parent } = await setup(site(2));
    await exportSite(root, { out, workers: 0 });
    await writeFile(join(out, 'LICENSE'), 'the writer\'s own file');
    await writeFile(join(root, 'LICENSE.md'), page('License', 'Terms.'));
    const before = await contents(out);
    await expect(exportSite(root, { out, workers: 0 })).rejects.toThrow(`Cannot write LICENSE/index.html into ${out}: LICENSE there is a file the exporter did not write`);
    expect(await contents(out)).toEqual(before);
    expect(await readdir(parent)).toEqual(['site']);
    // Once the writer gives the article another path, exports work again.
    await rename(join(root, 'LICENSE.md'), join(root, 'license-terms.md'));
    expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ published: true });
    expect(await readFile(join(out, 'LICENSE'), 'utf8')).toBe('the writer\'s own file');
  });
});

describe('after an in-place update was cut off', () => {
  /** The state a kill right after the journal leaves: guide-1 changed in the workspace, its new page staged. */
  async function killedAfterJournal() {
    const { root, out, parent } = await setup(site(3));
    await exportSite(root, { out, workers: 0 });
    await writeFile(join(root, 'guides/guide-1.md'), page('Guide 1', 'Changed.'));
    const expected = join(parent, 'expected');
    await exportSite(root, { out: expected, workers: 0 });
    const wanted = await contents(expected);
    const manifest = { path: '.article-studio-export.json', text: await readFile(join(expected, '.article-studio-export.json'), 'utf8') };
    await rm(expected, { recursive: true });
    await prepareInPlace(out, { writes: [{ path: 'guides/guide-1/index.html', data: wanted['guides/guide-1/index.html']! }], removals: [], manifest }, 'killed');
    return { root, out, parent, wanted };
  }

  it('drops a journal it cannot read, and the next export repairs the folder from the previous manifest', async () => {
    const { root, out, parent, wanted } = await killedAfterJournal();
    await writeFile(join(parent, '.site.export-journal-killed'), '{"staging":');
    const result = await exportSite(root, { out, workers: 0 });
    expect(result.written).toBe(1);
    expect(await contents(out)).toEqual(wanted);
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('exports a deleted export folder afresh and complete, never just the journal\'s files', async () => {
    const { root, out, parent, wanted } = await killedAfterJournal();
    await rm(out, { recursive: true });
    await exportSite(root, { out, workers: 0 });
    expect(await contents(out)).toEqual(wanted);
    expect(await readdir(parent)).toEqual(['site']);
  });
});

describe('knowing an unchanged article without reading it', () => {
  // File times are "old enough" to be trusted only some seconds after a write: the tests' clock runs ahead.
  const later = () => Date.now() + 60_000;

  it('reads only the articles whose files changed since the previous export', async () => {
    const { root, out } = await setup(site(5));
    await exportSite(root, { out, workers: 0, now: later });
    await writeFile(join(root, 'guides/guide-3.md'), page('Guide 3', 'Step three, again.'));
    vi.mocked(readArticleText).mockClear();
    const result = await exportSite(root, { out, workers: 0, now: later });
    expect(vi.mocked(readArticleText).mock.calls.map(([, path]) => path)).toEqual(['guides/guide-3.md']);
    expect(result.written).toBe(1);
  });

  it('still sees an article rewritten to the same size', async () => {
    const { root, out } = await setup(site(2));
    await exportSite(root, { out, workers: 0, now: later });
    const before = await readFile(join(root, 'guides/guide-1.md'), 'utf8');
    const after = before.replace('Step 1.', 'Step X.');
    expect(after.length).toBe(before.length);
    await writeFile(join(root, 'guides/guide-1.md'), after);
    await exportSite(root, { out, workers: 0, now: later });
    expect(await readFile(join(out, 'guides/guide-1/index.html'), 'utf8')).toContain('Step X.');
  });

  it('reads every article again when a file was changed too recently to be sure of it', async () => {
    const { root, out } = await setup(site(2));
    await exportSite(root, { out, workers: 0 });
    vi.mocked(readArticleText).mockClear();
    await exportSite(root, { out, workers: 0 });
    expect(vi.mocked(readArticleText)).toHaveBeenCalledTimes(2);
  });

  it('reads the export folder again when another program changed its manifest', async () => {
    const { root, out } = await setup(site(2));
    await exportSite(root, { out, workers: 0, now: later });
    // Another program drops a page from the manifest: the page is no longer the exporter's to reuse.
    const manifestPath = join(out, '.article-studio-export.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { files: Record<string, unknown> };
    delete manifest.files['guides/guide-2/index.html'];
    await mkdir(out, { recursive: true });
    await writeFile(manifestPath, JSON.stringify(manifest));
    const result = await exportSite(root, { out, workers: 0, now: later });
    expect(result.unchanged).toBe(false);
    expect(result.written).toBe(1);
  });
});
