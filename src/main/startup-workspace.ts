import { resolve } from 'node:path';
import type { WorkspaceService } from '../node/workspace/workspace-options';

export interface StartupWorkspaceDeps {
  /** ARTICLE_STUDIO_WORKSPACE: an explicit folder (tests, scripts, power users). */
  readonly envWorkspace: string | undefined;
  /** Relative env paths are taken from here. */
  readonly cwd: string;
  readonly readLastWorkspace: () => Promise<string | null>;
  /** Copies the bundled sample on first use and returns its folder. */
  readonly prepareSample: () => Promise<string>;
  readonly openWorkspace: (root: string) => Promise<WorkspaceService>;
  readonly warn: (message: string) => void;
}

export type StartupSource = 'env' | 'last' | 'sample';

/**
 * Picks the workspace to open at launch: the env variable, else the one used
 * last, else the sample. An explicit env folder that fails to open is an
 * error (the caller asked for exactly that folder); a remembered one that
 * has since moved or vanished falls back to the sample with a warning.
 */
export async function openStartupWorkspace(
  deps: StartupWorkspaceDeps,
): Promise<{ service: WorkspaceService; source: StartupSource }> {
  const explicit = deps.envWorkspace?.trim();
  if (explicit) {
    return { service: await deps.openWorkspace(resolve(deps.cwd, explicit)), source: 'env' };
  }
  const last = await deps.readLastWorkspace();
  if (last) {
    try {
      return { service: await deps.openWorkspace(last), source: 'last' };
    } catch (error) {
      deps.warn(`Could not reopen ${last} (${error instanceof Error ? error.message : String(error)}); opening the sample workspace.`);
    }
  }
  return { service: await deps.openWorkspace(await deps.prepareSample()), source: 'sample' };
}
