import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_WORKSPACES, RECENT_WORKSPACES_FILE, RecentWorkspaces } from './recent-workspaces';

let base: string;
let stateDir: string;
beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'recent-workspaces-')));
  stateDir = join(base, 'state');
});
afterEach(() => rm(base, { recursive: true, force: true }));

async function folders(...names: string[]): Promise<string[]> {
  const roots = names.map((name) => join(base, name));
  await Promise.all(roots.map((root) => mkdir(root, { recursive: true })));
  return roots;
}

describe('recent workspaces', () => {
  it('is empty before anything was opened', async () => {
    const recents = new RecentWorkspaces(stateDir);
    expect(await recents.list()).toEqual([]);
    expect(await recents.mostRecent()).toBeNull();
  });

  it('lists the most recent first, once each, with the folder name', async () => {
    const [a, b] = await folders('alpha', 'beta');
    const recents = new RecentWorkspaces(stateDir);
    await recents.remember(a!);
    await recents.remember(b!);
    await recents.remember(a!);
    expect(await recents.list()).toEqual([
      { root: a, name: 'alpha' },
      { root: b, name: 'beta' },
    ]);
    // Another instance (a restart) reads the same list.
    expect(await new RecentWorkspaces(stateDir).list()).toHaveLength(2);
  });

  it(`keeps at most ${MAX_RECENT_WORKSPACES}, dropping the oldest`, async () => {
    const roots = await folders(...Array.from({ length: 12 }, (_, i) => `ws-${i}`));
    const recents = new RecentWorkspaces(stateDir);
    for (const root of roots) await recents.remember(root);
    const listed = await recents.list();
    expect(listed.map((each) => each.name)).toEqual(['ws-11', 'ws-10', 'ws-9', 'ws-8', 'ws-7', 'ws-6', 'ws-5', 'ws-4', 'ws-3', 'ws-2']);
  });

  it('leaves out folders that no longer exist, or became files, but remembers them', async () => {
    const [a, b, c] = await folders('alpha', 'beta', 'gamma');
    const recents = new RecentWorkspaces(stateDir);
    for (const root of [a!, b!, c!]) await recents.remember(root);
    await rm(b!, { recursive: true });
    await rm(c!, { recursive: true });
    await writeFile(c!, 'now a file');
    expect((await recents.list()).map((each) => each.root)).toEqual([a]);
    // A drive that is not plugged in comes back with its entry.
    await mkdir(b!);
    expect((await recents.list()).map((each) => each.root)).toEqual([b, a]);
  });

  it('two quick switches both land in the list', async () => {
    const [a, b] = await folders('alpha', 'beta');
    const recents = new RecentWorkspaces(stateDir);
    await Promise.all([recents.remember(a!), recents.remember(b!)]);
    expect((await recents.list()).map((each) => each.root)).toEqual([b, a]);
  });

  it.each([
    ['not JSON', '{"workspaces": ['],
    ['null', 'null'],
    ['a list', '["/a"]'],
    ['no list', '{"workspaces": "/a"}'],
    ['empty', ''],
  ])('reads a hand-mangled file (%s) as empty, and recovers on the next switch', async (_what, content) => {
    const [a] = await folders('alpha');
    await mkdir(stateDir, { recursive: true });
    await writeFile(join(stateDir, RECENT_WORKSPACES_FILE), content);
    const recents = new RecentWorkspaces(stateDir);
    expect(await recents.list()).toEqual([]);
    await recents.remember(a!);
    expect(await recents.list()).toEqual([{ root: a, name: 'alpha' }]);
  });

  it('skips bad entries and keeps the good ones', async () => {
    const [a] = await folders('alpha');
    await mkdir(stateDir, { recursive: true });
    await writeFile(join(stateDir, RECENT_WORKSPACES_FILE), JSON.stringify({ version: 1, workspaces: [42, 'relative/path', a, null, `${a}\u0000x`, a] }));
    expect(await new RecentWorkspaces(stateDir).list()).toEqual([{ root: a, name: 'alpha' }]);
  });

  it('writes the file atomically as JSON', async () => {
    const [a] = await folders('alpha');
    await new RecentWorkspaces(stateDir).remember(a!);
    expect(JSON.parse(await readFile(join(stateDir, RECENT_WORKSPACES_FILE), 'utf8'))).toEqual({ version: 1, workspaces: [a] });
  });
});
