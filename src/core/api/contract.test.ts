import { describe, expect, it } from 'vitest';
import { STUDIO_CALL_NAMES, STUDIO_CHANNELS } from './channels';
import { STUDIO_CONTRACT } from './contract';
import { dispatchStudioCall } from './dispatch';
import type { ExportRequest, StudioApi } from './studio-api';

const summary = { out: '/site', pages: 1, assets: 0, bytes: 10, written: 1, unchanged: false, findings: [], zip: null };

/** Only exportWorkspace is reached in these tests; anything else would be a bug. */
function service(seen: ExportRequest[]): StudioApi {
  return new Proxy({} as StudioApi, {
    get: (_target, name) =>
      name === 'exportWorkspace'
        ? async (request: ExportRequest) => {
            seen.push(request);
            return summary;
          }
        : () => Promise.reject(new Error(`unexpected call ${String(name)}`)),
  });
}

const valid: ExportRequest = { scope: 'workspace', out: '/home/me/site', relative: true, zip: false, drafts: false };

describe('exportWorkspace contract', () => {
  it('passes a well-formed request through to the service', async () => {
    const seen: ExportRequest[] = [];
    expect(await dispatchStudioCall(service(seen), 'exportWorkspace', [valid])).toEqual({ ok: true, value: summary });
    expect(await dispatchStudioCall(service(seen), 'exportWorkspace', [{ ...valid, scope: 'article', article: 'a.md', out: null }])).toMatchObject({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it.each([
    ['an article scope without the article', { ...valid, scope: 'article' }],
    ['an article named for a whole-workspace export', { ...valid, article: 'a.md' }],
    ['an empty folder', { ...valid, out: '  ' }],
    ['an unknown field', { ...valid, overwrite: true }],
    ['a missing option', { scope: 'workspace', out: null, relative: true, zip: false }],
    ['an unknown scope', { ...valid, scope: 'everything' }],
  ])('refuses %s before the service sees it', async (_what, request) => {
    const seen: ExportRequest[] = [];
    const response = await dispatchStudioCall(service(seen), 'exportWorkspace', [request]);
    expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(seen).toEqual([]);
  });
});

/** A service that records every call it receives. */
function recorder(calls: [string, unknown[]][]): StudioApi {
  return new Proxy({} as StudioApi, {
    get: (_target, name) => async (...args: unknown[]) => {
      calls.push([String(name), args]);
      return null;
    },
  });
}

describe('writing-room contract', () => {
  it.each([
    ['duplicateArticle', ['a.md', 'b.md']],
    ['backupArticle', ['a.md', 'draft text', null]],
    ['backupArticle', ['a.md', '', 'abc123']],
    ['readBackup', ['a.md']],
    ['discardBackup', ['a.md']],
    ['listBackups', []],
    ['openWorkspace', ['/home/me/site']],
    ['openWorkspace', ['~/site']],
    ['listRecentWorkspaces', []],
    ['pickWorkspaceFolder', []],
    ['getLintContext', []],
  ])('passes %s %j through', async (method, args) => {
    const calls: [string, unknown[]][] = [];
    expect(await dispatchStudioCall(recorder(calls), method, args)).toEqual({ ok: true, value: null });
    expect(calls).toEqual([[method, args]]);
  });

  it.each([
    ['duplicateArticle', ['a.md']],
    ['duplicateArticle', ['a.md', '']],
    ['backupArticle', ['a.md', 'text']],
    ['backupArticle', ['a.md', 'text', 7]],
    ['backupArticle', ['a.md', 'text', 'x'.repeat(129)]],
    ['readBackup', [['a.md']]],
    ['openWorkspace', ['']],
    ['openWorkspace', ['   ']],
    ['openWorkspace', ['/a', '/b']],
    ['listBackups', ['a.md']],
    ['pickWorkspaceFolder', [{ title: 'x' }]],
    ['importAsset', ['guides/a.md', 'chart.png']],
    ['importAsset', ['guides/a.md', '  ', 'AAAA']],
    ['importAsset', ['guides/a.md', 'chart.png', 7]],
    ['getLintContext', ['guides/a.md']],
  ])('refuses %s %j before the service sees it', async (method, args) => {
    const calls: [string, unknown[]][] = [];
    const response = await dispatchStudioCall(recorder(calls), method, args);
    expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(calls).toEqual([]);
  });
});

describe('channels', () => {
  it('gives every call its own channel, getLintContext on lint:context', () => {
    const channels = Object.values(STUDIO_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    expect(STUDIO_CHANNELS.getLintContext).toBe('lint:context');
    expect(Object.keys(STUDIO_CONTRACT).sort()).toEqual([...STUDIO_CALL_NAMES].sort());
  });
});
