import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Imports only go down the layers (architecture page): renderer → core;
 * main/cli → node → core; core imports no Electron, React, DOM or I/O.
 */
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads', 'url', 'stream', 'zlib'];
const ioModules = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`), 'node:fs/promises', 'fs/promises', 'electron', 'chokidar', 'trash'];
const layer = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'examples/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // ignoreRestSiblings: `const { html, ...rest } = page` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: layer([[...ioModules, 'react', 'react-dom', '**/node/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**']], 'src/core is pure: no Electron, React, DOM or I/O; pass data in.'),
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process', 'localStorage', 'navigator'] },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: layer([['electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**']], 'src/node serves core to the CLI and main; it knows nothing of them or of Electron.'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer([['electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**']], 'The CLI runs on plain Node.'),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: layer([[...ioModules, '**/node/**', '**/main/**', '**/cli/**', '**/preload/**']], 'The renderer talks to the machine only through lib/api.ts.'),
  },
  {
    // Its tests run in Node and may read files (the bundled examples), but still use no other layer.
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: layer([['**/node/**', '**/main/**', '**/cli/**', '**/preload/**']], 'Renderer tests test the renderer: no other layer.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer([['**/node/**', '**/renderer/**', '**/cli/**', 'zod']], 'The sandboxed preload bundles only channel names and the error type.'),
  },
);
