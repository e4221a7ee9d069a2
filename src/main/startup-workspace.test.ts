import { resolve } from 'node:path';
import { describe, it, expect, vi } from 'vitest';
import type { WorkspaceService } from '../node/workspace/workspace-options';
import { openStartupWorkspace, type StartupWorkspaceDeps } from './startup-workspace';

function fakeService(root: string): WorkspaceService {
  return { root } as WorkspaceService;
}

function deps(overrides: Partial<StartupWorkspaceDeps>): StartupWorkspaceDeps {
  return {
    envWorkspace: undefined,
    cwd: '/home/writer',
    readLastWorkspace: async () => null,
    prepareSample: async () => '/profile/sample-workspace',
    openWorkspace: async (root) => fakeService(root),
    warn: vi.fn(),
    ...overrides,
  };
}

describe('openStartupWorkspace', () => {
  it('prefers the env folder, resolved against the working directory', async () => {
    const prepareSample = vi.fn(async () => '/profile/sample-workspace');
    const result = await openStartupWorkspace(
      deps({ envWorkspace: 'articles', readLastWorkspace: async () => '/last', prepareSample }),
    );
    expect(result.source).toBe('env');
    expect(result.service.root).toBe(resolve('/home/writer', 'articles'));
    expect(prepareSample).not.toHaveBeenCalled();
  });

  it('fails loudly when the env folder cannot be opened', async () => {
    const openWorkspace = vi.fn(async () => Promise.reject(new Error('ENOENT: no such directory')));
    await expect(openStartupWorkspace(deps({ envWorkspace: '/nope', openWorkspace }))).rejects.toThrow('ENOENT');
    expect(openWorkspace).toHaveBeenCalledOnce();
  });

  it('reopens the last workspace when no env folder is given', async () => {
    const result = await openStartupWorkspace(deps({ envWorkspace: '  ', readLastWorkspace: async () => '/last' }));
    expect(result).toMatchObject({ source: 'last', service: { root: '/last' } });
  });

  it('falls back to the sample when the last workspace is gone', async () => {
    const warn = vi.fn();
    const openWorkspace = async (root: string) =>
      root === '/last' ? Promise.reject(new Error('ENOENT')) : fakeService(root);
    const result = await openStartupWorkspace(deps({ readLastWorkspace: async () => '/last', openWorkspace, warn }));
    expect(result).toMatchObject({ source: 'sample', service: { root: '/profile/sample-workspace' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('/last'));
  });

  it('opens the sample on a first launch', async () => {
    const result = await openStartupWorkspace(deps({}));
    expect(result).toMatchObject({ source: 'sample', service: { root: '/profile/sample-workspace' } });
  });
});
