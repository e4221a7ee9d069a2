import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 256 random bits, hex: the per-launch secret printed in the URL. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison; hashing first makes the lengths equal. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * DNS rebinding defence: a page on evil.com that rebinds its name to
 * 127.0.0.1 still sends `Host: evil.com`. Only loopback names, with our own
 * port (or none), are served.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.toLowerCase());
  if (!match) return false;
  const [, name, hostPort] = match;
  return LOOPBACK_NAMES.has(name!) && (hostPort === undefined || Number(hostPort) === port);
}

/** The cookie is named per port: cookies ignore ports, two servers must not clobber each other. */
export function cookieName(port: number): string {
  return `article_studio_${port}`;
}

export function cookieValue(request: IncomingMessage, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/**
 * A state-changing request must come from our own page: same origin when the
 * browser says where it comes from, and JSON (a cross-site form cannot send
 * `application/json` without a CORS preflight, which we never grant).
 */
export function isSameOriginJsonRequest(request: IncomingMessage, port: number): boolean {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) return false;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && isAllowedHost(url.host, port) && Number(url.port) === port;
  } catch {
    return false;
  }
}
