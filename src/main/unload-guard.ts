/**
 * The page blocks unloading (closing the window, reloading) while it has
 * unsaved edits, via `beforeunload`; in a desktop window Chromium would
 * then silently refuse. Electron reports it as `will-prevent-unload`, where
 * we ask the writer instead. Plain functions over a prompt so the decision
 * is tested without Electron.
 */

/** The question, in the shape of Electron's MessageBoxSyncOptions. */
export const UNLOAD_PROMPT = {
  type: 'question',
  buttons: ['Stay', 'Leave without saving'],
  defaultId: 0,
  cancelId: 0,
  message: 'This article has unsaved changes.',
  detail: 'If you leave now, the file keeps its last saved version.',
} as const;

export type UnloadPrompt = typeof UNLOAD_PROMPT;

/** The index of "Leave without saving" in UNLOAD_PROMPT.buttons. */
export const LEAVE_CHOICE = 1;

/** The window title the renderer shows while the open article has unsaved edits: "● path — Article Studio". */
export function titleShowsUnsavedEdits(title: string): boolean {
  return title.startsWith('●');
}

export interface UnloadGuard {
  /** For `will-prevent-unload`: calling preventDefault lets the page go despite its beforeunload. */
  onWillPreventUnload(event: { preventDefault(): void }): void;
  /** The writer already agreed to leave (before switching folders): the next unload goes without asking twice. */
  allowNextUnload(): void;
  /** The page was replaced; a permission not used by then must not let a later close skip the question. */
  onNavigated(): void;
}

/** `ask` shows UNLOAD_PROMPT and returns the index of the button chosen (Escape or closing the box is Stay). */
export function createUnloadGuard(ask: (prompt: UnloadPrompt) => number): UnloadGuard {
  let allowed = false;
  return {
    onWillPreventUnload(event) {
      const leave = allowed || ask(UNLOAD_PROMPT) === LEAVE_CHOICE;
      allowed = false;
      if (leave) event.preventDefault();
    },
    allowNextUnload() {
      allowed = true;
    },
    onNavigated() {
      allowed = false;
    },
  };
}

/** Asks before something else replaces the page (opening another folder): true to go ahead. */
export function confirmLeaving(title: string, ask: (prompt: UnloadPrompt) => number): boolean {
  return !titleShowsUnsavedEdits(title) || ask(UNLOAD_PROMPT) === LEAVE_CHOICE;
}
