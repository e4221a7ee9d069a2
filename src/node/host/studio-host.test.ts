import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceEvent } from '../../core/api';
import { studioErrorOf } from '../test-support/studio-error-of';
import { article } from '../test-support/temp-workspace';
import { openWorkspace } from '../workspace';
import type { WorkspaceService } from '../workspace/workspace-options';
import { StudioHost, type StudioHostOptions } from './studio-host';

let base: string;
let stateDir: string;
let alpha: string;
let beta: string;
let hosts: StudioHost[] = [];

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'studio-host-')));
  stateDir = join(base, 'state');
  alpha = join(base, 'alpha');
  beta = join(base, 'beta');
  await mkdir(join(alpha, 'guides'), { recursive: true });
  await mkdir(beta);
  await writeFile(join(alpha, 'a.md'), article('Alpha A'));
  await writeFile(join(alpha, 'guides', 'b.md'), article('Alpha B'));
  await writeFile(join(beta, 'c.md'), article('Beta C'));
});
afterEach(async () => {
  for (const host of hosts) await host.close();
  hosts = [];
  await rm(base, { recursive: true, force: true });
});

/** A host over real workspaces (not watched), recording every workspace it opens. */
async function hostOn(root: string, more: Partial<StudioHostOptions> = {}) {
  const opened: WorkspaceService[] = [];
  const open = async (folder: string) => {
    const service = await openWorkspace(folder, { watch: false, stateDir });
    vi.spyOn(service, 'close');
    opened.push(service);
    return service;
  };
  const host = await StudioHost.start(await open(root), {
    stateDir,
    openWorkspace: open,
    homeDir: base,
    now: () => new Date('2026-01-03T09:05:07Z'),
    ...more,
  });
  hosts.push(host);
  return { host, opened };
}

describe('switching workspaces', () => {
  it('answers later calls about the new folder and closes the old one', async () => {
    const { host, opened } = await hostOn(alpha);
    const info = await host.openWorkspace(beta);
    expect(info).toMatchObject({ root: beta, name: 'beta' });
    expect(host.root).toBe(beta);
    expect((await host.listArticles()).map((each) => each.path)).toEqual(['c.md']);
    expect((await host.getWorkspace()).root).toBe(beta);
    expect(opened[0]!.close).toHaveBeenCalledOnce();
    expect(opened[1]!.close).not.toHaveBeenCalled();
  });

  it('lets a save still running finish in the old folder before closing it', async () => {
    const { host } = await hostOn(alpha);
    const saving = host.saveArticle('a.md', 'saved before the switch', null);
    await host.openWorkspace(beta);
    await expect(saving).resolves.toMatchObject({ path: 'a.md' });
    expect(await readFile(join(alpha, 'a.md'), 'utf8')).toBe('saved before the switch');
    expect(await readdir(beta)).toEqual(['c.md']);
  });

  it('returns from a switch while the old workspace still winds down, and close() waits for it', async () => {
    const { host, opened } = await hostOn(alpha);
    let finishClosing: () => void = () => undefined;
    const old = opened[0]!;
    // The first close waits for the test; the one it then makes is the real one.
    vi.mocked(old.close).mockImplementationOnce(() => new Promise<void>((resolve) => (finishClosing = () => void old.close().then(resolve))));
    // The page reloads onto the new workspace as soon as this returns, not after the old one's export or save.
    await host.openWorkspace(beta);
    expect(host.root).toBe(beta);
    let closed = false;
    const closing = host.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    finishClosing();
    await closing;
    expect(closed).toBe(true);
    hosts = hosts.filter((each) => each !== host);
  });

  it('expands a leading ~ to the home folder', async () => {
    const { host } = await hostOn(alpha);
    expect((await host.openWorkspace('~/beta')).root).toBe(beta);
  });

  it('fails naming the folder, and stays where it was', async () => {
    const { host, opened } = await hostOn(alpha);
    const missing = await studioErrorOf(host.openWorkspace(join(base, 'nowhere')));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', file: join(base, 'nowhere') });
    expect(missing.message).toContain(join(base, 'nowhere'));
    const relative = await studioErrorOf(host.openWorkspace('articles/site'));
    expect(relative).toMatchObject({ code: 'INVALID_PATH', file: 'articles/site' });
    expect(relative.message).toMatch(/articles\/site.*full path/);
    const file = await studioErrorOf(host.openWorkspace(join(alpha, 'a.md')));
    expect(file).toMatchObject({ code: 'INVALID_PATH', file: join(alpha, 'a.md') });
    expect(host.root).toBe(alpha);
    expect(opened[0]!.close).not.toHaveBeenCalled();
    expect((await host.listArticles()).map((each) => each.path)).toEqual(['a.md', 'guides/b.md']);
  });

  it('reopening the folder already open keeps it open', async () => {
    const { host, opened } = await hostOn(alpha);
    await host.openWorkspace(`${alpha}/`);
    expect(host.root).toBe(alpha);
    expect(opened[0]!.close).not.toHaveBeenCalled();
    expect(opened[1]!.close).toHaveBeenCalledOnce();
  });

  it('tells its owner after each switch (the desktop menu rebuilds Open Recent)', async () => {
    const onWorkspaceOpened = vi.fn();
    const { host } = await hostOn(alpha, { onWorkspaceOpened });
    await host.openWorkspace(beta);
    expect(onWorkspaceOpened).toHaveBeenCalledExactlyOnceWith(beta);
  });

  it('runs two quick switches one after the other', async () => {
    const { host, opened } = await hostOn(alpha);
    await Promise.all([host.openWorkspace(beta), host.openWorkspace(alpha)]);
    expect(host.root).toBe(alpha);
    expect(opened.map((service) => vi.mocked(service.close).mock.calls.length)).toEqual([1, 1, 0]);
  });
});

describe('listeners across switches', () => {
  /** A workspace whose events the test fires by hand. */
  function fakeWorkspace(root: string) {
    const listeners = new Set<(event: WorkspaceEvent) => void>();
    const service = {
      root,
      onWorkspaceEvent: (listener: (event: WorkspaceEvent) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getWorkspace: async () => ({ root, name: root, settings: {}, settingsProblems: [] }),
      close: vi.fn(async () => undefined),
    } as unknown as WorkspaceService;
    return { service, emit: (event: WorkspaceEvent) => listeners.forEach((listener) => listener(event)), listeners };
  }

  it('keeps listeners subscribed and lets them hear only the current workspace', async () => {
    const first = fakeWorkspace(alpha);
    const second = fakeWorkspace(beta);
    const host = await StudioHost.start(first.service, { stateDir, openWorkspace: async () => second.service });
    const heard: WorkspaceEvent[] = [];
    host.onWorkspaceEvent((event) => heard.push(event));
    first.emit({ kind: 'removed', path: 'a.md' });
    await host.openWorkspace(beta);
    first.emit({ kind: 'removed', path: 'stale.md' });
    second.emit({ kind: 'added', path: 'c.md', hash: 'h' });
    expect(heard).toEqual([
      { kind: 'removed', path: 'a.md' },
      { kind: 'added', path: 'c.md', hash: 'h' },
    ]);
    expect(first.listeners.size).toBe(0);
  });

  it('lets go of the workspace when the last listener leaves', async () => {
    const first = fakeWorkspace(alpha);
    const host = await StudioHost.start(first.service, { stateDir, openWorkspace: async () => first.service });
    const stopA = host.onWorkspaceEvent(() => undefined);
    const stopB = host.onWorkspaceEvent(() => undefined);
    expect(first.listeners.size).toBe(1);
    stopA();
    expect(first.listeners.size).toBe(1);
    stopB();
    expect(first.listeners.size).toBe(0);
  });
});

describe('recent workspaces', () => {
  it('remembers the folder it started on and every switch, most recent first', async () => {
    const { host } = await hostOn(alpha);
    expect(await host.listRecentWorkspaces()).toEqual([{ root: alpha, name: 'alpha' }]);
    await host.openWorkspace(beta);
    expect(await host.listRecentWorkspaces()).toEqual([
      { root: beta, name: 'beta' },
      { root: alpha, name: 'alpha' },
    ]);
  });
});

describe('the folder picker', () => {
  it('is UNSUPPORTED without a system dialog (web mode)', async () => {
    const { host } = await hostOn(alpha);
    expect(await studioErrorOf(host.pickWorkspaceFolder())).toMatchObject({ code: 'UNSUPPORTED' });
  });

  it("returns the dialog's answer, null when cancelled", async () => {
    const pickFolder = vi.fn<() => Promise<string | null>>().mockResolvedValueOnce(beta).mockResolvedValueOnce(null);
    const { host } = await hostOn(alpha, { pickFolder });
    expect(await host.pickWorkspaceFolder()).toBe(beta);
    expect(await host.pickWorkspaceFolder()).toBeNull();
    expect(host.root).toBe(alpha);
  });
});
