#!/usr/bin/env node
// `npm start`: the desktop app through `electron-vite preview` (build, then
// launch Electron), or one clear sentence when Electron cannot run here.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { ELECTRON_MISSING_MESSAGE, electronBinaryAvailable } from './electron-binary.mjs';

if (!electronBinaryAvailable()) {
  process.stderr.write(`${ELECTRON_MISSING_MESSAGE}\n`);
  process.exit(1);
}

// electron-vite's own CLI run by this Node: the same as `npx electron-vite
// preview`, without npx or a shell (which Windows needs for .cmd shims).
const require = createRequire(import.meta.url);
const manifestPath = require.resolve('electron-vite/package.json');
const cli = join(dirname(manifestPath), require(manifestPath).bin['electron-vite']);

const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('error', (error) => {
  process.stderr.write(`Could not run electron-vite: ${error.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// Let electron-vite shut Electron down itself, then report its exit code.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
