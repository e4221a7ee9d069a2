import { request as httpRequest } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioHost } from '../host';
import { openWorkspace } from '../workspace';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { startWebServer, type RunningWebServer } from './web-server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...init.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const dispose of cleanups.reverse()) await dispose();
  cleanups = [];
});

/** A host over a workspace (as `serve` builds it), its state in a folder of its own. */
async function hostFor(root: string, watch = false): Promise<StudioHost> {
  const state = await makeTempWorkspace({});
  const open = (folder: string) => openWorkspace(folder, { watch, stateDir: state.root });
  const host = await StudioHost.start(await open(root), { stateDir: state.root, openWorkspace: open });
  cleanups.push(state.dispose, () => host.close());
  return host;
}

async function running(): Promise<{ server: RunningWebServer; root: string; token: string; cookie: string; host: StudioHost }> {
  const temp = await makeTempWorkspace({
    'a.md': article('A'),
    'guides/b.md': article('B'),
    'assets/logo.png': 'png bytes',
    'assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '.hidden/x.png': 'hidden',
  });
  const renderer = await makeTempWorkspace({ 'index.html': '<!doctype html><title>Studio</title>', 'assets/app.js': 'console.log(1)' });
  cleanups.push(temp.dispose, renderer.dispose);
  const host = await hostFor(temp.root);
  const server = await startWebServer({ service: host, rendererRoot: renderer.root, token: 'a'.repeat(64), workspaceRoot: () => host.root });
  cleanups.push(() => server.close());
  return { server, root: temp.root, token: 'a'.repeat(64), cookie: `article_studio_${server.port}=${'a'.repeat(64)}`, host };
}

const json = (cookie: string, extra: Record<string, string> = {}) => ({ Cookie: cookie, 'Content-Type': 'application/json', ...extra });

describe('web-mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    const { server, token } = await running();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${token}`);
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const { server, token } = await running();
    const reply = await send(server.port, `/?token=${token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toMatch(new RegExp(`^article_studio_${server.port}=${token}; HttpOnly; SameSite=Strict; Path=/`));
  });

  it('answers 401 without the token or with a wrong one, on static files and the API alike', async () => {
    const { server } = await running();
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/listArticles', '/api/events']) {
      expect((await send(server.port, path)).status, path).toBe(401);
      expect((await send(server.port, path, { headers: { Cookie: `article_studio_${server.port}=${'b'.repeat(64)}` } })).status, path).toBe(401);
    }
    expect((await send(server.port, '/?token=wrong')).status).toBe(401);
  });

  it('answers 403 to a foreign Host header, even with a valid token', async () => {
    const { server, cookie, token } = await running();
    for (const host of ['evil.com', 'localhost.evil.com', `evil.com:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await send(server.port, '/', { headers: { Host: host, Cookie: cookie } })).status, host).toBe(403);
      expect((await send(server.port, `/?token=${token}`, { headers: { Host: host } })).status, host).toBe(403);
    }
    for (const host of [`localhost:${server.port}`, `[::1]:${server.port}`, 'localhost']) {
      expect((await send(server.port, '/', { headers: { Host: host, Cookie: cookie } })).status, host).toBe(200);
    }
  });

  it('serves the renderer with a CSP and nothing outside it', async () => {
    const { server, cookie } = await running();
    const page = await send(server.port, '/', { headers: { Cookie: cookie } });
    expect(page.body).toContain('<title>Studio</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self';/);
    for (const path of ['/../a.md', '/%2e%2e/a.md', '/..%2fa.md', '/..%5ca.md', '/assets/%00x']) {
      expect((await send(server.port, path, { headers: { Cookie: cookie } })).status, path).toBe(404);
    }
  });

  it('calls the service and returns its value', async () => {
    const { server, cookie } = await running();
    const reply = await send(server.port, '/api/listArticles', { method: 'POST', headers: json(cookie), body: '{"args":[]}' });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: boolean; value: { path: string }[] };
    expect(body.value.map((a) => a.path)).toEqual(['a.md', 'guides/b.md']);
  });

  it('saves through the API, and reports errors as data naming the file', async () => {
    const { server, cookie, root } = await running();
    const save = await send(server.port, '/api/saveArticle', { method: 'POST', headers: json(cookie), body: JSON.stringify({ args: ['a.md', 'new text', null] }) });
    expect(JSON.parse(save.body)).toMatchObject({ ok: true, value: { path: 'a.md' } });
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(join(root, 'a.md'), 'utf8')).toBe('new text');
    const missing = await send(server.port, '/api/readArticle', { method: 'POST', headers: json(cookie), body: '{"args":["gone.md"]}' });
    expect(JSON.parse(missing.body)).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND', file: 'gone.md' }) });
  });

  it('refuses path traversal through the API', async () => {
    const { server, cookie } = await running();
    for (const path of ['../x.md', '%2e%2e%2fx.md', '..%5cx.md', '/etc/x.md', 'a\u0000.md']) {
      const reply = await send(server.port, '/api/readArticle', { method: 'POST', headers: json(cookie), body: JSON.stringify({ args: [path] }) });
      expect(JSON.parse(reply.body).error.code, path).toMatch(/INVALID_PATH|OUTSIDE_WORKSPACE/);
    }
  });

  it('refuses cross-origin and non-JSON calls, bad payloads and unknown methods', async () => {
    const { server, cookie } = await running();
    const body = '{"args":["a.md","x",null]}';
    const crossSite = await send(server.port, '/api/saveArticle', { method: 'POST', headers: json(cookie, { Origin: 'https://evil.com' }), body });
    expect(crossSite.status).toBe(403);
    const fetchSite = await send(server.port, '/api/saveArticle', { method: 'POST', headers: json(cookie, { 'Sec-Fetch-Site': 'cross-site' }), body });
    expect(fetchSite.status).toBe(403);
    const form = await send(server.port, '/api/saveArticle', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body });
    expect(form.status).toBe(403);
    const bad = await send(server.port, '/api/saveArticle', { method: 'POST', headers: json(cookie), body: '{"args":["a.md"]}' });
    expect(bad.status).toBe(400);
    const unknown = await send(server.port, '/api/constructor', { method: 'POST', headers: json(cookie), body: '{"args":[]}' });
    expect(JSON.parse(unknown.body).error.message).toMatch(/Unknown method/);
    const getCall = await send(server.port, '/api/listArticles', { headers: { Cookie: cookie } });
    expect(getCall.status).toBe(405);
    expect(crossSite.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('streams outside changes as server-sent events', async () => {
    const temp = await makeTempWorkspace({ 'a.md': article('A') });
    const renderer = await makeTempWorkspace({ 'index.html': 'x' });
    cleanups.push(temp.dispose, renderer.dispose);
    const service = await hostFor(temp.root, true);
    const server = await startWebServer({ service, rendererRoot: renderer.root, token: 't'.repeat(64) });
    cleanups.push(() => server.close());
    await service.watching();
    await service.listArticles();
    const received = new Promise<string>((resolve) => {
      httpRequest({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Cookie: `article_studio_${server.port}=${'t'.repeat(64)}` } }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (chunk.startsWith('data:')) {
            resolve(chunk);
            res.destroy();
          }
        });
      }).end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await mkdir(join(temp.root, 'x'), { recursive: true });
    await writeFile(join(temp.root, 'a.md'), article('Changed outside'));
    expect(JSON.parse((await received).slice('data: '.length))).toMatchObject({ kind: 'changed', path: 'a.md' });
  });

  it("serves the current workspace's images under /workspace-files/, behind the same cookie and Host rules", async () => {
    const { server, cookie } = await running();
    const logo = await send(server.port, '/workspace-files/assets/logo.png', { headers: { Cookie: cookie } });
    expect(logo.status).toBe(200);
    expect(logo.body).toBe('png bytes');
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    const svg = await send(server.port, '/workspace-files/assets/icon.svg', { headers: { Cookie: cookie } });
    expect(svg.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    const head = await send(server.port, '/workspace-files/assets/logo.png', { method: 'HEAD', headers: { Cookie: cookie } });
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '9']);
    expect((await send(server.port, '/workspace-files/assets/logo.png')).status).toBe(401);
    expect((await send(server.port, '/workspace-files/assets/logo.png', { headers: { Cookie: cookie, Host: 'evil.com' } })).status).toBe(403);
    const post = await send(server.port, '/workspace-files/assets/logo.png', { method: 'POST', headers: { Cookie: cookie }, body: 'x' });
    expect(post.status).toBe(405);
    for (const path of ['/workspace-files/a.md', '/workspace-files/../a.md', '/workspace-files/%2e%2e/x.png', '/workspace-files/assets%5clogo.png', '/workspace-files/.hidden/x.png', '/workspace-files/assets/logo.png%00']) {
      expect((await send(server.port, path, { headers: { Cookie: cookie } })).status, path).toBe(404);
    }
  });

  it('switches workspaces through the API and then serves the new one', async () => {
    const { server, cookie } = await running();
    const other = await makeTempWorkspace({ 'c.md': article('C'), 'assets/other.png': 'other png' });
    cleanups.push(other.dispose);
    const switched = await send(server.port, '/api/openWorkspace', { method: 'POST', headers: json(cookie), body: JSON.stringify({ args: [other.root] }) });
    expect(JSON.parse(switched.body)).toMatchObject({ ok: true, value: { root: other.root } });
    const list = await send(server.port, '/api/listArticles', { method: 'POST', headers: json(cookie), body: '{"args":[]}' });
    expect((JSON.parse(list.body) as { value: { path: string }[] }).value.map((a) => a.path)).toEqual(['c.md']);
    expect((await send(server.port, '/workspace-files/assets/other.png', { headers: { Cookie: cookie } })).body).toBe('other png');
    expect((await send(server.port, '/workspace-files/assets/logo.png', { headers: { Cookie: cookie } })).status).toBe(404);
    const picker = await send(server.port, '/api/pickWorkspaceFolder', { method: 'POST', headers: json(cookie), body: '{"args":[]}' });
    expect(JSON.parse(picker.body)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });
});
