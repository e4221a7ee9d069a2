import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The benchmarks that run as plain Node scripts (everything but the vitest
 * rendering micro-benchmarks), built like the CLI: ES modules with
 * dependencies left to node_modules (devDependencies too: Playwright drives
 * Chromium from here). `npm run bench` builds and runs them:
 *   export-bench     the built CLI, Eleventy and Hugo as child processes, exportSite in process
 *   workspace-bench  listing a big workspace, each cold run in a fresh workspace-list process
 *   typing-bench     Chromium through Playwright against the built CLI's web mode
 *   render-report    the rendering samples vitest bench left, as p50/p95/MB/s and targets
 *   bench-summary    every target of this run in one list, and the machine
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
const external = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), ...packages];

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: {
        'export-bench': resolve('bench/export/main.ts'),
        'workspace-bench': resolve('bench/workspace/main.ts'),
        'workspace-list': resolve('bench/workspace/list-child.ts'),
        'typing-bench': resolve('bench/typing/main.ts'),
        'render-report': resolve('bench/render/report.ts'),
        'bench-summary': resolve('bench/summary.ts'),
      },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
