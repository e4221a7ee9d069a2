import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../core/api';
import { makeTempWorkspace } from '../test-support/temp-workspace';
import { listFiles } from './file-tree';
import { exportSite } from './index';
import { readManifest } from './manifest';

const SETTINGS = JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example', defaultImage: '/assets/brand/card.png' });
const page = (title: string, body: string, extra = '') => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2025-12-22 19:22:11\n${extra}---\n\n${body}\n`;

const FILES: Record<string, string> = {
  'article-studio.json': SETTINGS,
  'index.md': page('Home', 'Welcome. Read [the guide](/guides/offline).'),
  'guides/offline.md': page('Offline', '![Chart](/assets/guides/chart.png)\n\nBack [home](/).', 'date_updated_at: 2026-01-03\n'),
  'guides/draft.md': page('Draft', 'Not yet.', 'draft: true\n'),
  'assets/guides/chart.png': 'png-bytes',
  'assets/brand/card.png': 'card-bytes',
  'assets/unused.png': 'never referenced',
};

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

async function setup(files: Record<string, string> = FILES) {
  const ws = await makeTempWorkspace(files);
  const outParent = await makeTempWorkspace({});
  cleanups.push(ws.dispose, outParent.dispose);
  return { root: ws.root, out: join(outParent.root, 'site') };
}

describe('exportSite', () => {
  it('writes one index.html per published article, the referenced assets, index, sitemap, robots and 404', async () => {
    const { root, out } = await setup();
    const result = await exportSite(root, { out, workers: 0 });
    expect(await listFiles(out)).toEqual([
      '.article-studio-export.json',
      '404.html',
      'assets/brand/card.png',
      'assets/guides/chart.png',
      'guides/offline/index.html',
      'index.html',
      'robots.txt',
      'sitemap.xml',
    ]);
    expect(result).toMatchObject({ pages: 2, assets: 2, unchanged: false, findings: [] });
    expect(await readFile(join(out, 'guides/offline/index.html'), 'utf8')).toContain('<title>Offline</title>');
    const sitemap = await readFile(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://quiet-ink.example/guides/offline</loc>\n    <lastmod>2026-01-03T00:00:00+00:00</lastmod>');
    expect(await readFile(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://quiet-ink.example/sitemap.xml');
  });

  it('lists the articles on a generated front page when no article owns /', async () => {
    const files = { ...FILES };
    delete files['index.md'];
    const { root, out } = await setup({ ...files, 'guides/offline.md': page('Offline', 'Text.') });
    await exportSite(root, { out, workers: 0 });
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h2><a href="/guides/offline">Offline</a></h2><time datetime="2025-12-22T19:22:11+00:00">2025-12-22</time><p>About Offline.</p>');
  });

  it('exports drafts only when asked, and single articles with only', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0, drafts: true });
    expect(await stat(join(out, 'guides/draft/index.html'))).toBeTruthy();
    const only = await exportSite(root, { out, workers: 0, only: ['guides/offline.md'] });
    expect(only.pages).toBe(1);
    expect(await listFiles(out)).not.toContain('guides/draft/index.html');
    expect(only.findings.map((f) => f.message)).toEqual([]);
  });

  it('reports missing assets, broken article links, bad frontmatter and duplicate URLs with file and line, and exports the rest', async () => {
    const { root, out } = await setup({
      ...FILES,
      'guides/broken.md': page('Broken', 'Intro.\n\n![Gone](/assets/gone.png)\n\nSee [nowhere](/guides/nowhere) and [draft](/guides/draft).'),
      'guides/bad.md': '---\ntitle: [\n---\nBody\n',
      'guides/offline/index.md': page('Twin', 'Same URL.'),
    });
    const result = await exportSite(root, { out, workers: 0 });
    expect(result.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ['guides/bad.md', 2, 'export/invalid-frontmatter'],
      ['guides/broken.md', 9, 'export/missing-asset'],
      ['guides/broken.md', 11, 'export/broken-link'],
      ['guides/broken.md', 11, 'export/broken-link'],
      ['guides/offline/index.md', 1, 'export/duplicate-url'],
    ]);
    expect(result.findings.find((f) => f.message.includes('draft'))?.message).toMatch(/a draft: it is not exported/);
    expect(await listFiles(out)).toContain('guides/broken/index.html');
  });

  it('rewrites nothing when nothing changed, and only what depends on a change otherwise', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    const before = await stat(join(out, 'guides/offline/index.html'));
    const again = await exportSite(root, { out, workers: 0 });
    expect(again).toMatchObject({ unchanged: true, written: 0 });
    expect((await stat(join(out, 'guides/offline/index.html'))).mtimeMs).toBe(before.mtimeMs);

    await writeFile(join(root, 'index.md'), page('Home', 'Welcome back.'));
    const changed = await exportSite(root, { out, workers: 0 });
    // The changed page, and the index and sitemap whose listing it is part of (sitemap unchanged here: same dates).
    expect(changed.written).toBe(1);
    expect((await stat(join(out, 'guides/offline/index.html'))).ino).toBe(before.ino);
  });

  it('makes a page or a site file deleted by hand from the export again', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    const page = await readFile(join(out, 'guides/offline/index.html'), 'utf8');
    const sitemap = await readFile(join(out, 'sitemap.xml'), 'utf8');
    await rm(join(out, 'guides/offline'), { recursive: true });
    expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ unchanged: false, written: 1 });
    expect(await readFile(join(out, 'guides/offline/index.html'), 'utf8')).toBe(page);
    // With every page as it was, the site files are not made again, unless one is missing.
    await rm(join(out, 'sitemap.xml'));
    expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ unchanged: false, written: 1 });
    expect(await readFile(join(out, 'sitemap.xml'), 'utf8')).toBe(sitemap);
  });

  it('forgets a page deleted by hand whose article is gone too, so a file the writer puts there later is theirs', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    await rm(join(out, 'guides/offline'), { recursive: true });
    await rm(join(root, 'guides/offline.md'));
    await exportSite(root, { out, workers: 0 });
    expect([...(await readManifest(out))!.files.keys()]).not.toContain('guides/offline/index.html');
    await mkdir(join(out, 'guides/offline'), { recursive: true });
    await writeFile(join(out, 'guides/offline/index.html'), 'the writer\'s own page');
    await writeFile(join(root, 'index.md'), page('Home', 'Welcome back.'));
    await exportSite(root, { out, workers: 0 });
    expect(await readFile(join(out, 'guides/offline/index.html'), 'utf8')).toBe('the writer\'s own page');
  });

  it('removes the page of a deleted or renamed article', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    await rm(join(root, 'guides/offline.md'));
    await writeFile(join(root, 'guides/renamed.md'), page('Renamed', 'Moved.'));
    await exportSite(root, { out, workers: 0 });
    const files = await listFiles(out);
    expect(files).toContain('guides/renamed/index.html');
    expect(files).not.toContain('guides/offline/index.html');
    expect(files).not.toContain('assets/guides/chart.png');
  });

  it('never deletes files it did not write', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    await writeFile(join(out, 'CNAME'), 'quiet-ink.example');
    await mkdir(join(out, 'extra'));
    await writeFile(join(out, 'extra/keep.txt'), 'mine');
    await rm(join(root, 'guides/offline.md'));
    await exportSite(root, { out, workers: 0 });
    expect(await readFile(join(out, 'CNAME'), 'utf8')).toBe('quiet-ink.example');
    expect(await readFile(join(out, 'extra/keep.txt'), 'utf8')).toBe('mine');
  });

  it('refuses an output folder that is the workspace, inside its assets, or contains it', async () => {
    const { root } = await setup();
    for (const out of [root, join(root, 'assets'), join(root, 'assets/site'), join(root, '..')]) {
      const error = await exportSite(root, { out, workers: 0 }).catch((caught: unknown) => caught);
      expect(error, out).toBeInstanceOf(StudioError);
    }
    expect(await exportSite(root, { out: join(root, 'dist'), workers: 0 })).toMatchObject({ pages: 2 });
    // An export inside the workspace is output, never articles.
    expect((await exportSite(root, { out: join(root, 'dist'), workers: 0 })).unchanged).toBe(true);
  });

  it('makes a relative bundle whose links and images work from disk', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0, relative: true });
    const html = await readFile(join(out, 'guides/offline/index.html'), 'utf8');
    expect(html).toContain('<img src="../../assets/guides/chart.png" alt="Chart">');
    expect(html).toContain('<a href="../../index.html">home</a>');
    expect(html).toContain('<link rel="canonical" href="https://quiet-ink.example/guides/offline">');
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="./guides/offline/index.html"');
  });

  it('writes the same bundle as a zip', async () => {
    const { root, out } = await setup();
    const zipPath = join(out, '..', 'site.zip');
    await exportSite(root, { out, workers: 0, zip: zipPath });
    const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
    expect(Object.keys(entries).sort()).toEqual((await listFiles(out)).filter((p) => p !== '.article-studio-export.json'));
    expect(new TextDecoder().decode(entries['robots.txt'])).toContain('Sitemap:');
  });

  it('leaves the previous export intact when a run fails, and cleans up after a killed run', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    const good = await readFile(join(out, 'guides/offline/index.html'), 'utf8');
    // A run killed while building leaves a staging folder behind; the next run removes it.
    await mkdir(join(out, '..', '.site.export-tmp-dead'), { recursive: true });
    await writeFile(join(out, '..', '.site.export-tmp-dead', 'half.html'), 'half');
    await exportSite(root, { out, workers: 0 });
    expect(await readdir(join(out, '..'))).toEqual(['site']);
    expect(await readFile(join(out, 'guides/offline/index.html'), 'utf8')).toBe(good);
  });

  it('puts the previous export back when a run died between the two renames of the swap', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    const { rename } = await import('node:fs/promises');
    await rename(out, join(out, '..', '.site.export-old-dead'));
    const result = await exportSite(root, { out, workers: 0 });
    expect(result.unchanged).toBe(true);
    expect(await readdir(join(out, '..'))).toEqual(['site']);
  });
});

describe('exportSite checks and safety', () => {
  it('reports a breadcrumb that links to a page the site does not have, on the breadcrumbs line', async () => {
    const { root, out } = await setup({
      ...FILES,
      'article-studio.json': JSON.stringify({ siteUrl: 'https://quiet-ink.example', breadcrumbLinks: { Home: '/', Blog: '/blog' } }),
      'guides/offline.md': page('Offline', 'Text.', 'breadcrumbs: "Home/Blog/Offline"\n'),
    });
    const result = await exportSite(root, { out, workers: 0 });
    expect(result.findings.map((f) => [f.file, f.line, f.ruleId, f.message])).toEqual([['guides/offline.md', 5, 'export/broken-link', 'Link to /blog, which is no article in the workspace']]);
  });

  it('copies workspace files instead of linking them: editing the export never changes the original', async () => {
    const { root, out } = await setup();
    await exportSite(root, { out, workers: 0 });
    await writeFile(join(out, 'assets/guides/chart.png'), 'changed in the export');
    expect(await readFile(join(root, 'assets/guides/chart.png'), 'utf8')).toBe('png-bytes');
  });

  it('copies an image symlinked inside the workspace, and refuses one whose link or folder leads outside', async () => {
    const { root, out } = await setup({
      ...FILES,
      'guides/offline.md': page('Offline', '![In](/assets/linked.png)\n\n![Out](/assets/secret.png)\n\n![Far](/assets/away/photo.png)'),
    });
    const outside = await makeTempWorkspace({ 'secret.png': 'private', 'away/photo.png': 'private too' });
    cleanups.push(outside.dispose);
    await symlink(join(root, 'assets/guides/chart.png'), join(root, 'assets/linked.png'));
    await symlink(join(outside.root, 'secret.png'), join(root, 'assets/secret.png'));
    await symlink(join(outside.root, 'away'), join(root, 'assets/away'));
    const result = await exportSite(root, { out, workers: 0 });
    expect(await readFile(join(out, 'assets/linked.png'), 'utf8')).toBe('png-bytes');
    expect(result.findings.map((f) => [f.file, f.line, f.ruleId, f.message])).toEqual([
      ['guides/offline.md', 9, 'export/missing-asset', 'Refused path "assets/secret.png": it leads outside the workspace'],
      ['guides/offline.md', 11, 'export/missing-asset', 'Refused path "assets/away/photo.png": it leads outside the workspace'],
    ]);
    const files = await listFiles(out);
    expect(files).not.toContain('assets/secret.png');
    expect(files).not.toContain('assets/away/photo.png');
  });

  it('reports each problem in article-studio.json on its line, and exports with the defaults for those fields', async () => {
    const { root, out } = await setup({
      ...FILES,
      'article-studio.json': '{\n  "siteName": "Quiet Ink",\n  "siteUrl": "quiet-ink.example",\n  "siteURL": "https://quiet-ink.example"\n}\n',
    });
    const result = await exportSite(root, { out, workers: 0 });
    const settingsFindings = result.findings.filter((f) => f.file === 'article-studio.json');
    expect(settingsFindings.map((f) => [f.line, f.ruleId])).toEqual([
      [3, 'export/invalid-settings'],
      [4, 'export/invalid-settings'],
    ]);
    expect(settingsFindings[0]!.message).toContain('"siteUrl"');
    expect(settingsFindings[0]!.message).toContain('the default is used');
    expect(settingsFindings[1]!.message).toContain('unknown setting "siteURL"');
    expect(result.published).toBe(true);
    expect(await exportSite(root, { out: `${out}-strict`, workers: 0, strict: true })).toMatchObject({ published: false });
  });

  it('reports an article-studio.json it cannot read as a finding on that file, and exports with the defaults', async () => {
    const files: Record<string, string> = { ...FILES, 'article-studio.json/notes.txt': 'a folder where the settings belong' };
    delete files['article-studio.json'];
    const { root, out } = await setup(files);
    const result = await exportSite(root, { out, workers: 0 });
    expect(result.findings.filter((f) => f.file === 'article-studio.json')).toEqual([
      {
        file: 'article-studio.json',
        line: 1,
        ruleId: 'export/invalid-settings',
        severity: 'error',
        message: 'cannot be read (it is a folder); the default settings were used',
      },
    ]);
    expect(result.published).toBe(true);
  });

  it('publishes nothing in strict mode when there are problems', async () => {
    const { root, out } = await setup({ ...FILES, 'guides/broken.md': page('Broken', '![Gone](/assets/gone.png)') });
    const result = await exportSite(root, { out, workers: 0, strict: true });
    expect(result).toMatchObject({ published: false, written: 0 });
    await expect(stat(out)).rejects.toThrow();
  });
});
