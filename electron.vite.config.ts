import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererBuildId } from './scripts/renderer-build-id.mjs';

export default defineConfig({
  main: {
    define: { __RENDERER_BUILD__: JSON.stringify(rendererBuildId()) },
    build: {
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), 'render-worker': resolve('src/node/export/render-worker.ts') },
        // Chunks beside the entries: the render pool finds its worker file next to itself.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or anything from
      // node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: { rolldownOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react()],
  },
});
