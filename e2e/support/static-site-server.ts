import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves an export folder the way common static hosts do: `/a/b` and
 * `/a/b/` answer with `a/b/index.html`, a missing path with `404.html` and
 * status 404. Loopback only, on a free port.
 */
export async function serveStaticSite(root: string): Promise<StaticSite> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, pathname));
      const inside = file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
      const candidates = inside ? [file, join(file, 'index.html')] : [];
      for (const candidate of candidates) {
        if ((await stat(candidate).catch(() => null))?.isFile()) {
          response.writeHead(200, { 'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream' });
          response.end(await readFile(candidate));
          return;
        }
      }
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The browser keeps connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
