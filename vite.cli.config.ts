import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { chmodSync, readFileSync } from 'node:fs';

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
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { 'article-studio': resolve('src/cli/article-studio.ts') },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: '[name].js', banner: '#!/usr/bin/env node' },
    },
  },
});
