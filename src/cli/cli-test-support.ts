import { afterEach } from 'vitest';
import { makeTempWorkspace } from '../node/test-support/temp-workspace';
import type { CliIo } from './cli-io';

/** A CLI whose output the test reads back: not a terminal, no environment. */
export function captureIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (text) => void (out += text), stderr: (text) => void (err += text), env: {}, isTTY: false, out: () => out, err: () => err };
}

/** Registers what to undo after each test of the file (call at its top level); returns how to add to it. */
export function cleanupAfterEach(): (dispose: () => Promise<void>) => void {
  let cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.map((dispose) => dispose()));
    cleanups = [];
  });
  return (dispose) => void cleanups.push(dispose);
}

/** Temporary workspaces, removed after each test. */
export function tempWorkspaces(cleanup = cleanupAfterEach()): (files: Record<string, string>) => Promise<string> {
  return async (files) => {
    const temp = await makeTempWorkspace(files);
    cleanup(temp.dispose);
    return temp.root;
  };
}
