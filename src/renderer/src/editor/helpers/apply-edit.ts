import type { EditorBridge } from '../editor-bridge';

/**
 * Puts a helper's new body into the editor as one undo step. The text box
 * takes the focus to do it (the browser's editing only works there), so the
 * control the writer used gets it back once React has drawn the result:
 * `refocus` finds it again by selector, since the old node may be gone.
 */
export function applyEdit(bridge: EditorBridge | null, next: string, caret?: number, refocus?: () => HTMLElement | null | undefined): boolean {
  if (!bridge) return false;
  bridge.replaceBody(next, caret);
  if (refocus) requestAnimationFrame(() => refocus()?.focus());
  return true;
}
