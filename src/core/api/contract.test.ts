import { describe, expect, it } from 'vitest';
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
