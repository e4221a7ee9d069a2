import { mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintArticle } from '../../core/seo';
import { DEFAULT_SETTINGS } from '../../core/site';
import { StudioHost } from '../host/studio-host';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { openWorkspace } from '../workspace';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const dispose of cleanups.reverse()) await dispose();
  cleanups = [];
});

async function workspace(files: Record<string, string>): Promise<string> {
  const temp = await makeTempWorkspace(files);
  cleanups.push(temp.dispose);
  return temp.root;
}

describe('getLintContext', () => {
  it('lists every article with its title and description, and every file but dot-folders and node_modules', async () => {
    const root = await workspace({
      'a.md': article('Alpha', 'description: "About alpha"\n'),
      'guides/b.md': '---\ntitle: [\n---\n',
      'assets/chart.png': 'png',
      'article-studio.json': '{}',
      '.git/config': 'x',
      'node_modules/p/index.js': 'x',
    });
    const elsewhere = await realpath(await mkdtemp(join(tmpdir(), 'lint-outside-')));
    cleanups.push(() => rm(elsewhere, { recursive: true, force: true }));
    await writeFile(join(elsewhere, 'secret.png'), 'x');
    await symlink(join(elsewhere, 'secret.png'), join(root, 'assets', 'linked-out.png'));
    await symlink(join(root, 'assets', 'chart.png'), join(root, 'assets', 'linked-in.png'));
    const service = await openWorkspace(root, { watch: false });
    cleanups.push(() => service.close());
    expect(await service.getLintContext()).toEqual({
      articles: [
        { path: 'a.md', title: 'Alpha', description: 'About alpha' },
        { path: 'guides/b.md', title: null, description: null },
      ],
      files: ['a.md', 'article-studio.json', 'assets/chart.png', 'assets/linked-in.png', 'guides/b.md'],
    });
  });

  it('is what the app lints the editor text against, through the host, for the current workspace', async () => {
    const root = await workspace({ 'a.md': article('Alpha'), 'b.md': article('Beta') });
    const stateDir = await workspace({});
    const open = (folder: string) => openWorkspace(folder, { watch: false });
    const host = await StudioHost.start(await open(root), { stateDir, openWorkspace: open });
    cleanups.push(() => host.close());
    const context = await host.getLintContext();
    expect(context.articles.map((each) => each.path)).toEqual(['a.md', 'b.md']);
    const unsaved = `${article('Beta')}\n[a](a.md) [gone](gone.md)\n`;
    const findings = lintArticle({ path: 'a.md', text: unsaved, settings: DEFAULT_SETTINGS, context, now: new Date('2026-01-01') });
    expect(findings.filter((finding) => finding.ruleId === 'seo/duplicate-title').map((finding) => finding.message)).toEqual(['b.md has the same title: each page needs its own.']);
    expect(findings.filter((finding) => finding.ruleId === 'seo/broken-link').map((finding) => finding.message)).toEqual(['Link to /gone, which is no article in the workspace']);
  });
});
