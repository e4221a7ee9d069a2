// No runtime import of 'electron' here: this module is unit-tested under plain
// Node, where the electron package cannot load without its binary. The
// structural interfaces below are checked against the real ipcMain in index.ts.
import {
  dispatchStudioCall,
  STUDIO_CALLS,
  STUDIO_CHANNELS,
  StudioError,
  type StudioApi,
  type StudioCallName,
  type StudioResponse,
  type WorkspaceEvent,
} from '../../core/api';

/** The part of a sender frame the trust check reads. */
export interface SenderFrameLike {
  readonly url: string;
}

/** The part of an invoke event the handlers read. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** Just enough of `ipcMain` to register handlers; Electron's ipcMain satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export type TrustedSenderCheck = (frame: SenderFrameLike | null) => boolean;

/**
 * Registers one `ipcMain.handle` per StudioApi call. Every handler answers
 * with a StudioResponse envelope rather than throwing, because Electron
 * reduces a rejected invoke to a bare message and the renderer needs the
 * error's code (CONFLICT, NOT_FOUND…) to react properly.
 */
export function registerStudioHandlers(
  ipcMain: IpcMainLike,
  getService: () => StudioApi,
  isTrustedSender: TrustedSenderCheck,
): void {
  for (const name of STUDIO_CALLS) {
    ipcMain.handle(STUDIO_CHANNELS[name], (event, ...args) =>
      handleCall(name, event, args, getService, isTrustedSender),
    );
  }
}

async function handleCall(
  name: StudioCallName,
  event: InvokeEventLike,
  args: unknown[],
  getService: () => StudioApi,
  isTrustedSender: TrustedSenderCheck,
): Promise<StudioResponse<unknown>> {
  // Only our own page may reach the workspace: a frame that navigated
  // elsewhere, an iframe or any other origin is refused before validation.
  if (!isTrustedSender(readSenderFrame(event))) {
    return refuse(`${name} refused: the request did not come from Article Studio's own page.`);
  }
  let service: StudioApi;
  try {
    service = getService();
  } catch (error) {
    return failure(error);
  }
  // The same validation and error mapping as the web-mode server: the
  // contract's zod schema, StudioError data or IO_ERROR, never a throw.
  return dispatchStudioCall(service, name, args);
}

/** `senderFrame` is null once the frame navigated or died; treat a throwing getter the same way. */
function readSenderFrame(event: InvokeEventLike): SenderFrameLike | null {
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
}

function refuse(message: string): StudioResponse<never> {
  return { ok: false, error: { code: 'INVALID_REQUEST', message } };
}

function failure(error: unknown): StudioResponse<never> {
  if (error instanceof StudioError) return { ok: false, error: error.toData() };
  return { ok: false, error: { code: 'IO_ERROR', message: error instanceof Error ? error.message : String(error) } };
}

/**
 * Pushes the service's outside-change events to the window. Returns the
 * function that stops forwarding.
 */
export function forwardWorkspaceEvents(
  service: Pick<StudioApi, 'onWorkspaceEvent'>,
  send: (event: WorkspaceEvent) => void,
): () => void {
  return service.onWorkspaceEvent((event) => send(event));
}
