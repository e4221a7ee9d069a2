import type * as Crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink, symlink } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STUDIO_CALL_NAMES } from '../../core/api';
import { StudioHost } from '../host';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { openWorkspace } from '../workspace';
import { newToken, tokensEqual } from './access-guard';
import { startWebServer, type RunningWebServer } from './web-server';

/**
 * Web mode's checklist (issue 8): what a page on another site, a rebinding
 * DNS name, another user on the machine or a hostile path can reach. The
 * server is set up as `article-studio serve` sets it up: the host over a
 * workspace, the renderer, the workspace's images.
 */

/** Every constant-time comparison, by the byte lengths compared. */
const comparisons = vi.hoisted(() => [] as [number, number][]);
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof Crypto>();
  const timingSafeEqual: typeof real.timingSafeEqual = (a, b) => {
    comparisons.push([a.byteLength, b.byteLength]);
    return real.timingSafeEqual(a, b);
  };
  return { ...real, timingSafeEqual, default: { ...real, timingSafeEqual } };
});

const TOKEN = 'c'.repeat(64);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Request {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  setHost?: boolean;
}

/** One request; every reply is also checked for CORS headers, which this server must never send. */
function send(port: number, path: string, init: Request = {}): Promise<Reply> {
  const headers = init.setHost === false ? { ...init.headers } : { Host: `127.0.0.1:${port}`, ...init.headers };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers, setHost: init.setHost }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const cors = Object.keys(res.headers).filter((name) => name.startsWith('access-control-'));
        if (cors.length > 0) reject(new Error(`${init.method ?? 'GET'} ${path} answered with CORS headers: ${cors.join(', ')}`));
        else resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

interface Running {
  server: RunningWebServer;
  /** The folder holding the workspace, the renderer, the state folder and the files outside. */
  parent: string;
  cookie: string;
  /** Headers of a same-origin JSON call from our own page. */
  ownPage: Record<string, string>;
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const dispose of cleanups.reverse()) await dispose();
  cleanups = [];
});

async function running(): Promise<Running> {
  const temp = await makeTempWorkspace({
    'outside.md': article('Outside'),
    'outside.png': 'not yours',
    'workspace/a.md': article('A'),
    'workspace/img/in.png': PNG.toString('latin1'),
    'renderer/index.html': '<!doctype html><title>Studio</title>',
    'renderer/assets/app.js': 'console.log(1)',
    'state/.keep': '',
  });
  const parent = temp.root;
  const root = join(parent, 'workspace');
  // Symlinks that lead out: an article, a folder, an image, a renderer asset.
  await symlink(join(parent, 'outside.md'), join(root, 'link.md'));
  await symlink(parent, join(root, 'linked'));
  await symlink(join(parent, 'outside.png'), join(root, 'img/out.png'));
  await symlink(join(parent, 'outside.md'), join(parent, 'renderer/assets/leak.js'));
  const open = (folder: string) => openWorkspace(folder, { watch: false });
  const host = await StudioHost.start(await open(root), { stateDir: join(parent, 'state'), openWorkspace: open });
  const server = await startWebServer({ service: host, rendererRoot: join(parent, 'renderer'), token: TOKEN, workspaceRoot: () => host.root });
  cleanups.push(temp.dispose, () => host.close(), () => server.close());
  const cookie = `article_studio_${server.port}=${TOKEN}`;
  const ownPage = { Cookie: cookie, 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${server.port}`, 'Sec-Fetch-Site': 'same-origin' };
  return { server, parent, cookie, ownPage };
}

/** Every file and link under a folder with its content or target: what "nothing was written" is checked against. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  async function visit(relative: string): Promise<void> {
    for (const name of await readdir(join(folder, relative))) {
      const path = join(folder, relative, name);
      const info = await lstat(path);
      const key = join(relative, name);
      if (info.isSymbolicLink()) result[key] = `link to ${await readlink(path)}`;
      else if (info.isDirectory()) await visit(key);
      else result[key] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  }
  await visit('');
  return result;
}

const call = (method: string, args: unknown[]) => ({ path: `/api/${method}`, body: JSON.stringify({ args }) });

/** State-changing calls, each aimed at something that exists. */
const WRITES = [
  call('saveArticle', ['a.md', 'overwritten', null]),
  call('createArticle', ['new.md', 'New']),
  call('duplicateArticle', ['a.md', 'copy.md']),
  call('renameArticle', ['a.md', 'moved.md']),
  call('deleteArticle', ['a.md']),
  call('backupArticle', ['a.md', 'unsaved', null]),
];

describe('web mode: who can connect', () => {
  it('listens on 127.0.0.1 only: not on other loopback addresses, IPv6 or the network', async () => {
    const { server } = await running();
    const reachable = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host, port: server.port, timeout: 2000 });
        const done = (connected: boolean) => {
          socket.destroy();
          resolve(connected);
        };
        socket.once('connect', () => done(true));
        socket.once('error', () => done(false));
        socket.once('timeout', () => done(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    const others = [
      '127.0.0.2',
      '::1',
      ...Object.values(networkInterfaces())
        .flat()
        .filter((address) => address && !address.internal)
        .map((address) => address!.address),
    ];
    for (const host of others) expect(await reachable(host), host).toBe(false);
  });

  it('answers 401 on every route, the API and static files alike, without the token or with a wrong one, and does nothing', async () => {
    const { server, parent, ownPage } = await running();
    const before = await snapshot(parent);
    const routes: { path: string; method?: string; body?: string }[] = [
      { path: '/' },
      { path: '/', method: 'HEAD' },
      { path: '/index.html' },
      { path: '/assets/app.js' },
      { path: '/no-such-file.js' },
      { path: '/../outside.md' },
      { path: '/workspace-files/img/in.png' },
      { path: '/api/events' },
      { path: '/api/listArticles', method: 'OPTIONS' },
      { path: '/', method: 'PUT', body: 'x' },
      ...STUDIO_CALL_NAMES.map((name) => ({ path: `/api/${name}`, method: 'POST', body: '{"args":[]}' })),
      ...WRITES.map((write) => ({ ...write, method: 'POST' })),
    ];
    const headers = Object.fromEntries(Object.entries(ownPage).filter(([name]) => name !== 'Cookie'));
    const credentials: Record<string, string>[] = [
      {},
      { Cookie: `article_studio_${server.port}=${'d'.repeat(64)}` },
      { Cookie: `article_studio_${server.port}=${TOKEN.slice(0, 32)}` },
      { Cookie: `article_studio_${server.port}=` },
      { Cookie: `article_studio_${server.port + 1}=${TOKEN}` },
      { Authorization: `Bearer ${TOKEN}` },
    ];
    for (const route of routes) {
      for (const credential of credentials) {
        const reply = await send(server.port, route.path, { method: route.method ?? 'GET', headers: { ...headers, ...credential }, body: route.body });
        expect(reply.status, `${route.method ?? 'GET'} ${route.path} with ${JSON.stringify(credential)}`).toBe(401);
      }
    }
    // The token is traded for the cookie by GET only; offered on a call, it is no credential.
    const offered = await send(server.port, `/api/saveArticle?token=${TOKEN}`, { method: 'POST', headers, body: WRITES[0]!.body });
    expect(offered.status).toBe(401);
    expect((await send(server.port, '/?token=wrong')).status).toBe(401);
    expect(await snapshot(parent)).toEqual(before);
    // The same requests with the cookie are served: the 401s were about the token.
    expect((await send(server.port, '/', { headers: ownPage })).status).toBe(200);
    expect((await send(server.port, '/api/listArticles', { method: 'POST', headers: ownPage, body: '{"args":[]}' })).status).toBe(200);
  });

  it('answers 403 to a Host that is not loopback, even with a valid token, and does nothing', async () => {
    const { server, parent, cookie, ownPage } = await running();
    const before = await snapshot(parent);
    const port = server.port;
    const hosts = ['evil.com', 'localhost.evil.com', '127.0.0.1.evil.com', `evil.com:${port}`, `localhost.evil.com:${port}`, `LOCALHOST.EVIL.COM:${port}`, `localhost:${port}@evil.com`, `[::1].evil.com:${port}`, 'localhost.'];
    for (const host of hosts) {
      expect((await send(port, '/', { headers: { Host: host, Cookie: cookie } })).status, host).toBe(403);
      expect((await send(port, `/?token=${TOKEN}`, { headers: { Host: host } })).status, host).toBe(403);
      expect((await send(port, '/workspace-files/img/in.png', { headers: { Host: host, Cookie: cookie } })).status, host).toBe(403);
      for (const write of WRITES) expect((await send(port, write.path, { method: 'POST', headers: { ...ownPage, Host: host }, body: write.body })).status, `${host} ${write.path}`).toBe(403);
    }
    // A request with no Host at all (HTTP/1.1 requires one) is refused too.
    expect([400, 403]).toContain((await send(port, '/', { headers: { Cookie: cookie }, setHost: false })).status);
    expect(await snapshot(parent)).toEqual(before);
  });

  it('refuses cross-origin and non-JSON state-changing calls, and does nothing', async () => {
    const { server, parent, ownPage } = await running();
    const before = await snapshot(parent);
    const port = server.port;
    const foreign: Record<string, string>[] = [
      { Origin: 'https://evil.com' },
      { Origin: 'null' },
      { Origin: `http://localhost:${port + 1}` },
      { Origin: `https://127.0.0.1:${port}` },
      { Origin: `http://127.0.0.1.evil.com:${port}` },
      { Origin: 'not a url' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: '' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      { 'Content-Type': 'multipart/form-data; boundary=x' },
      { 'Content-Type': '' },
    ];
    for (const write of WRITES) {
      for (const change of foreign) {
        const headers = Object.fromEntries(Object.entries({ ...ownPage, ...change }).filter(([, value]) => value !== ''));
        const reply = await send(port, write.path, { method: 'POST', headers, body: write.body });
        expect(reply.status, `${write.path} with ${JSON.stringify(change)}`).toBe(403);
      }
      // Not by GET either: a link or an <img> cannot call it.
      expect((await send(port, write.path, { headers: ownPage })).status, write.path).toBe(405);
    }
    expect(await snapshot(parent)).toEqual(before);
    // Our own page's call, with the same body, goes through.
    const own = await send(port, WRITES[0]!.path, { method: 'POST', headers: ownPage, body: WRITES[0]!.body });
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });
    expect(await readFile(join(parent, 'workspace/a.md'), 'utf8')).toBe('overwritten');
  });

  it('grants no CORS preflight: another origin cannot read any answer', async () => {
    const { server, cookie } = await running();
    for (const path of ['/api/saveArticle', '/api/listArticles', '/', '/workspace-files/img/in.png']) {
      const preflight = { Origin: 'https://evil.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' };
      // send() fails on any Access-Control-* header; a preflight never carries cookies, but try both.
      expect((await send(server.port, path, { method: 'OPTIONS', headers: preflight })).status).toBe(401);
      expect((await send(server.port, path, { method: 'OPTIONS', headers: { ...preflight, Cookie: cookie } })).status).toBe(405);
    }
  });
});

describe('web mode: the token', () => {
  it('is 256 random bits, different at every launch', async () => {
    const tokens = new Set(Array.from({ length: 500 }, () => newToken()));
    expect(tokens.size).toBe(500);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{64}$/);
    const temp = await makeTempWorkspace({ 'a.md': article('A') });
    const service = await openWorkspace(temp.root, { watch: false });
    const host = await StudioHost.start(service, { stateDir: temp.root, openWorkspace: (folder) => openWorkspace(folder, { watch: false }) });
    const first = await startWebServer({ service: host, rendererRoot: temp.root });
    const second = await startWebServer({ service: host, rendererRoot: temp.root });
    cleanups.push(temp.dispose, () => host.close(), () => first.close(), () => second.close());
    const printed = [first.url, second.url].map((url) => new URL(url).searchParams.get('token'));
    expect(printed[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(printed[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(printed[0]).not.toBe(printed[1]);
  });

  it('is compared in constant time: equal-length digests, whatever was offered, on every request', async () => {
    comparisons.length = 0;
    expect(tokensEqual('x', TOKEN)).toBe(false);
    expect(tokensEqual(`d${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(tokensEqual(`${TOKEN.slice(0, -1)}d`, TOKEN)).toBe(false);
    expect(tokensEqual(TOKEN, TOKEN)).toBe(true);
    expect(comparisons).toEqual([
      [32, 32],
      [32, 32],
      [32, 32],
      [32, 32],
    ]);

    const { server } = await running();
    comparisons.length = 0;
    for (const offered of ['', 'short', `${TOKEN}${TOKEN}`, TOKEN.replace(/c$/, 'x')]) {
      expect((await send(server.port, '/', { headers: { Cookie: `article_studio_${server.port}=${offered}` } })).status).toBe(401);
      expect((await send(server.port, `/?token=${offered || 'x'}`)).status).toBe(401);
    }
    expect(comparisons).toHaveLength(8);
    expect(comparisons.every(([a, b]) => a === 32 && b === 32)).toBe(true);
  });
});

describe('web mode: paths', () => {
  it('serves no renderer path that climbs out, is encoded to, is absolute, holds NUL or is a symlink out', async () => {
    const { server, cookie } = await running();
    const paths = [
      '/../outside.md',
      '/%2e%2e%2foutside.md',
      '/%2E%2E%2Foutside.md',
      '/..%2foutside.md',
      '/..%5coutside.md',
      '/..\\outside.md',
      '/%252e%252e%252foutside.md',
      '/assets/..%2f..%2foutside.md',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/index.html%00.png',
      '/assets/%00',
      '/assets/leak.js',
    ];
    for (const path of paths) expect((await send(server.port, path, { headers: { Cookie: cookie } })).status, path).toBe(404);
    expect((await send(server.port, '/assets/app.js', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('serves no workspace image outside the workspace, however the path is written', async () => {
    const { server, cookie } = await running();
    const paths = [
      '/workspace-files/../outside.png',
      '/workspace-files/%2e%2e/outside.png',
      '/workspace-files/%2e%2e%2foutside.png',
      '/workspace-files/..%5coutside.png',
      '/workspace-files/%2Fetc%2Fhostname.png',
      '/workspace-files//etc/x.png',
      '/workspace-files/img/in.png%00',
      '/workspace-files/img%00/in.png',
      '/workspace-files/img/out.png',
      '/workspace-files/linked/outside.png',
    ];
    for (const path of paths) expect((await send(server.port, path, { headers: { Cookie: cookie } })).status, path).toBe(404);
    const image = await send(server.port, '/workspace-files/img/in.png', { headers: { Cookie: cookie } });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('refuses every article path that leaves the workspace, through every call that takes one, and writes nothing', async () => {
    const { server, parent, ownPage } = await running();
    const before = await snapshot(parent);
    const hostile = ['../outside.md', '%2e%2e%2foutside.md', '..%5coutside.md', '..\\outside.md', join(parent, 'outside.md'), '/etc/x.md', 'a\u0000.md', 'link.md', 'linked/outside.md', 'linked/new.md'];
    const callsWith = (path: string) => [
      call('readArticle', [path]),
      call('saveArticle', [path, 'overwritten', null]),
      call('createArticle', [path, 'New']),
      call('duplicateArticle', ['a.md', path]),
      call('duplicateArticle', [path, 'copy.md']),
      call('renameArticle', ['a.md', path]),
      call('renameArticle', [path, 'moved.md']),
      call('deleteArticle', [path]),
      call('backupArticle', [path, 'unsaved', null]),
      call('readBackup', [path]),
      call('discardBackup', [path]),
    ];
    for (const path of hostile) {
      for (const { path: url, body } of callsWith(path)) {
        const reply = JSON.parse((await send(server.port, url, { method: 'POST', headers: ownPage, body })).body) as { ok: boolean; error?: { code: string } };
        expect(reply.ok, `${url} ${JSON.stringify(path)}`).toBe(false);
        expect(reply.error?.code, `${url} ${JSON.stringify(path)}`).toMatch(/^(INVALID_PATH|OUTSIDE_WORKSPACE)$/);
      }
    }
    expect(await snapshot(parent)).toEqual(before);
  });
});
