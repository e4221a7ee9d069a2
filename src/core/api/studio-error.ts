/**
 * An error that survives every transport: IPC and HTTP carry only plain data,
 * so failures travel as `{ code, message, file?, line? }` and are rebuilt as
 * a StudioError on the other side.
 */
export type StudioErrorCode =
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'CONFLICT'
  | 'OUTSIDE_WORKSPACE'
  | 'INVALID_PATH'
  | 'INVALID_REQUEST'
  | 'INVALID_ARTICLE'
  /** The transport cannot do this (a folder picker in web mode). */
  | 'UNSUPPORTED'
  | 'IO_ERROR';

export interface StudioErrorData {
  readonly code: StudioErrorCode;
  readonly message: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
}

export class StudioError extends Error implements StudioErrorData {
  override readonly name = 'StudioError';

  constructor(
    readonly code: StudioErrorCode,
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }

  toData(): StudioErrorData {
    return { code: this.code, message: this.message, file: this.file, line: this.line };
  }

  static fromData(data: StudioErrorData): StudioError {
    return new StudioError(data.code, data.message, data.file, data.line);
  }

  /** A StudioError again from whatever crossed a boundary; other values pass through. */
  static revive(value: unknown): unknown {
    if (value instanceof StudioError) return value;
    const data = value as Partial<StudioErrorData> | null;
    if (typeof data === 'object' && data !== null && typeof data.code === 'string' && typeof data.message === 'string') {
      return StudioError.fromData(data as StudioErrorData);
    }
    return value;
  }
}

/** What a transport sends back for every call. */
export type StudioResponse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StudioErrorData };
