import { STUDIO_CALL_NAMES, StudioError, unwrapStudioResponse, type StudioApi, type StudioResponse, type WorkspaceEvent } from '../../../core/api';

async function call(method: string, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    });
  } catch {
    throw new StudioError('IO_ERROR', 'The Article Studio server is not reachable; is it still running?');
  }
  if (response.status === 401) throw new StudioError('INVALID_REQUEST', 'This session has expired: open the URL the server printed.');
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
    throw new StudioError('INVALID_REQUEST', `The server refused the request (${response.status}): ${(await response.text()).slice(0, 200)}`);
  }
  return unwrapStudioResponse((await response.json()) as StudioResponse<unknown>);
}

/**
 * One EventSource for every listener: each stream holds an HTTP/1.1
 * connection, and the browser allows only six per server, shared with the
 * calls themselves. Opened with the first listener, closed with the last.
 */
function createEventHub() {
  const listeners = new Set<(event: WorkspaceEvent) => void>();
  let source: EventSource | null = null;
  return (listener: (event: WorkspaceEvent) => void): (() => void) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource('/api/events');
      source.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as WorkspaceEvent;
        listeners.forEach((each) => each(event));
      };
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  };
}

/** StudioApi over the web-mode server (same origin, cookie-authenticated). */
export function createHttpStudio(): StudioApi {
  const calls = Object.fromEntries(STUDIO_CALL_NAMES.map((name) => [name, (...args: unknown[]) => call(name, args)]));
  return { ...(calls as Omit<StudioApi, 'onWorkspaceEvent'>), onWorkspaceEvent: createEventHub() };
}
