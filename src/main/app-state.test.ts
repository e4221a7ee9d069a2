import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { readAppState, STATE_FILE, writeAppState } from './app-state';

describe('app state', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'app-state-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is empty when nothing was stored', async () => {
    expect(await readAppState(dir)).toEqual({});
    expect(await readAppState(join(dir, 'missing'))).toEqual({});
  });

  it('round-trips the last workspace', async () => {
    const workspace = join(dir, 'articles');
    await writeAppState(join(dir, 'profile'), { lastWorkspace: workspace });
    expect(await readAppState(join(dir, 'profile'))).toEqual({ lastWorkspace: workspace });
    expect(JSON.parse(await readFile(join(dir, 'profile', STATE_FILE), 'utf8'))).toEqual({ lastWorkspace: workspace });
  });

  it('ignores broken or unexpected content', async () => {
    for (const content of ['{not json', 'null', '[]', '{"lastWorkspace":3}', '{"lastWorkspace":"relative/path"}']) {
      await writeFile(join(dir, STATE_FILE), content);
      expect(await readAppState(dir), content).toEqual({});
    }
  });
});
