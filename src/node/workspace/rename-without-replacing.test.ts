import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameWithoutReplacing } from './rename-without-replacing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rename-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('renameWithoutReplacing', () => {
  it('moves the file to a free name and leaves no old name behind', async () => {
    await writeFile(join(dir, 'a.md'), 'A');
    await renameWithoutReplacing(join(dir, 'a.md'), join(dir, 'b.md'));
    expect(await readFile(join(dir, 'b.md'), 'utf8')).toBe('A');
    await expect(readFile(join(dir, 'a.md'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a taken name with EEXIST and touches neither file', async () => {
    await writeFile(join(dir, 'a.md'), 'A');
    await writeFile(join(dir, 'b.md'), 'written by another program');
    await expect(renameWithoutReplacing(join(dir, 'a.md'), join(dir, 'b.md'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe('A');
    expect(await readFile(join(dir, 'b.md'), 'utf8')).toBe('written by another program');
  });
});
