import { bodyEdit, lineOfOffset, offsetOfLine } from './body-edit';
import { caretTop } from './caret-position';

/**
 * What the editor helpers (FAQ, tables, images, links, fixes) may do to the
 * body: read it and the selection, and change it through the text box's own
 * editing, so that each action is one undo step in the editor.
 */
export interface EditorBridge {
  /** The body as the editor holds it ('\n' line breaks). */
  body(): string;
  selection(): { readonly start: number; readonly end: number };
  /** 1-based body line of the caret. */
  caretLine(): number;
  /** Turns the body into `next` with one undoable edit; the caret lands at `caret` (default: after the edit). */
  replaceBody(next: string, caret?: number): void;
  /** Replaces the selection with `text` (one undo step). */
  replaceSelection(text: string): void;
  /** Puts the caret at the start of a 1-based body line and scrolls it into view. */
  goToLine(line: number): void;
  focus(): void;
}

/**
 * `afterEdit` runs after each change the bridge makes: the editor applies
 * it to the document at once (typing waits for the paint), so a helper sees
 * its result rendered, and can put the focus back into it, on the next frame.
 */
export function textareaBridge(textarea: HTMLTextAreaElement, afterEdit: () => void = () => undefined): EditorBridge {
  const select = (start: number, end: number) => {
    textarea.focus();
    textarea.setSelectionRange(start, end);
  };
  const edit = (start: number, end: number, text: string) => {
    select(start, end);
    // execCommand goes through the browser's editing, which records undo
    // and fires the input event React listens to; assigning .value would do neither.
    const done = text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
    if (!done) throw new Error('The editor did not accept the change.');
    afterEdit();
  };
  // The text box scrolls itself (or, in some layouts, its pane does): bring
  // the caret's line to the upper third, measured, not guessed.
  const scrollToCaret = (offset: number) => {
    const area = textarea.closest<HTMLElement>('.w-md-editor-area');
    const scroller = textarea.scrollHeight > textarea.clientHeight || !area ? textarea : area;
    scroller.scrollTop = Math.max(0, caretTop(textarea, offset) - scroller.clientHeight / 3);
  };
  return {
    body: () => textarea.value,
    selection: () => ({ start: textarea.selectionStart, end: textarea.selectionEnd }),
    caretLine: () => lineOfOffset(textarea.value, textarea.selectionStart),
    replaceBody(next, caret) {
      const change = bodyEdit(textarea.value, next);
      if (change) edit(change.start, change.end, change.text);
      const at = caret ?? (change ? change.start + change.text.length : textarea.selectionStart);
      select(at, at);
    },
    replaceSelection(text) {
      edit(textarea.selectionStart, textarea.selectionEnd, text);
    },
    goToLine(line) {
      const offset = offsetOfLine(textarea.value, line);
      select(offset, offset);
      scrollToCaret(offset);
    },
    focus: () => textarea.focus(),
  };
}
