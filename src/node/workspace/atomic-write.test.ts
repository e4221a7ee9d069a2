import { spawn } from 'node:child_process';
import { readdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { TEMP_FILE_SUFFIX } from './atomic-write';
import { openWorkspace } from './index';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((dispose) => dispose()));
  cleanups = [];
});

/** The id of a process that has run and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const tempName = (article: string, pid: number) => `.${article}.${pid}-0123456789ab${TEMP_FILE_SUFFIX}`;

describe('temp files at the next start', () => {
  it('removes those whose writer is gone, keeps those a running save may still rename', async () => {
    const dead = await deadPid();
    const alive = process.ppid; // vitest's main process, running for as long as this test
    const files = {
      'a.md': article('A'),
      [tempName('a.md', dead)]: 'a crashed save',
      [tempName('b.md', alive)]: 'a save in another window, running now',
      [tempName('c.md', process.pid)]: 'a save of our own, running now',
      [tempName('d.md', alive)]: 'a save that stopped long ago, whoever wrote it',
      [`.e.md.123${TEMP_FILE_SUFFIX}`]: 'a young temp file named by an older version, writer unknown',
    };
    const temp = await makeTempWorkspace(files);
    cleanups.push(temp.dispose);
    const longAgo = new Date(Date.now() - 3600_000);
    await utimes(join(temp.root, tempName('d.md', alive)), longAgo, longAgo);

    const ws = await openWorkspace(temp.root, { watch: false });
    cleanups.push(() => ws.close());
    await ws.listArticles();

    expect((await readdir(temp.root)).sort()).toEqual(['a.md', tempName('b.md', alive), tempName('c.md', process.pid), `.e.md.123${TEMP_FILE_SUFFIX}`].sort());
  });
});
