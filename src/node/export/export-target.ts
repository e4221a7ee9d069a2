import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StudioError } from '../../core/api';
import { isInside } from '../workspace/safe-path';

/** realpath of a folder that may not exist yet: its nearest existing ancestor's, plus the rest. */
async function realFolder(path: string): Promise<string> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

/**
 * Where an export may go. Never the workspace itself, never inside its
 * assets/ (the next export would copy its own output), never a folder that
 * contains the workspace (replacing it would take the articles along).
 */
export async function checkExportTarget(workspaceRoot: string, out: string): Promise<string> {
  const workspace = await realpath(workspaceRoot);
  const target = await realFolder(out);
  const refuse = (why: string): never => {
    throw new StudioError('INVALID_PATH', `Refused export folder ${out}: ${why}`, out);
  };
  if (target === workspace) refuse('it is the workspace itself');
  if (isInside(target, workspace)) refuse('it contains the workspace');
  if (isInside(join(workspace, 'assets'), target)) refuse("it is inside the workspace's assets/ folder");
  return target;
}
