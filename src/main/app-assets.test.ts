import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { contentTypeFor } from '../node/server/renderer-files';
import { resolveAppAsset, serveAppAsset } from './app-assets';

const ROOT = join(tmpdir(), 'renderer-root');

describe('resolveAppAsset', () => {
  it('maps app://studio paths into the folder', () => {
    expect(resolveAppAsset(ROOT, 'app://studio/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppAsset(ROOT, 'app://studio/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppAsset(ROOT, 'app://studio')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppAsset(ROOT, 'app://studio/assets/index-AbC123.js?v=1#x')).toBe(
      join(ROOT, 'assets', 'index-AbC123.js'),
    );
    expect(resolveAppAsset(ROOT, 'app://studio/assets/a%20b.css')).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it('refuses `..` raw or percent-encoded, in any spelling', () => {
    for (const url of [
      'app://studio/../main/index.js',
      'app://studio/assets/../../secret',
      'app://studio/%2e%2e/secret',
      'app://studio/%2E%2E/secret',
      'app://studio/.%2e/secret',
      'app://studio/..%2fsecret',
      'app://studio/..%5csecret',
      'app://studio/assets%2f..%2f..%2fsecret',
      'app://studio/%252e%252e/secret',
      'app://studio/a..b.js',
    ]) {
      expect(resolveAppAsset(ROOT, url), url).toBeNull();
    }
  });

  it('refuses other hosts, schemes, backslashes, NUL and malformed escapes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://studio:1/index.html',
      'file:///etc/passwd',
      'https://studio/index.html',
      'app://studio/assets%5cindex.js',
      'app://studio/index.html%00.png',
      'app://studio/%E0%A4%A',
    ]) {
      expect(resolveAppAsset(ROOT, url), url).toBeNull();
    }
  });

  it('keeps a doubled slash inside the folder', () => {
    expect(resolveAppAsset(ROOT, 'app://studio//etc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
  });
});

describe('contentTypeFor', () => {
  it('knows the types a Vite build emits', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});

describe('serveAppAsset', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'app-assets-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Article Studio</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'secret');
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('serves files with their content type', async () => {
    const page = await serveAppAsset(root, new Request('app://studio/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('Article Studio');
    const script = await serveAppAsset(root, new Request('app://studio/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files, folders, traversal and symlinks out', async () => {
    for (const url of [
      'app://studio/missing.js',
      'app://studio/assets',
      'app://studio/..%2fsecret.txt',
      'app://studio/assets/link.txt',
    ]) {
      const response = await serveAppAsset(root, new Request(url));
      expect(response.status, url).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppAsset(root, new Request('app://studio/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    const head = await serveAppAsset(root, new Request('app://studio/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
  });
});

describe("serveAppAsset: the workspace's images", () => {
  let base: string;
  let renderer: string;
  let workspace: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'app-workspace-files-'));
    renderer = join(base, 'renderer');
    workspace = join(base, 'workspace');
    await mkdir(join(renderer, 'workspace-files'), { recursive: true });
    await writeFile(join(renderer, 'workspace-files', 'logo.png'), 'from the renderer folder');
    await mkdir(join(workspace, 'assets'), { recursive: true });
    await writeFile(join(workspace, 'assets', 'logo.png'), 'png bytes');
    await writeFile(join(workspace, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(workspace, 'post.md'), '# post');
    await writeFile(join(base, 'secret.png'), 'secret');
    await symlink(join(base, 'secret.png'), join(workspace, 'assets', 'link.png'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('serves app://studio/workspace-files/… from the current workspace, typed and never sniffed', async () => {
    const response = await serveAppAsset(renderer, new Request('app://studio/workspace-files/assets/logo.png'), () => workspace);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('png bytes');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const svg = await serveAppAsset(renderer, new Request('app://studio/workspace-files/assets/icon.svg'), () => workspace);
    expect(svg.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    const head = await serveAppAsset(renderer, new Request('app://studio/workspace-files/assets/logo.png', { method: 'HEAD' }), () => workspace);
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('asks for the workspace on every request, so a switch is seen at once', async () => {
    let current = base;
    const root = () => current;
    expect((await serveAppAsset(renderer, new Request('app://studio/workspace-files/assets/logo.png'), root)).status).toBe(404);
    current = workspace;
    expect((await serveAppAsset(renderer, new Request('app://studio/workspace-files/assets/logo.png'), root)).status).toBe(200);
  });

  it('answers 404 to anything outside the rules, and without a workspace', async () => {
    for (const url of [
      'app://studio/workspace-files/post.md',
      'app://studio/workspace-files/assets/link.png',
      'app://studio/workspace-files/..%2fsecret.png',
      'app://studio/workspace-files/%2e%2e/secret.png',
      'app://studio/workspace-files/assets%5clogo.png',
      'app://studio/workspace-files/.hidden.png',
      'app://evil/workspace-files/assets/logo.png',
    ]) {
      expect((await serveAppAsset(renderer, new Request(url), () => workspace)).status, url).toBe(404);
    }
    const noWorkspace = await serveAppAsset(renderer, new Request('app://studio/workspace-files/logo.png'));
    expect(noWorkspace.status).toBe(404);
    const post = await serveAppAsset(renderer, new Request('app://studio/workspace-files/assets/logo.png', { method: 'POST', body: 'x' }), () => workspace);
    expect(post.status).toBe(405);
  });
});
