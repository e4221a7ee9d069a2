import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatchStudioCall, failure, StudioError, type StudioApi } from '../../core/api';
import { cookieName, cookieValue, isAllowedHost, isSameOriginJsonRequest, newToken, tokensEqual } from './access-guard';
import { readRendererFile } from './renderer-files';
import { isWorkspaceFileUrl, readWorkspaceFile } from './workspace-files';

export interface WebServerOptions {
  readonly service: StudioApi;
  /** The built renderer (out/renderer). */
  readonly rendererRoot: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  /**
   * The current workspace folder, asked per request since the host can
   * switch: `/workspace-files/…` serves the preview's images from it.
   * Absent: that route answers 404.
   */
  readonly workspaceRoot?: () => string;
}

export interface RunningWebServer {
  /** The URL to open: carries the token once; the page trades it for a cookie. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 80 * 1024 * 1024;

/** The page's own policy, sent as a header too so the served HTML cannot loosen it. */
export const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "frame-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Web mode: the same renderer and the same service as the desktop app, over
 * loopback HTTP. Binds 127.0.0.1 only; every request needs the per-launch
 * token (as a query parameter once, then an HttpOnly SameSite=Strict cookie)
 * and a loopback Host header.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? newToken();
  const events = new Set<ServerResponse>();
  let port = 0;
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, failure(new StudioError('IO_ERROR', String((error as Error).message ?? error))));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (!isAllowedHost(request.headers.host, port)) return sendText(response, 403, 'Forbidden host');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const offered = url.searchParams.get('token');
    if (offered !== null && request.method === 'GET') {
      if (!tokensEqual(offered, token)) return sendText(response, 401, 'Wrong or expired token: use the URL the server printed');
      response.setHeader('Set-Cookie', `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      response.writeHead(303, { Location: url.pathname + url.search, 'Cache-Control': 'no-store' });
      return void response.end();
    }
    const cookie = cookieValue(request, cookieName(port));
    if (cookie === null || !tokensEqual(cookie, token)) return sendText(response, 401, 'Unauthorized: open the URL the server printed');

    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response);
    if (url.pathname.startsWith('/api/')) return handleCall(request, response, url.pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    const rawPath = rawPathOf(request.url);
    if (isWorkspaceFileUrl(rawPath)) return serveWorkspaceFile(request, response, rawPath);
    const file = await readRendererFile(options.rendererRoot, rawPath);
    if (!file) return sendText(response, 404, 'Not found');
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Cache-Control': 'no-cache',
      ...(file.contentType.startsWith('text/html') ? { 'Content-Security-Policy': WEB_CSP } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function serveWorkspaceFile(request: IncomingMessage, response: ServerResponse, rawPath: string): Promise<void> {
    const file = options.workspaceRoot ? await readWorkspaceFile(options.workspaceRoot(), rawPath) : null;
    if (!file) return sendText(response, 404, 'Not found');
    response.writeHead(200, file.headers);
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed');
    if (!isSameOriginJsonRequest(request, port)) return sendText(response, 403, 'Cross-origin or non-JSON request refused');
    const body = await readBody(request);
    if (body === null) return sendJson(response, 413, failure(new StudioError('INVALID_REQUEST', 'Request too large')));
    let args: unknown;
    try {
      args = (JSON.parse(body) as { args?: unknown }).args;
    } catch {
      return sendJson(response, 400, failure(new StudioError('INVALID_REQUEST', 'Request body is not JSON')));
    }
    const result = await dispatchStudioCall(options.service, method, args);
    sendJson(response, result.ok || result.error.code !== 'INVALID_REQUEST' ? 200 : 400, result);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    events.add(response);
    response.on('close', () => events.delete(response));
  }

  const stopListening = options.service.onWorkspaceEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of events) client.write(frame);
  });
  const heartbeat = setInterval(() => events.forEach((client) => client.write(': ping\n\n')), 25_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: async () => {
      stopListening();
      clearInterval(heartbeat);
      events.forEach((client) => client.end());
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The path exactly as sent: WHATWG URL parsing would fold `..` away before we could refuse it. */
function rawPathOf(requestUrl: string | undefined): string {
  return (requestUrl ?? '/').split(/[?#]/, 1)[0] ?? '/';
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
