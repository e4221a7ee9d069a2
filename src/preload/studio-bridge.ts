// Only channels.ts and studio-error.ts from core, and types: this file is
// bundled into the sandboxed preload, which must stay small (no zod).
import { STUDIO_CALL_NAMES, STUDIO_CHANNELS, WORKSPACE_EVENT_CHANNEL } from '../core/api/channels';
import type { StudioApi, StudioCallName, WorkspaceEvent } from '../core/api/studio-api';
import type { StudioErrorData, StudioResponse } from '../core/api/studio-error';

/** The part of ipcRenderer the bridge uses; the real one satisfies it. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * What a failed call rejects with: the error's plain data plus a name.
 * Not an Error instance on purpose: contextBridge rebuilds a thrown Error in
 * the page from its message alone, dropping `code`, `file` and `line`, while
 * a plain object crosses intact. The renderer's api.ts turns it back into a
 * StudioError with `StudioError.fromData`.
 */
export type StudioBridgeFailure = StudioErrorData & { readonly name: 'StudioError' };

function failure(error: StudioErrorData): StudioBridgeFailure {
  return { name: 'StudioError', code: error.code, message: error.message, file: error.file, line: error.line };
}

function isResponse(value: unknown): value is StudioResponse<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * The object exposed as `window.studio`: exactly the StudioApi methods, each
 * bound to its own channel. No generic send/invoke and no ipcRenderer ever
 * reaches the page, so it can ask for nothing beyond this list.
 */
export function createStudioBridge(ipc: IpcRendererLike): StudioApi {
  const calls = {} as Record<StudioCallName, (...args: unknown[]) => Promise<unknown>>;
  for (const name of STUDIO_CALL_NAMES) {
    const channel = STUDIO_CHANNELS[name];
    calls[name] = async (...args) => {
      const response = await ipc.invoke(channel, ...args);
      if (!isResponse(response)) {
        return Promise.reject(failure({ code: 'IO_ERROR', message: `${name}: malformed reply from the main process.` }));
      }
      if (response.ok) return response.value;
      return Promise.reject(failure(response.error));
    };
  }

  function onWorkspaceEvent(listener: (event: WorkspaceEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onWorkspaceEvent needs a function.');
    // The IPC event object (which carries `sender`, i.e. ipcRenderer) stays
    // here; the page receives only the workspace event's data.
    const forward = (_event: unknown, data: unknown) => listener(data as WorkspaceEvent);
    ipc.on(WORKSPACE_EVENT_CHANNEL, forward);
    return () => {
      ipc.removeListener(WORKSPACE_EVENT_CHANNEL, forward);
    };
  }

  return { ...(calls as unknown as Omit<StudioApi, 'onWorkspaceEvent'>), onWorkspaceEvent };
}
