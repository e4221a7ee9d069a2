import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { studioErrorOf } from '../test-support/studio-error-of';
import { makeTempWorkspace } from '../test-support/temp-workspace';
import { openWorkspace } from './index';

/**
 * Saving when the disk says no: a full disk, a used-up quota, a read-only
 * folder or disk, a failing device. These run as root in CI, where chmod
 * cannot make a folder read-only and mounting a tiny tmpfs is not allowed,
 * so the errors are injected where the operating system would raise them:
 * at node:fs/promises, under the real atomic write and the real service.
 */

interface Fault {
  /** Where the system call fails: creating the temp file, writing it (after half the bytes landed), or fsyncing it. */
  readonly step: 'create' | 'write' | 'sync';
  readonly code: string;
  readonly message: string;
}

const injected = vi.hoisted(() => ({ fault: null as Fault | null, tempBytesAtFailure: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const errno = (fault: Fault, syscall: string) => Object.assign(new Error(`${fault.code}: ${fault.message}, ${syscall}`), { code: fault.code, syscall });
  /** Only our temp files fail: reading the article, listing and the rest of the disk keep working, as on a real full disk. */
  const open: typeof real.open = async (path, flags, mode) => {
    const fault = injected.fault;
    if (!fault || typeof path !== 'string' || !path.endsWith('.article-studio-tmp')) return real.open(path, flags, mode);
    if (fault.step === 'create') throw errno(fault, 'open');
    const handle = await real.open(path, flags, mode);
    const failing = {
      writeFile: async (data: string | Uint8Array) => {
        const bytes = Buffer.from(data);
        await handle.write(bytes.subarray(0, bytes.length >> 1));
        injected.tempBytesAtFailure = (await real.stat(path)).size;
        throw errno(fault, 'write');
      },
      sync: async () => {
        injected.tempBytesAtFailure = (await real.stat(path)).size;
        throw errno(fault, 'fsync');
      },
    };
    return new Proxy(handle, {
      get(target, key) {
        if ((key === 'writeFile' && fault.step === 'write') || (key === 'sync' && fault.step === 'sync')) return failing[key];
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  injected.fault = null;
  injected.tempBytesAtFailure = 0;
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

/** A BOM, CRLF line ends and a comment: bytes any rewrite would disturb. */
const ORIGINAL = '\uFEFF---\r\ntitle: "Original" # keep me\r\n---\r\n\r\nThe body as the writer left it.\r\n';
const EDITED = `---\ntitle: "Edited"\n---\n\n${'A long new body. '.repeat(20_000)}\n`;

const cases: { name: string; fault: Fault; says: string }[] = [
  { name: 'a full disk', fault: { step: 'write', code: 'ENOSPC', message: 'no space left on device' }, says: 'guides/a.md: the disk is full' },
  {
    name: 'a used-up disk quota',
    fault: { step: 'write', code: 'EDQUOT', message: 'disk quota exceeded' },
    says: 'guides/a.md: the disk quota is used up; nothing was written',
  },
  {
    name: 'a folder without write permission',
    fault: { step: 'create', code: 'EACCES', message: 'permission denied' },
    says: 'guides/a.md: the folder is read-only (no permission to create files in it); nothing was written',
  },
  {
    name: 'a disk mounted read-only',
    fault: { step: 'create', code: 'EROFS', message: 'read-only file system' },
    says: 'guides/a.md: the folder is read-only (its disk is mounted read-only); nothing was written',
  },
  { name: 'a device error while flushing', fault: { step: 'sync', code: 'EIO', message: 'i/o error' }, says: 'guides/a.md: EIO: i/o error, fsync' },
];

describe('saving when the disk refuses', () => {
  for (const { name, fault, says } of cases) {
    it(`fails on ${name} with an error naming the file and the cause, and leaves the file and folder as they were`, async () => {
      const temp = await makeTempWorkspace({ 'guides/a.md': ORIGINAL });
      cleanups.push(temp.dispose);
      const ws = await openWorkspace(temp.root, { watch: false });
      cleanups.push(() => ws.close());
      const path = join(temp.root, 'guides/a.md');
      const before = { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
      const opened = await ws.readArticle('guides/a.md');

      injected.fault = fault;
      const error = await studioErrorOf(ws.saveArticle('guides/a.md', EDITED, opened.hash));

      expect(error).toMatchObject({ code: 'IO_ERROR', file: 'guides/a.md', message: says });
      expect((await readFile(path)).equals(before.bytes)).toBe(true);
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
      expect(await readdir(join(temp.root, 'guides'))).toEqual(['a.md']);
      // The fault struck with part of the save on disk: the temp file was there, and is gone.
      if (fault.step !== 'create') expect(injected.tempBytesAtFailure).toBeGreaterThan(0);

      // Space freed, permission given: the same save, from the same opened version, now goes through.
      injected.fault = null;
      await ws.saveArticle('guides/a.md', EDITED, opened.hash);
      expect(await readFile(path, 'utf8')).toBe(EDITED);
    });
  }
});
