/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
};

/** A failure the user caused or can fix: printed as one line, exit 1, no stack trace. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
}

/** Wrong words on the command line: exit 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
