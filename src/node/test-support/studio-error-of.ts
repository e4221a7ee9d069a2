import { StudioError } from '../../core/api';

/** The StudioError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function studioErrorOf(promise: Promise<unknown>): Promise<StudioError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof StudioError)) throw new Error(`expected a StudioError, got ${String(error)}`);
  return error;
}
