import { describe, expect, it, vi } from 'vitest';
import { StudioError } from '../core/api/studio-error';
import { switchWorkspace, type WorkspaceSwitchDeps } from './workspace-switch';

function deps(overrides: Partial<WorkspaceSwitchDeps> = {}) {
  const steps: string[] = [];
  const all: WorkspaceSwitchDeps = {
    confirmLeaving: vi.fn(() => {
      steps.push('confirm');
      return true;
    }),
    openWorkspace: vi.fn(async (root: string) => {
      steps.push(`open ${root}`);
    }),
    reloadWithoutAsking: vi.fn(() => {
      steps.push('reload');
    }),
    showError: vi.fn((message: string) => {
      steps.push(`error ${message}`);
    }),
    ...overrides,
  };
  return { deps: all, steps };
}

describe('switchWorkspace (Open Folder…, Open Recent)', () => {
  it('asks first, then switches the host, then reloads the page onto it', async () => {
    const { deps: d, steps } = deps();
    expect(await switchWorkspace('/home/me/site', d)).toBe(true);
    expect(steps).toEqual(['confirm', 'open /home/me/site', 'reload']);
  });

  it('does nothing when the picker was cancelled', async () => {
    const { deps: d, steps } = deps();
    expect(await switchWorkspace(null, d)).toBe(false);
    expect(steps).toEqual([]);
  });

  it('leaves the host and the page alone when the writer stays with unsaved edits', async () => {
    const { deps: d, steps } = deps({ confirmLeaving: () => false });
    expect(await switchWorkspace('/home/me/site', d)).toBe(false);
    expect(steps).toEqual([]);
  });

  it('shows why a folder cannot be opened and keeps the page', async () => {
    const { deps: d, steps } = deps({
      openWorkspace: async () => Promise.reject(new StudioError('NOT_FOUND', 'Workspace folder not found: /gone')),
    });
    expect(await switchWorkspace('/gone', d)).toBe(false);
    expect(steps).toEqual(['confirm', 'error Workspace folder not found: /gone']);
  });
});
