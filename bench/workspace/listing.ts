/** What one listing returns, whichever way it was made: enough to check both listed the same articles. */
export interface Listed {
  readonly path: string;
  readonly title: string | null;
  readonly date: unknown;
}

export type ListFn = (root: string) => Promise<readonly Listed[]>;

/** A listing run in a fresh process: `workspace-list.js <ours|naive> <root> <calls>` prints one of these as JSON. */
export interface ChildReport {
  /** From the process's start to the child's first line: Node starting and the entry module loaded. */
  readonly startupMs: number;
  /** Loading the listing's own modules (the workspace service, or gray-matter). */
  readonly loadMs: number;
  /** Each call's time: the first is cold, the rest warm. */
  readonly callsMs: readonly number[];
  readonly count: number;
  /** SHA-256 of every path and title, in order: both listings must agree. */
  readonly digest: string;
}
