import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageContentType, readWorkspaceFile, SVG_CSP, workspaceFileRelativePath } from './workspace-files';

let base: string;
let root: string;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'workspace-files-')));
  root = join(base, 'site');
  await mkdir(join(root, 'assets', 'guides'), { recursive: true });
  await mkdir(join(root, '.git'), { recursive: true });
  await mkdir(join(root, 'assets', 'folder.png'));
  await writeFile(join(root, 'assets', 'logo.png'), PNG);
  await writeFile(join(root, 'assets', 'guides', 'my photo ü.JPG'), 'jpeg bytes');
  await writeFile(join(root, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await writeFile(join(root, 'assets', 'anim.gif'), 'gif');
  await writeFile(join(root, 'assets', 'a.webp'), 'webp');
  await writeFile(join(root, 'assets', 'a.avif'), 'avif');
  await writeFile(join(root, 'favicon.ico'), 'ico');
  await writeFile(join(root, 'post.md'), '---\ntitle: x\n---\n');
  await writeFile(join(root, 'article-studio.json'), '{}');
  await writeFile(join(root, '.secret.png'), 'hidden');
  await writeFile(join(root, '.git', 'x.png'), 'hidden');
  await writeFile(join(base, 'outside.png'), 'outside');
  await symlink(join(base, 'outside.png'), join(root, 'assets', 'escape.png'));
  await symlink(join(root, '.secret.png'), join(root, 'assets', 'to-dotfile.png'));
  await symlink(join(root, 'post.md'), join(root, 'assets', 'to-markdown.png'));
  await symlink(join(root, 'assets', 'logo.png'), join(root, 'assets', 'alias.png'));
  await symlink(base, join(root, 'assets', 'up'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('workspace files for the preview', () => {
  it('serves images with their type, nosniff and no caching', async () => {
    const logo = await readWorkspaceFile(root, '/workspace-files/assets/logo.png');
    expect(logo?.body).toEqual(PNG);
    expect(logo?.headers).toEqual({ 'Content-Type': 'image/png', 'Content-Length': '8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    for (const [path, type] of [
      ['/workspace-files/assets/guides/my%20photo%20%C3%BC.JPG', 'image/jpeg'],
      ['/workspace-files/assets/anim.gif', 'image/gif'],
      ['/workspace-files/assets/a.webp', 'image/webp'],
      ['/workspace-files/assets/a.avif', 'image/avif'],
      ['/workspace-files/favicon.ico', 'image/x-icon'],
      ['/workspace-files/assets/alias.png', 'image/png'],
    ]) {
      expect((await readWorkspaceFile(root, path!))?.headers['Content-Type'], path).toBe(type);
    }
  });

  it('gives an SVG a policy under which its script cannot run', async () => {
    const svg = await readWorkspaceFile(root, '/workspace-files/assets/icon.svg');
    expect(svg?.headers).toMatchObject({ 'Content-Type': 'image/svg+xml', 'Content-Security-Policy': SVG_CSP, 'X-Content-Type-Options': 'nosniff' });
    expect(SVG_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect((await readWorkspaceFile(root, '/workspace-files/assets/logo.png'))?.headers['Content-Security-Policy']).toBeUndefined();
  });

  it.each([
    ['a raw ..', '/workspace-files/../outside.png'],
    ['a raw .. further in', '/workspace-files/assets/../../outside.png'],
    ['%2e%2e', '/workspace-files/%2e%2e/outside.png'],
    ['%2E%2E', '/workspace-files/%2E%2E/outside.png'],
    ['.%2e', '/workspace-files/.%2e/outside.png'],
    ['a double-encoded ..', '/workspace-files/%252e%252e/outside.png'],
    ['an encoded slash', '/workspace-files/assets%2f..%2f..%2foutside.png'],
    ['a raw backslash', '/workspace-files/assets\\logo.png'],
    ['an encoded backslash', '/workspace-files/assets%5clogo.png'],
    ['an encoded backslash climbing', '/workspace-files/..%5coutside.png'],
    ['NUL', '/workspace-files/assets/logo.png%00.png'],
    ['an absolute path', '/workspace-files//etc/x.png'],
    ['an encoded absolute path', '/workspace-files/%2Fetc%2Fx.png'],
    ['a drive letter', '/workspace-files/C:%5Cx.png'],
    ['a malformed escape', '/workspace-files/assets/%E0%A4%A.png'],
    ['a dot-file', '/workspace-files/.secret.png'],
    ['a dot-folder', '/workspace-files/.git/x.png'],
    ['a symlink leading outside', '/workspace-files/assets/escape.png'],
    ['a symlinked folder leading outside', '/workspace-files/assets/up/outside.png'],
    ['a symlink to a dot-file', '/workspace-files/assets/to-dotfile.png'],
    ['a symlink to something not an image', '/workspace-files/assets/to-markdown.png'],
    ['an article', '/workspace-files/post.md'],
    ['the settings', '/workspace-files/article-studio.json'],
    ['a folder', '/workspace-files/assets/folder.png'],
    ['a missing file', '/workspace-files/assets/missing.png'],
    ['the bare prefix', '/workspace-files/'],
    ['another route', '/assets/logo.png'],
  ])('refuses %s (404)', async (_what, path) => {
    expect(await readWorkspaceFile(root, path)).toBeNull();
  });

  it('decodes each segment once, as the renderer encoded it', () => {
    expect(workspaceFileRelativePath('/workspace-files/assets/guides/my%20photo.png')).toBe('assets/guides/my photo.png');
    expect(workspaceFileRelativePath('/workspace-files/assets%2flogo.png')).toBeNull();
    expect(workspaceFileRelativePath('/workspace-files/a/./b.png')).toBeNull();
  });

  it('knows only image types', () => {
    expect(imageContentType('a/b.JPEG')).toBe('image/jpeg');
    for (const path of ['a.html', 'a.svgz', 'a.md', 'a', 'a.png.exe']) expect(imageContentType(path), path).toBeNull();
  });
});
