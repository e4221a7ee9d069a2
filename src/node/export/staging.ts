import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { stagingName, writeInto } from './file-tree';

const MAX_WRITES = 16;

/**
 * The folder a new export is built in, beside the output, before it is
 * swapped in. Pages are written into it as they are rendered, so writing
 * overlaps rendering and a rendered page's HTML does not wait in memory for
 * the whole site. A write that fails is reported by `settled`; `discard`
 * removes the folder (a failed export, or strict mode refusing to publish).
 */
export class Staging {
  private readonly writes: Promise<void>[] = [];
  private failure: unknown = null;
  /** Writes under way, and those waiting for one to finish: all at once would run out of file handles. */
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  private constructor(
    readonly folder: string,
    readonly id: string,
  ) {}

  static async beside(target: string): Promise<Staging> {
    const id = randomBytes(4).toString('hex');
    const staging = new Staging(stagingName(target, 'tmp', id), id);
    await mkdir(staging.folder, { recursive: true });
    return staging;
  }

  /** Starts writing a file; its outcome arrives through `settled`. */
  write(path: string, data: string | Uint8Array): void {
    this.writes.push(
      this.inTurn(() => writeInto(this.folder, path, data)).catch((error: unknown) => {
        this.failure ??= error;
      }),
    );
  }

  private async inTurn(task: () => Promise<void>): Promise<void> {
    while (this.active >= MAX_WRITES) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** Every write started so far has finished; throws the first failure. */
  async settled(): Promise<void> {
    await Promise.all(this.writes);
    this.writes.length = 0;
    if (this.failure !== null) throw this.failure;
  }

  async discard(): Promise<void> {
    await Promise.all(this.writes);
    await rm(this.folder, { recursive: true, force: true });
  }
}
