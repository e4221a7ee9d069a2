import { STUDIO_CONTRACT, isStudioCall } from './contract';
import type { StudioApi } from './studio-api';
import { StudioError, type StudioResponse } from './studio-error';

/**
 * The one place a call from outside the process reaches a StudioApi: the
 * method name must be a call of the contract and the arguments must match
 * its schema, or the service is never invoked. Every outcome comes back as a
 * plain-data envelope, since neither IPC nor HTTP can carry an Error.
 */
export async function dispatchStudioCall(service: StudioApi, method: string, args: unknown): Promise<StudioResponse<unknown>> {
  if (!isStudioCall(method)) {
    return failure(new StudioError('INVALID_REQUEST', `Unknown method "${method}"`));
  }
  const parsed = STUDIO_CONTRACT[method].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `argument ${issue.path.join('.') || '(all)'}: ${issue.message}`).join('; ');
    return failure(new StudioError('INVALID_REQUEST', `Invalid arguments for ${method}: ${detail}`));
  }
  try {
    const call = service[method] as (...callArgs: unknown[]) => Promise<unknown>;
    const value = await call.apply(service, parsed.data as unknown[]);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return failure(error instanceof StudioError ? error : new StudioError('IO_ERROR', (error as Error).message ?? String(error)));
  }
}

export function failure(error: StudioError): StudioResponse<never> {
  return { ok: false, error: error.toData() };
}

/** The caller's side: an envelope back into a value or a thrown StudioError. */
export function unwrapStudioResponse<T>(response: StudioResponse<T>): T {
  if (response.ok) return response.value;
  throw StudioError.fromData(response.error);
}
