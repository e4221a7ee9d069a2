import { chmod, lstat, mkdir, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { openWorkspace, type WorkspaceService } from './index';
import { studioErrorOf } from '../test-support/studio-error-of';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

async function workspaceWith(files: Record<string, string>, trashed: string[] = []): Promise<WorkspaceService & { root: string }> {
  const temp = await makeTempWorkspace(files);
  const service = await openWorkspace(temp.root, {
    trash: async (path) => {
      trashed.push(path);
      const { rm } = await import('node:fs/promises');
      await rm(path);
    },
    now: () => new Date(2026, 0, 3, 9, 5, 7),
  });
  cleanups.push(async () => {
    await service.close();
    await temp.dispose();
  });
  return service;
}


describe('listing', () => {
  it('lists articles with title, date and draft flag, skipping assets, dot-folders, node_modules and export output', async () => {
    const ws = await workspaceWith({
      'index.md': article('Home'),
      'guides/offline.md': article('Offline', 'draft: true\n'),
      'assets/notes.md': article('Not an article'),
      '.git/x.md': article('Hidden'),
      'node_modules/pkg/readme.md': article('Dependency'),
      'site/.article-studio-export.json': '{}',
      'site/guides/offline.md': article('Exported copy'),
      'guides/photo.png': 'png',
    });
    const list = await ws.listArticles();
    expect(list.map((a) => [a.path, a.title, a.date, a.draft, a.url])).toEqual([
      ['guides/offline.md', 'Offline', '2025-12-22 19:22:11', true, 'https://example.com/guides/offline'],
      ['index.md', 'Home', '2025-12-22 19:22:11', false, 'https://example.com/'],
    ]);
  });

  it('lists an article whose frontmatter is broken, with the problem and its line', async () => {
    const ws = await workspaceWith({ 'broken.md': '---\ntitle: ok\ntitle: again\n---\nBody\n' });
    const [summary] = await ws.listArticles();
    expect(summary?.problem).toMatchObject({ line: 3 });
    expect(summary?.problem?.message).toMatch(/duplicate key/);
  });

  it('uses siteUrl from the settings for article URLs and reports bad settings by key', async () => {
    const ws = await workspaceWith({
      'article-studio.json': '{\n  "siteUrl": "https://aicw.io",\n  "author": { "name": "A", "type": "Robot" }\n}\n',
      'ai-chat-bot/tongyi-qianwen.md': article('Q'),
    });
    const [summary] = await ws.listArticles();
    expect(summary?.url).toBe('https://aicw.io/ai-chat-bot/tongyi-qianwen');
    const info = await ws.getWorkspace();
    expect(info.settingsProblems).toEqual([expect.objectContaining({ key: 'author.type', line: 3 })]);
  });
});

describe('reading and saving', () => {
  it('reads exact text with its hash and saves exact bytes back', async () => {
    const text = '\uFEFF---\r\ntitle: "CRLF"\r\n---\r\nBody\r\n';
    const ws = await workspaceWith({ 'a.md': text });
    const file = await ws.readArticle('a.md');
    expect(file.text).toBe(text);
    const changed = `${text}More\r\n`;
    const saved = await ws.saveArticle('a.md', changed, file.hash);
    expect(await readFile(join(ws.root, 'a.md'), 'utf8')).toBe(changed);
    expect(saved.hash).not.toBe(file.hash);
  });

  it('refuses a save when the file changed on disk since it was read, and writes nothing', async () => {
    const ws = await workspaceWith({ 'a.md': article('A') });
    const file = await ws.readArticle('a.md');
    await writeFile(join(ws.root, 'a.md'), article('Changed elsewhere'));
    const error = await studioErrorOf(ws.saveArticle('a.md', 'mine', file.hash));
    expect(error.code).toBe('CONFLICT');
    expect(await readFile(join(ws.root, 'a.md'), 'utf8')).toBe(article('Changed elsewhere'));
  });

  it('keeps the file mode and leaves no temp file behind', async () => {
    const ws = await workspaceWith({ 'a.md': article('A') });
    await chmod(join(ws.root, 'a.md'), 0o640);
    const file = await ws.readArticle('a.md');
    await ws.saveArticle('a.md', 'new', file.hash);
    expect((await stat(join(ws.root, 'a.md'))).mode & 0o777).toBe(0o640);
    expect(await readdir(ws.root)).toEqual(['a.md']);
  });

  it('saves through a symlink into the workspace by updating its target', async () => {
    const ws = await workspaceWith({ 'real/target.md': article('T') });
    await symlink(join(ws.root, 'real/target.md'), join(ws.root, 'link.md'));
    const file = await ws.readArticle('link.md');
    await ws.saveArticle('link.md', 'through the link', file.hash);
    expect((await lstat(join(ws.root, 'link.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(ws.root, 'link.md'))).toBe(join(ws.root, 'real/target.md'));
    expect(await readFile(join(ws.root, 'real/target.md'), 'utf8')).toBe('through the link');
  });

  it('runs two quick saves of one article one after the other', async () => {
    const ws = await workspaceWith({ 'a.md': 'v0' });
    await Promise.all([ws.saveArticle('a.md', 'v1', null), ws.saveArticle('a.md', 'v2', null)]);
    expect(await readFile(join(ws.root, 'a.md'), 'utf8')).toBe('v2');
  });

  it('refuses to replace a read-only file', async () => {
    const ws = await workspaceWith({ 'a.md': article('A') });
    await chmod(join(ws.root, 'a.md'), 0o444);
    const error = await studioErrorOf(ws.saveArticle('a.md', 'new', null));
    expect(error.message).toBe('a.md is read-only; nothing was written');
    expect(await readFile(join(ws.root, 'a.md'), 'utf8')).toBe(article('A'));
  });

  it('removes temp files an interrupted save left behind, once they are stale', async () => {
    const ws = await workspaceWith({ 'a.md': article('A'), 'guides/.b.md.123.article-studio-tmp': 'partial', 'guides/.c.md.456.article-studio-tmp': 'partial' });
    const old = new Date(Date.now() - 3600_000);
    const { utimes } = await import('node:fs/promises');
    await utimes(join(ws.root, 'guides/.b.md.123.article-studio-tmp'), old, old);
    await ws.listArticles();
    expect(await readdir(join(ws.root, 'guides'))).toEqual(['.c.md.456.article-studio-tmp']);
  });

  it('makes rename and delete wait for a save still running on the path', async () => {
    const ws = await workspaceWith({ 'a.md': 'v0' });
    const saving = ws.saveArticle('a.md', 'v1', null);
    await ws.renameArticle('a.md', 'b.md');
    await saving;
    expect(await readdir(ws.root)).toEqual(['b.md']);
    expect(await readFile(join(ws.root, 'b.md'), 'utf8')).toBe('v1');
    const again = ws.saveArticle('b.md', 'v2', null);
    await ws.deleteArticle('b.md');
    await again;
    expect(await readdir(ws.root)).toEqual([]);
  });

  it('refuses a file inside an export written into the workspace', async () => {
    const ws = await workspaceWith({ 'site/.article-studio-export.json': '{}', 'site/guides/a.md': article('Copy') });
    expect((await studioErrorOf(ws.readArticle('site/guides/a.md'))).message).toMatch(/inside an export's output folder/);
  });

  it('refuses a file that is not UTF-8 instead of corrupting it', async () => {
    const ws = await workspaceWith({});
    await writeFile(join(ws.root, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const error = await studioErrorOf(ws.readArticle('latin1.md'));
    expect(error.code).toBe('INVALID_ARTICLE');
    expect(error.message).toMatch(/latin1\.md is not UTF-8/);
  });

  it('reports a missing file by name', async () => {
    const ws = await workspaceWith({});
    const error = await studioErrorOf(ws.readArticle('nope.md'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', file: 'nope.md' });
  });
});

describe('path confinement', () => {
  const hostile = ['../outside.md', 'a/../../outside.md', '/etc/passwd.md', '%2e%2e/outside.md', '..%2foutside.md', 'a\0.md', '..\\outside.md', './a.md', 'C:/x.md'];
  for (const path of hostile) {
    it(`refuses ${JSON.stringify(path)} for read, save, create, rename and delete`, async () => {
      const ws = await workspaceWith({ 'a.md': article('A') });
      for (const call of [
        () => ws.readArticle(path),
        () => ws.saveArticle(path, 'x', null),
        () => ws.createArticle(path, 'x'),
        () => ws.renameArticle('a.md', path),
        () => ws.deleteArticle(path),
      ]) {
        expect((await studioErrorOf(call())).code).toMatch(/INVALID_PATH|OUTSIDE_WORKSPACE/);
      }
    });
  }

  it('refuses a symlinked file or folder that leads outside the workspace', async () => {
    const outside = await makeTempWorkspace({ 'secret.md': 'secret', 'dir/x.md': 'x' });
    cleanups.push(outside.dispose);
    const ws = await workspaceWith({});
    await symlink(join(outside.root, 'secret.md'), join(ws.root, 'leak.md'));
    await symlink(join(outside.root, 'dir'), join(ws.root, 'linked'));
    expect((await studioErrorOf(ws.readArticle('leak.md'))).code).toBe('OUTSIDE_WORKSPACE');
    expect((await studioErrorOf(ws.saveArticle('linked/x.md', 'overwrite', null))).code).toBe('OUTSIDE_WORKSPACE');
    expect(await readFile(join(outside.root, 'dir/x.md'), 'utf8')).toBe('x');
    expect((await ws.listArticles()).map((a) => a.path)).toEqual([]);
  });

  it('refuses a sibling folder whose name merely starts with the workspace name', async () => {
    const ws = await workspaceWith({});
    const sibling = `${ws.root}-evil`;
    await mkdir(sibling);
    cleanups.push(() => import('node:fs/promises').then(({ rm }) => rm(sibling, { recursive: true })));
    await writeFile(join(sibling, 'x.md'), 'x');
    await symlink(sibling, join(ws.root, 'evil'));
    expect((await studioErrorOf(ws.readArticle('evil/x.md'))).code).toBe('OUTSIDE_WORKSPACE');
  });

  it('refuses paths that are not articles', async () => {
    const ws = await workspaceWith({ 'assets/a.md': 'x', 'notes.txt': 'x' });
    expect((await studioErrorOf(ws.readArticle('assets/a.md'))).code).toBe('INVALID_PATH');
    expect((await studioErrorOf(ws.readArticle('notes.txt'))).code).toBe('INVALID_PATH');
  });
});

describe('create, rename, delete', () => {
  it('creates an article from the template with the reference fields and the given title', async () => {
    const ws = await workspaceWith({});
    const file = await ws.createArticle('guides/new-piece.md', 'A New: Piece');
    const onDisk = await readFile(join(ws.root, 'guides/new-piece.md'), 'utf8');
    expect(onDisk).toBe(file.text);
    expect(onDisk).toMatch(/^---\ndate: 2026-01-03 09:05:07\ndate_updated_at: 2026-01-03\ntitle: "A New: Piece"\n/);
    expect(onDisk).toContain('breadcrumbs: "Home/Blog/A New: Piece"');
    expect((await studioErrorOf(ws.createArticle('guides/new-piece.md', 'again'))).code).toBe('ALREADY_EXISTS');
  });

  it('renames into a new folder and refuses to overwrite an existing article', async () => {
    const ws = await workspaceWith({ 'a.md': article('A'), 'b.md': article('B') });
    await ws.renameArticle('a.md', 'moved/a-renamed.md');
    expect(await readFile(join(ws.root, 'moved/a-renamed.md'), 'utf8')).toBe(article('A'));
    expect((await studioErrorOf(ws.renameArticle('moved/a-renamed.md', 'b.md'))).code).toBe('ALREADY_EXISTS');
    expect(await readFile(join(ws.root, 'b.md'), 'utf8')).toBe(article('B'));
  });

  it('deletes to the trash it was given', async () => {
    const trashed: string[] = [];
    const ws = await workspaceWith({ 'a.md': article('A') }, trashed);
    await ws.deleteArticle('a.md');
    expect(trashed).toEqual([join(ws.root, 'a.md')]);
  });

  it('falls back to .trash/ in the workspace when the system trash fails', async () => {
    const temp = await makeTempWorkspace({ 'a.md': article('A') });
    cleanups.push(temp.dispose);
    const ws = await openWorkspace(temp.root, { trash: () => Promise.reject(new Error('no trash here')), now: () => new Date(Date.UTC(2026, 0, 3)) });
    await ws.deleteArticle('a.md');
    expect(await readdir(join(temp.root, '.trash'))).toEqual(['2026-01-03T00-00-00-000Z-a.md']);
    expect((await ws.listArticles()).length).toBe(0);
    await ws.close();
  });
});
