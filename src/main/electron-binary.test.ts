import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
// The check behind `npm start` (scripts/start.mjs) and the Electron e2e skip;
// tested here because vitest collects src/**.
import {
  ELECTRON_MISSING_MESSAGE,
  electronBinaryAvailable,
  electronBinaryPath,
} from '../../scripts/electron-binary.mjs';

describe('electron binary check', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'electron-pkg-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is missing without path.txt (ELECTRON_SKIP_BINARY_DOWNLOAD)', () => {
    expect(electronBinaryPath(dir)).toBeNull();
    expect(electronBinaryAvailable(dir)).toBe(false);
    expect(electronBinaryAvailable(null)).toBe(false);
  });

  it('is missing when path.txt names a file that is not in dist/', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(electronBinaryAvailable(dir)).toBe(false);
    await writeFile(join(dir, 'path.txt'), '');
    expect(electronBinaryAvailable(dir)).toBe(false);
  });

  it('is found when path.txt and dist/<file> both exist', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron\n');
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    expect(electronBinaryPath(dir)).toBe(join(dir, 'dist', 'electron'));
    expect(electronBinaryAvailable(dir)).toBe(true);
  });

  it('explains itself in one sentence', () => {
    expect(ELECTRON_MISSING_MESSAGE).toContain('npm run serve');
    expect(ELECTRON_MISSING_MESSAGE.split('. ')).toHaveLength(1);
  });
});
