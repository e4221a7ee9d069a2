import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { studioErrorOf } from '../test-support/studio-error-of';
import { article } from '../test-support/temp-workspace';
import { openWorkspace } from '../workspace';
import { TEMP_FILE_SUFFIX } from '../workspace/atomic-write';
import { BACKUPS_FOLDER, workspaceKey } from './backup-store';
import { StudioHost } from './studio-host';

let base: string;
let stateDir: string;
let alpha: string;
let beta: string;
let hosts: StudioHost[] = [];
const SAVED_AT = '2026-01-03T09:05:07.000Z';

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'studio-backups-')));
  stateDir = join(base, 'state');
  alpha = join(base, 'alpha');
  beta = join(base, 'beta');
  await mkdir(join(alpha, 'guides'), { recursive: true });
  await mkdir(beta);
  await writeFile(join(alpha, 'a.md'), article('Alpha A'));
  await writeFile(join(beta, 'c.md'), article('Beta C'));
});
afterEach(async () => {
  for (const host of hosts) await host.close();
  hosts = [];
  await rm(base, { recursive: true, force: true });
});

async function hostOn(root: string): Promise<StudioHost> {
  const open = (folder: string) => openWorkspace(folder, { watch: false, stateDir, trash: (path) => rm(path) });
  const host = await StudioHost.start(await open(root), { stateDir, openWorkspace: open, now: () => new Date(SAVED_AT) });
  hosts.push(host);
  return host;
}

async function filesUnder(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true })).sort();
}

describe('unsaved-edit backups', () => {
  it('round-trips the text, the base hash and when it was stored', async () => {
    const host = await hostOn(alpha);
    const { hash } = await host.readArticle('a.md');
    await host.backupArticle('a.md', 'edited, not saved', hash);
    expect(await host.readBackup('a.md')).toEqual({ path: 'a.md', text: 'edited, not saved', baseHash: hash, savedAt: SAVED_AT });
    expect(await host.listBackups()).toEqual(['a.md']);
    await host.backupArticle('guides/new.md', 'never saved', null);
    expect(await host.readBackup('guides/new.md')).toMatchObject({ text: 'never saved', baseHash: null });
    expect(await host.listBackups()).toEqual(['a.md', 'guides/new.md']);
  });

  it('keeps them in the state folder, per workspace, never inside the workspace', async () => {
    const host = await hostOn(alpha);
    const before = await filesUnder(alpha);
    await host.backupArticle('a.md', 'edited', null);
    expect(await filesUnder(alpha)).toEqual(before);
    const folder = join(stateDir, BACKUPS_FOLDER, workspaceKey(alpha));
    const [file] = await readdir(folder);
    expect(JSON.parse(await readFile(join(folder, file!), 'utf8'))).toMatchObject({ path: 'a.md', text: 'edited' });
    await host.openWorkspace(beta);
    expect(await host.listBackups()).toEqual([]);
    expect(await host.readBackup('a.md')).toBeNull();
    await host.openWorkspace(alpha);
    expect(await host.listBackups()).toEqual(['a.md']);
  });

  it('survives a restart (a new host on the same state folder)', async () => {
    const first = await hostOn(alpha);
    await first.backupArticle('a.md', 'typed just before the crash', null);
    const second = await hostOn(alpha);
    expect(await second.listBackups()).toEqual(['a.md']);
    expect(await second.readBackup('a.md')).toMatchObject({ text: 'typed just before the crash' });
  });

  it('is deleted when it equals the file on disk', async () => {
    const host = await hostOn(alpha);
    await host.backupArticle('a.md', article('Alpha A'), null);
    expect(await host.readBackup('a.md')).toBeNull();
    expect(await host.listBackups()).toEqual([]);
  });

  it('is not deleted with an equal one when newer edits are backed up while it is compared', async () => {
    const host = await hostOn(alpha);
    await host.backupArticle('a.md', article('Alpha A'), null);
    const reading = host.readBackup('a.md');
    const writing = host.backupArticle('a.md', 'newer edits typed meanwhile', null);
    await Promise.all([reading, writing]);
    expect(await host.listBackups()).toEqual(['a.md']);
    expect(await host.readBackup('a.md')).toMatchObject({ text: 'newer edits typed meanwhile' });
  });

  it('is kept when the file is gone: it may be the only copy', async () => {
    const host = await hostOn(alpha);
    await host.backupArticle('a.md', 'edited', null);
    await rm(join(alpha, 'a.md'));
    expect(await host.readBackup('a.md')).toMatchObject({ text: 'edited' });
  });

  it('is discarded by a successful save, and on request', async () => {
    const host = await hostOn(alpha);
    await host.backupArticle('a.md', 'draft', null);
    await host.saveArticle('a.md', 'saved', null);
    expect(await host.readBackup('a.md')).toBeNull();
    await host.backupArticle('a.md', 'another draft', null);
    await host.discardBackup('a.md');
    expect(await host.listBackups()).toEqual([]);
  });

  it('survives a save that failed, and keeps edits backed up while a save ran', async () => {
    const host = await hostOn(alpha);
    await host.backupArticle('a.md', 'draft', null);
    await studioErrorOf(host.saveArticle('a.md', 'draft', 'not-the-hash-on-disk'));
    expect(await host.readBackup('a.md')).toMatchObject({ text: 'draft' });
    const saving = host.saveArticle('a.md', 'draft', null);
    const typing = host.backupArticle('a.md', 'draft, and more typed during the save', null);
    await Promise.all([saving, typing]);
    expect(await host.readBackup('a.md')).toMatchObject({ text: 'draft, and more typed during the save' });
  });

  it('goes with the article when it is deleted or renamed', async () => {
    const host = await hostOn(alpha);
    await writeFile(join(alpha, 'guides', 'b.md'), article('B'));
    await host.backupArticle('a.md', 'draft of a', null);
    await host.renameArticle('a.md', 'guides/renamed.md');
    expect(await host.readBackup('a.md')).toBeNull();
    expect(await host.readBackup('guides/renamed.md')).toMatchObject({ path: 'guides/renamed.md', text: 'draft of a' });
    await host.backupArticle('guides/b.md', 'draft of b', null);
    await host.deleteArticle('guides/b.md');
    expect(await host.listBackups()).toEqual(['guides/renamed.md']);
  });

  it('left behind by a file deleted elsewhere, is set aside, not attached to an article that later takes the name', async () => {
    const host = await hostOn(alpha);
    await mkdir(join(alpha, 'guides'), { recursive: true });
    await writeFile(join(alpha, 'guides', 'b.md'), article('B'));
    await host.backupArticle('a.md', 'unsaved edits of the old a.md', null);
    await rm(join(alpha, 'a.md'));
    await host.renameArticle('guides/b.md', 'a.md');
    expect(await host.readBackup('a.md')).toBeNull();
    await host.backupArticle('new.md', 'edits of a new.md deleted elsewhere', null);
    await host.createArticle('new.md', 'Fresh');
    expect(await host.readBackup('new.md')).toBeNull();
    expect(await host.listBackups()).toEqual([]);
    // Not thrown away: both are kept, readable, in the workspace's set-aside folder.
    const folder = join(stateDir, BACKUPS_FOLDER);
    const kept = await filesUnder(folder);
    const texts = await Promise.all(kept.filter((file) => file.includes('set-aside') && file.endsWith('.json')).map((file) => readFile(join(folder, file), 'utf8')));
    expect(texts.join('\n')).toContain('unsaved edits of the old a.md');
    expect(texts.join('\n')).toContain('edits of a new.md deleted elsewhere');
  });

  it('refuses paths outside the workspace or not articles, as every article call does', async () => {
    const host = await hostOn(alpha);
    await mkdir(join(base, 'outside'));
    await symlink(join(base, 'outside'), join(alpha, 'escape'));
    for (const [path, code] of [
      ['../beta/c.md', 'INVALID_PATH'],
      ['/etc/passwd.md', 'INVALID_PATH'],
      ['guides\\a.md', 'INVALID_PATH'],
      ['%2e%2e/x.md', 'INVALID_PATH'],
      ['a\u0000.md', 'INVALID_PATH'],
      ['assets/notes.md', 'INVALID_PATH'],
      ['notes.txt', 'INVALID_PATH'],
      ['escape/x.md', 'OUTSIDE_WORKSPACE'],
    ] as const) {
      expect(await studioErrorOf(host.backupArticle(path, 'x', null)), path).toMatchObject({ code, file: path });
      expect(await studioErrorOf(host.readBackup(path)), path).toMatchObject({ code });
      expect(await studioErrorOf(host.discardBackup(path)), path).toMatchObject({ code });
    }
    expect(await host.listBackups()).toEqual([]);
    expect(await readdir(join(stateDir, BACKUPS_FOLDER)).catch(() => [])).toEqual([]);
  });

  it('ignores a hand-edited or foreign file in the backups folder', async () => {
    const host = await hostOn(alpha);
    await host.backupArticle('a.md', 'draft', null);
    const folder = join(stateDir, BACKUPS_FOLDER, workspaceKey(alpha));
    const [file] = await readdir(folder);
    await writeFile(join(folder, 'copied.json'), await readFile(join(folder, file!)));
    await writeFile(join(folder, 'junk.json'), '{ not json');
    expect(await host.listBackups()).toEqual(['a.md']);
    await writeFile(join(folder, file!), JSON.stringify({ path: 'a.md', text: 42 }));
    expect(await host.readBackup('a.md')).toBeNull();
    expect(await host.listBackups()).toEqual([]);
  });
});

describe('workspaceKey', () => {
  it('is stable for a folder and differs between folders of the same name', () => {
    expect(workspaceKey('/home/me/site')).toBe(workspaceKey('/home/me/site'));
    expect(workspaceKey('/home/me/site')).not.toBe(workspaceKey('/srv/site'));
    expect(workspaceKey('/home/me/site')).toMatch(/^site-[0-9a-f]{16}$/);
    expect(workspaceKey('/home/me/../..')).toMatch(/^workspace-[0-9a-f]{16}$/);
  });
});

describe('a backup that cannot be written', () => {
  it('fails naming the article and the state folder, leaving the article alone', async () => {
    const host = await hostOn(alpha);
    // A file where the backups folder should be: nothing can be written under it.
    await mkdir(stateDir, { recursive: true });
    await writeFile(join(stateDir, BACKUPS_FOLDER), 'in the way');
    const error = await studioErrorOf(host.backupArticle('a.md', 'draft', null));
    expect(error).toMatchObject({ code: 'IO_ERROR', file: 'a.md' });
    expect(error.message).toContain(`backup of the unsaved edits of a.md in ${join(stateDir, BACKUPS_FOLDER)}`);
    expect(await readFile(join(alpha, 'a.md'), 'utf8')).toBe(article('Alpha A'));
  });
});

describe('temp files a killed state write left behind', () => {
  it('go at the next start, from the backups folder and the state folder, while a running write’s stay', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('exit', resolve));
    const dead = child.pid!;
    const backups = join(stateDir, BACKUPS_FOLDER, workspaceKey(alpha));
    await mkdir(backups, { recursive: true });
    const leftovers = [join(backups, `.x.json.${dead}-0123456789ab${TEMP_FILE_SUFFIX}`), join(stateDir, `.recent-workspaces.json.${dead}-0123456789ab${TEMP_FILE_SUFFIX}`)];
    const running = join(backups, `.y.json.${process.pid}-0123456789ab${TEMP_FILE_SUFFIX}`);
    for (const file of [...leftovers, running]) await writeFile(file, '{"half": ');

    const host = await hostOn(alpha);
    await host.listBackups();

    expect((await readdir(backups)).sort()).toEqual([basename(running)]);
    expect(await readdir(stateDir)).not.toContain(basename(leftovers[1]!));
  });
});
