import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { chmodSync, readFileSync } from 'node:fs';
import { rendererBuildId } from './scripts/renderer-build-id.mjs';

/**
 * The CLI and the web-mode server run on plain Node: one ES module entry with
 * dependencies left to node_modules, as a `bin` needs.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
];

export default defineConfig({
  plugins: [
    {
      name: 'executable-bin',
      // `npx article-studio` executes the file directly: it must be executable.
      writeBundle: () => chmodSync(resolve('out/cli/article-studio.js'), 0o755),
    },
  ],
  define: { __RENDERER_BUILD__: JSON.stringify(rendererBuildId()) },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { 'article-studio': resolve('src/cli/article-studio.ts'), 'render-worker': resolve('src/node/export/render-worker.ts') },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      // Chunks beside the entries: the render pool finds its worker file next to itself.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', banner: '#!/usr/bin/env node' },
    },
  },
});
