import { describe, it, expect, vi } from 'vitest';
import { STUDIO_CALLS } from '../core/api/contract';
import { STUDIO_CHANNELS, WORKSPACE_EVENT_CHANNEL } from '../core/api/channels';
import { StudioError, type StudioResponse } from '../core/api/studio-error';
import type { WorkspaceEvent } from '../core/api/studio-api';
import { createStudioBridge, type IpcRendererLike } from './studio-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer(reply: (channel: string, args: unknown[]) => unknown) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => reply(channel, args)),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, data: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer!' }, data);
  };
  return { ipc, emit, listeners };
}

describe('createStudioBridge', () => {
  it('exposes exactly the StudioApi methods and nothing else', () => {
    const bridge = createStudioBridge(fakeIpcRenderer(() => null).ipc);
    expect(Object.keys(bridge).sort()).toEqual([...STUDIO_CALLS, 'onWorkspaceEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes each method on its own channel with its arguments and unwraps the value', async () => {
    const { ipc } = fakeIpcRenderer((channel, args) => ({ ok: true, value: { channel, args } }));
    const bridge = createStudioBridge(ipc);
    await expect(bridge.saveArticle('posts/a.md', 'text', null)).resolves.toEqual({
      channel: STUDIO_CHANNELS.saveArticle,
      args: ['posts/a.md', 'text', null],
    });
    await expect(bridge.listArticles()).resolves.toEqual({ channel: 'workspace:list', args: [] });
  });

  it('carries the writing-room calls on their own channels', async () => {
    const { ipc } = fakeIpcRenderer((channel, args) => ({ ok: true, value: { channel, args } }));
    const bridge = createStudioBridge(ipc);
    await expect(bridge.backupArticle('posts/a.md', 'draft', 'h1')).resolves.toEqual({ channel: 'backup:write', args: ['posts/a.md', 'draft', 'h1'] });
    await expect(bridge.duplicateArticle('a.md', 'b.md')).resolves.toEqual({ channel: 'article:duplicate', args: ['a.md', 'b.md'] });
    await expect(bridge.openWorkspace('/home/me/site')).resolves.toEqual({ channel: 'workspace:open', args: ['/home/me/site'] });
    await expect(bridge.pickWorkspaceFolder()).resolves.toEqual({ channel: 'workspace:pick-folder', args: [] });
  });

  it('passes menu commands to workspace listeners', () => {
    const { ipc, emit } = fakeIpcRenderer(() => null);
    const listener = vi.fn();
    createStudioBridge(ipc).onWorkspaceEvent(listener);
    emit(WORKSPACE_EVENT_CHANNEL, { kind: 'command', command: 'toggle-preview' });
    expect(listener).toHaveBeenCalledWith({ kind: 'command', command: 'toggle-preview' });
  });

  it('rejects with plain error data that survives the context bridge', async () => {
    const error = new StudioError('CONFLICT', 'Changed on disk', 'posts/a.md', 4).toData();
    const { ipc } = fakeIpcRenderer((): StudioResponse<never> => ({ ok: false, error }));
    const reason = await createStudioBridge(ipc).readArticle('posts/a.md').catch((e: unknown) => e);
    // A plain object, not an Error: contextBridge would strip an Error down to its message.
    expect(reason).not.toBeInstanceOf(Error);
    expect(reason).toEqual({ name: 'StudioError', ...error });
    const rebuilt = StudioError.fromData(reason as StudioError);
    expect(rebuilt).toMatchObject({ code: 'CONFLICT', file: 'posts/a.md', line: 4 });
  });

  it('treats a malformed reply as an IO_ERROR', async () => {
    const { ipc } = fakeIpcRenderer(() => undefined);
    await expect(createStudioBridge(ipc).getWorkspace()).rejects.toMatchObject({ code: 'IO_ERROR' });
  });

  it('passes only the event data to workspace listeners and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer(() => null);
    const bridge = createStudioBridge(ipc);
    const listener = vi.fn();
    const stop = bridge.onWorkspaceEvent(listener);
    const event: WorkspaceEvent = { kind: 'removed', path: 'posts/a.md' };
    emit(WORKSPACE_EVENT_CHANNEL, event);
    expect(listener).toHaveBeenCalledExactlyOnceWith(event);
    stop();
    expect(listeners.get(WORKSPACE_EVENT_CHANNEL)?.size).toBe(0);
    emit(WORKSPACE_EVENT_CHANNEL, event);
    expect(listener).toHaveBeenCalledOnce();
  });
});
