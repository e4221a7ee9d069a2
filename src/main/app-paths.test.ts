import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolveAppPaths } from './app-paths';

describe('resolveAppPaths', () => {
  it('finds the build outputs and the sample from out/main', () => {
    const root = resolve('/apps/article-studio');
    expect(resolveAppPaths(join(root, 'out', 'main'))).toEqual({
      appRoot: root,
      rendererDir: join(root, 'out', 'renderer'),
      preloadPath: join(root, 'out', 'preload', 'index.cjs'),
      sampleWorkspace: join(root, 'examples', 'sample-workspace'),
    });
  });
});
