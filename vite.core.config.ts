import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `article-studio/core`: the pure core as one ES module for other tools
 * (a site generator, a CI check). Dependencies stay external: they are this
 * package's own dependencies and install with it.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const external = Object.keys(pkg.dependencies);

export default defineConfig({
  build: {
    outDir: 'out/core',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: resolve('src/core/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
});
