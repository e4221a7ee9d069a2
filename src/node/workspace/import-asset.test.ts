import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchStudioCall, type StudioApi } from '../../core/api';
import { MAX_ASSET_BYTES } from '../../core/assets';
import { bytesOf, CHROMIUM_JPEG_301X203 } from '../../core/assets/image-fixtures.test-support';
import { studioErrorOf } from '../test-support/studio-error-of';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { openWorkspace, type WorkspaceService } from './index';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

async function workspace(): Promise<WorkspaceService> {
  const temp = await makeTempWorkspace({ 'guides/faq-sections.md': article('FAQ'), 'index.md': article('Home') });
  const service = await openWorkspace(temp.root, { watch: false });
  cleanups.push(async () => {
    await service.close();
    await temp.dispose();
  });
  return service;
}

const jpeg = bytesOf(CHROMIUM_JPEG_301X203);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('importAsset', () => {
  it('copies an image into the article\'s asset folder under a safe name, with its size', async () => {
    const ws = await workspace();
    const imported = await ws.importAsset('guides/faq-sections.md', 'Question Sources (final).JPEG', base64(jpeg));
    expect(imported).toEqual({ path: 'assets/guides/faq-sections/question-sources-final.jpg', bytes: jpeg.length, width: 301, height: 203 });
    expect(new Uint8Array(await readFile(join(ws.root, imported.path)))).toEqual(jpeg);
  });

  it('never overwrites a file: a taken name gets a number, and no temp file is left behind', async () => {
    const ws = await workspace();
    await mkdir(join(ws.root, 'assets/index'), { recursive: true });
    await writeFile(join(ws.root, 'assets/index/chart.jpg'), 'the writer\'s own file');
    const paths = [];
    for (let i = 0; i < 3; i++) paths.push((await ws.importAsset('index.md', 'chart.jpg', base64(jpeg))).path);
    expect(paths).toEqual(['assets/index/chart-2.jpg', 'assets/index/chart-3.jpg', 'assets/index/chart-4.jpg']);
    expect(await readFile(join(ws.root, 'assets/index/chart.jpg'), 'utf8')).toBe('the writer\'s own file');
    expect((await readdir(join(ws.root, 'assets/index'))).sort()).toEqual(['chart-2.jpg', 'chart-3.jpg', 'chart-4.jpg', 'chart.jpg']);
  });

  it('gives each of many simultaneous imports of one name its own file', async () => {
    const ws = await workspace();
    const results = await Promise.all(Array.from({ length: 8 }, () => ws.importAsset('index.md', 'shot.jpg', base64(jpeg))));
    expect(new Set(results.map((result) => result.path)).size).toBe(8);
    expect(await readdir(join(ws.root, 'assets/index'))).toHaveLength(8);
  });

  it('refuses files that are not PNG, JPEG, GIF or WebP, whatever their name', async () => {
    const ws = await workspace();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const error = await studioErrorOf(ws.importAsset('index.md', 'logo.png', svg.toString('base64')));
    expect(error).toMatchObject({ code: 'INVALID_REQUEST', message: 'logo.png is not a PNG, JPEG, GIF or WebP image; only those can be added' });
    expect(await studioErrorOf(ws.importAsset('index.md', 'x.png', 'not base64!'))).toMatchObject({ message: 'x.png did not arrive intact (its data is not base64)' });
    await expect(readdir(join(ws.root, 'assets'))).rejects.toThrow();
  });

  it('refuses images over the size limit', async () => {
    const ws = await workspace();
    const big = new Uint8Array(MAX_ASSET_BYTES + 1);
    big.set(jpeg);
    expect(await studioErrorOf(ws.importAsset('index.md', 'huge.jpg', base64(big)))).toMatchObject({ code: 'INVALID_REQUEST', message: 'huge.jpg is 20.0 MB; images up to 20 MB can be added' });
  });

  it('stays in the workspace: no climbing paths, no non-articles, no symlinked asset folder leading out', async () => {
    const ws = await workspace();
    for (const path of ['../outside.md', '/etc/x.md', 'guides/%2e%2e/x.md']) {
      expect(await studioErrorOf(ws.importAsset(path, 'a.jpg', base64(jpeg)))).toMatchObject({ code: 'INVALID_PATH' });
    }
    expect(await studioErrorOf(ws.importAsset('assets/readme.md', 'a.jpg', base64(jpeg)))).toMatchObject({ code: 'INVALID_PATH' });
    const outside = await makeTempWorkspace({});
    cleanups.push(outside.dispose);
    await symlink(outside.root, join(ws.root, 'assets'));
    expect(await studioErrorOf(ws.importAsset('index.md', 'a.jpg', base64(jpeg)))).toMatchObject({ code: 'OUTSIDE_WORKSPACE' });
    expect(await readdir(outside.root)).toEqual([]);
  });

  it('is reached through the contract, which refuses a payload over the limit before the service', async () => {
    // The dispatcher reaches only importAsset here, which a workspace answers itself.
    const ws = (await workspace()) as WorkspaceService & StudioApi;
    expect(await dispatchStudioCall(ws, 'importAsset', ['index.md', 'a.jpg', base64(jpeg)])).toMatchObject({ ok: true, value: { path: 'assets/index/a.jpg' } });
    const tooLong = 'A'.repeat(Math.ceil(MAX_ASSET_BYTES / 3) * 4 + 4);
    expect(await dispatchStudioCall(ws, 'importAsset', ['index.md', 'b.jpg', tooLong])).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatchStudioCall(ws, 'importAsset', ['index.md', '', base64(jpeg)])).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
