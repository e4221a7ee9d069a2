import { describe, it, expect } from 'vitest';
import { createTrustedSenderCheck, devServerOrigin, isTrustedUrl, isWebUrl } from './trusted-sender';

describe('isTrustedUrl', () => {
  it('trusts our own page and its assets', () => {
    expect(isTrustedUrl('app://studio/index.html')).toBe(true);
    expect(isTrustedUrl('app://studio/index.html#/article/posts/a.md')).toBe(true);
    expect(isTrustedUrl('app://studio/')).toBe(true);
  });

  it('refuses look-alikes and other origins', () => {
    for (const url of [
      'app://studio.evil/index.html',
      'app://evil/index.html',
      'app://studio:8080/index.html',
      'app://user@evil/index.html',
      'appx://studio/index.html',
      'https://studio/index.html',
      'file:///index.html',
      'about:blank',
      'about:srcdoc',
      'data:text/html,hi',
      '',
      'not a url',
    ]) {
      expect(isTrustedUrl(url), url).toBe(false);
    }
  });

  it('trusts the dev server origin only when one is given', () => {
    const dev = devServerOrigin('http://localhost:5173');
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('devServerOrigin', () => {
  it('accepts only http(s) origins, never an opaque "null" origin', () => {
    expect(devServerOrigin(undefined)).toBeNull();
    expect(devServerOrigin('')).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html')).toBeNull();
    expect(devServerOrigin('data:text/html,x')).toBeNull();
    expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(isTrustedUrl('data:text/html,x', devServerOrigin('data:text/html,y'))).toBe(false);
  });
});

describe('createTrustedSenderCheck', () => {
  it('refuses a missing frame', () => {
    const check = createTrustedSenderCheck(undefined);
    expect(check(null)).toBe(false);
    expect(check({ url: 'app://studio/index.html' })).toBe(true);
    expect(check({ url: 'http://localhost:5173/' })).toBe(false);
  });

  it('adds the dev server when given', () => {
    const check = createTrustedSenderCheck('http://localhost:5173');
    expect(check({ url: 'http://localhost:5173/' })).toBe(true);
    expect(check({ url: 'app://studio/index.html' })).toBe(true);
  });
});

describe('isWebUrl', () => {
  it('allows http and https only', () => {
    expect(isWebUrl('https://example.com/a?b#c')).toBe(true);
    expect(isWebUrl('http://example.com')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://studio/', 'mailto:a@b.c', 'smb://host/share', 'https:', 'nonsense']) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});
