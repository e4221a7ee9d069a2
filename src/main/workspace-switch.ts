/**
 * Opening another folder from the desktop menu (Open Folder…, Open Recent).
 * The order matters: the writer is asked about unsaved edits before the
 * host switches, because once it has switched, a save from the old page
 * would land in the new folder. Then the page reloads onto the new
 * workspace without asking a second time. Electron-free, so it is tested
 * with fakes.
 */
export interface WorkspaceSwitchDeps {
  /** True when the page has no unsaved edits or the writer agreed to leave them. */
  readonly confirmLeaving: () => boolean;
  readonly openWorkspace: (root: string) => Promise<unknown>;
  /** Reloads the page, letting it go despite its beforeunload (the writer already answered). */
  readonly reloadWithoutAsking: () => void;
  readonly showError: (message: string) => void;
}

/** Switches to `root` (null: the picker was cancelled, nothing happens). True when the window now shows it. */
export async function switchWorkspace(root: string | null, deps: WorkspaceSwitchDeps): Promise<boolean> {
  if (root === null || !deps.confirmLeaving()) return false;
  try {
    await deps.openWorkspace(root);
  } catch (error) {
    deps.showError(error instanceof Error ? error.message : String(error));
    return false;
  }
  deps.reloadWithoutAsking();
  return true;
}
