import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ExportProgressEvent, type ExportRequest, type WorkspaceEvent } from '../../core/api';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { EXPORT_SETTINGS_FILE } from './export-settings-store';
import { openWorkspace, type WorkspaceOptions, type WorkspaceService } from './index';
import { studioErrorOf } from '../test-support/studio-error-of';

const FILES = {
  'index.md': article('Home'),
  'guides/offline.md': article('Offline'),
  'guides/draft.md': article('Draft', 'draft: true\n'),
  'assets/guides/chart.png': 'png',
};

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

/** A workspace, a state folder and a folder for the output, all thrown away after the test. */
async function setup(options: WorkspaceOptions = {}) {
  const ws = await makeTempWorkspace(FILES);
  const scratch = await makeTempWorkspace({});
  cleanups.push(ws.dispose, scratch.dispose);
  const stateDir = join(scratch.root, 'state');
  const open = async (more: WorkspaceOptions = {}): Promise<WorkspaceService> => {
    const service = await openWorkspace(ws.root, { watch: false, stateDir, ...options, ...more });
    cleanups.unshift(() => service.close());
    return service;
  };
  return { root: ws.root, stateDir, out: join(scratch.root, 'site'), open };
}

const request = (out: string | null, more: Partial<ExportRequest> = {}): ExportRequest => ({ scope: 'workspace', out, relative: false, zip: false, drafts: false, ...more });


describe('export settings', () => {
  it('defaults to a folder named after the workspace, beside it, with every option off', async () => {
    const { root, open } = await setup();
    const service = await open();
    expect(await service.getExportSettings()).toEqual({ out: join(dirname(root), `${basename(root)}-site`), relative: false, zip: false, drafts: false });
  });

  it('remembers the folder and options of the last export for the next launch, keyed by the workspace', async () => {
    const { root, stateDir, out, open } = await setup();
    await (await open()).exportWorkspace(request(out, { relative: true, drafts: true }));
    const relaunched = await open();
    expect(await relaunched.getExportSettings()).toEqual({ out, relative: true, zip: false, drafts: true });
    const file = JSON.parse(await readFile(join(stateDir, EXPORT_SETTINGS_FILE), 'utf8')) as { workspaces: Record<string, unknown> };
    expect(Object.keys(file.workspaces)).toEqual([root]);
    // null: the remembered folder.
    expect((await relaunched.exportWorkspace(request(null))).out).toBe(out);
  });

  it('remembers nothing without a state folder', async () => {
    const { root, out, open } = await setup();
    const service = await open({ stateDir: undefined });
    await service.exportWorkspace(request(out));
    expect((await service.getExportSettings()).out).toBe(join(dirname(root), `${basename(root)}-site`));
  });

  it('treats a corrupt settings file as nothing remembered, and replaces it on the next export', async () => {
    const { stateDir, out, open } = await setup();
    await mkdir(stateDir, { recursive: true });
    await writeFile(join(stateDir, EXPORT_SETTINGS_FILE), '{ "workspaces": { oops');
    const service = await open();
    expect((await service.getExportSettings()).relative).toBe(false);
    await service.exportWorkspace(request(out, { zip: true }));
    expect(await service.getExportSettings()).toEqual({ out, relative: false, zip: true, drafts: false });
  });

  it('refuses a relative folder, which would depend on where the server was started', async () => {
    const { open } = await setup();
    const error = await studioErrorOf((await open()).exportWorkspace(request('site')));
    expect(error.code).toBe('INVALID_PATH');
    expect(error.message).toMatch(/full path/);
  });
});

describe('exportWorkspace', () => {
  it('writes the site, reports pages and assets, then nothing changed on a second run', async () => {
    const { out, open } = await setup();
    const service = await open();
    const first = await service.exportWorkspace(request(out));
    expect(first).toMatchObject({ out, pages: 2, unchanged: false, zip: null });
    expect((await stat(join(out, 'guides/offline/index.html'))).isFile()).toBe(true);
    const second = await service.exportWorkspace(request(out));
    expect(second).toMatchObject({ unchanged: true, written: 0 });
  });

  it('exports only the current article, and a zip beside the folder', async () => {
    const { out, open } = await setup();
    const result = await (await open()).exportWorkspace(request(out, { scope: 'article', article: 'guides/offline.md', zip: true }));
    expect(result).toMatchObject({ pages: 1, zip: `${out}.zip` });
    expect((await stat(`${out}.zip`)).size).toBeGreaterThan(0);
  });

  it('sends export-progress events that end at done === total', async () => {
    const { out, open } = await setup();
    const service = await open();
    const events: WorkspaceEvent[] = [];
    service.onWorkspaceEvent((event) => events.push(event));
    await service.exportWorkspace(request(out));
    const progress = events.filter((event): event is ExportProgressEvent => event.kind === 'export-progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
    expect(['index.md', 'guides/offline.md']).toContain(progress.at(-1)!.current);
  });

  it("surfaces a refused folder (inside the workspace's assets/) as a StudioError and remembers nothing", async () => {
    const { root, open } = await setup();
    const service = await open();
    const error = await studioErrorOf(service.exportWorkspace(request(join(root, 'assets', 'site'))));
    expect(error.code).toBe('INVALID_PATH');
    expect(error.message).toMatch(/assets/);
    expect((await service.getExportSettings()).out).not.toContain('assets');
  });
});

describe('openExportResult', () => {
  it('opens index.html of the last export', async () => {
    const opened = vi.fn(async (_path: string) => undefined);
    const { out, open } = await setup({ openResult: opened });
    const service = await open();
    await service.exportWorkspace(request(out));
    await service.openExportResult();
    expect(opened).toHaveBeenCalledWith(join(out, 'index.html'));
  });

  it('opens nothing when the folder holds no export manifest', async () => {
    const opened = vi.fn(async (_path: string) => undefined);
    const { out, open } = await setup({ openResult: opened });
    const service = await open();
    await service.exportWorkspace(request(out));
    await rm(join(out, '.article-studio-export.json'));
    expect((await studioErrorOf(service.openExportResult())).code).toBe('NOT_FOUND');
    // Never exported at all: the default folder does not exist.
    expect((await studioErrorOf((await open({ stateDir: undefined })).openExportResult())).code).toBe('NOT_FOUND');
    expect(opened).not.toHaveBeenCalled();
  });

  it('reports an opener that fails as an IO_ERROR', async () => {
    const { out, open } = await setup({ openResult: () => Promise.reject(new Error('no browser')) });
    const service = await open();
    await service.exportWorkspace(request(out));
    const error = await studioErrorOf(service.openExportResult());
    expect(error).toMatchObject({ code: 'IO_ERROR' });
    expect(error.message).toMatch(/no browser/);
  });
});
