import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempWorkspace } from '../test-support/temp-workspace';
import { writeNewFile } from './write-new-file';

let dispose: (() => Promise<void>) | null = null;
afterEach(async () => {
  await dispose?.();
  dispose = null;
});

describe('writeNewFile', () => {
  it('writes a new file whole, and refuses a taken name with EEXIST, leaving that file as it was', async () => {
    const temp = await makeTempWorkspace({ 'taken.png': 'mine' });
    dispose = temp.dispose;
    await writeNewFile(join(temp.root, 'new.png'), new Uint8Array([1, 2, 3]));
    expect([...(await readFile(join(temp.root, 'new.png')))]).toEqual([1, 2, 3]);
    await expect(writeNewFile(join(temp.root, 'taken.png'), new Uint8Array([9]))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(temp.root, 'taken.png'), 'utf8')).toBe('mine');
    expect((await readdir(temp.root)).sort()).toEqual(['new.png', 'taken.png']);
  });

  it('lets exactly one of two racing writers have a name', async () => {
    const temp = await makeTempWorkspace({});
    dispose = temp.dispose;
    const target = join(temp.root, 'race.png');
    const results = await Promise.allSettled([writeNewFile(target, new Uint8Array([1])), writeNewFile(target, new Uint8Array([2]))]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await readdir(temp.root)).toEqual(['race.png']);
  });
});
