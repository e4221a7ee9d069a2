import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The export benchmark (bench/export/) as one plain-Node script, built like
 * the CLI: an ES module with dependencies left to node_modules. It runs the
 * built CLI, Eleventy and Hugo as child processes and imports exportSite for
 * the in-process re-export timings. `npm run bench` builds and runs it.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const external = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), ...Object.keys(pkg.dependencies)];

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { 'export-bench': resolve('bench/export/main.ts') },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
