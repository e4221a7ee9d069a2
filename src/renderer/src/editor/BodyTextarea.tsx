import { EditorContext, handleKeyDown, shortcuts, type ICommand } from '@uiw/react-md-editor/nohighlight';
import { useContext, useEffect, useLayoutEffect, useRef, type CSSProperties, type Ref, type TextareaHTMLAttributes } from 'react';

/**
 * What the body text box is to show, set from outside the typing: the opened
 * article, a reload, the fields form, a fix. A new object each time, so that
 * setting the same text again still reaches the box after the writer typed.
 */
export interface EditorSeed {
  readonly body: string;
}

/** What the editor library hands its `components.textarea` renderer, besides the text box's own attributes. */
interface LibraryProps {
  readonly dispatch?: unknown;
  readonly shortcuts?: unknown;
  readonly useContext?: unknown;
}

export interface BodyTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange' | 'onInput'>, LibraryProps {
  readonly seed: EditorSeed;
  /** The writer changed the text (typing, undo, a toolbar command, a helper): the box's whole value. */
  readonly onTyped: (body: string) => void;
  /** The library's own change handler and value: set aside, see below. */
  readonly value?: unknown;
  readonly onChange?: unknown;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A typed character's events stop at the text box. Nothing above it
 * handles them (app commands listen in the capture phase, before the box),
 * and React's root listener would otherwise run its event plugins for each
 * of them (keydown, keypress, textInput, beforeinput, input, keyup): at
 * 20 KB that was about a millisecond of every keystroke's task, a tenth of
 * it, against a bare text box. Keys with a modifier, and every other key
 * (Enter, Tab, arrows, Backspace), go on as before.
 */
function stopTyping(event: KeyboardEvent): void {
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing) event.stopPropagation();
}
/** A character typed (or inserted by the keyboard's input method): its beforeinput and input events. */
function stopInsertText(event: Event): void {
  if ((event as InputEvent).inputType === 'insertText') event.stopPropagation();
}
/** The legacy textInput event: React's onBeforeInput polyfill is its only listener, and the app has no onBeforeInput. */
function stopAlways(event: Event): void {
  event.stopPropagation();
}

/** The library's text box style when highlighting is off (its custom-renderer style differs). */
const STYLE: CSSProperties = { WebkitTextFillColor: 'initial', overflow: 'auto' };

/**
 * The body text box, in place of the editor library's own. Uncontrolled:
 * a keystroke changes the box and nothing else before it is painted. A
 * controlled box makes React compare and write back the whole value, and
 * its default value (the box's text node), on every keystroke, and makes
 * the library re-render its whole toolbar; in a long article that cost
 * pushed keystrokes past a frame. The box takes a new text only when
 * `seed` changes.
 *
 * Keys behave as in the library's box: its key handling (Tab indents, Enter
 * continues a list, Ctrl+D duplicates a line, Alt+arrows move one) and its
 * shortcuts run, but only for the keys they act on, since both read or
 * scan the whole text.
 */
export function BodyTextarea({ seed, onTyped, ref, value: _value, onChange: _onChange, dispatch: _dispatch, shortcuts: _shortcuts, useContext: _useContext, ...attributes }: BodyTextareaProps) {
  const box = useRef<HTMLTextAreaElement | null>(null);
  const editor = useContext(EditorContext);
  const latest = useRef({ editor, onTyped });
  useLayoutEffect(() => {
    latest.current = { editor, onTyped };
  });

  useLayoutEffect(() => {
    const textarea = box.current;
    // Assigning resets the box's undo history: only when the text really is another. (Also the first text: see below.)
    if (textarea && textarea.value !== seed.body) textarea.value = seed.body;
  }, [seed]);

  useEffect(() => {
    const textarea = box.current;
    if (!textarea) return;
    const onInput = (event: Event) => {
      latest.current.onTyped(textarea.value);
      stopInsertText(event);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const { tabSize, defaultTabEnable, commands, extraCommands, commandOrchestrator, dispatch, fullscreen, preview, highlightEnable } = latest.current.editor;
      if (event.code === 'Tab' || event.code === 'Enter' || event.ctrlKey || event.altKey) handleKeyDown(event, tabSize, defaultTabEnable);
      if (event.ctrlKey || event.altKey || event.shiftKey || event.metaKey || event.key === 'Escape') {
        const all: ICommand[] = [...(commands ?? []), ...(extraCommands ?? [])];
        shortcuts(event, all, commandOrchestrator, dispatch, { fullscreen, preview, highlightEnable });
      }
      stopTyping(event);
    };
    const listeners: [string, (event: never) => void][] = [
      ['input', onInput],
      ['keydown', onKeyDown],
      ['keypress', stopTyping],
      ['keyup', stopTyping],
      ['beforeinput', stopInsertText],
      ['textInput', stopAlways],
    ];
    for (const [type, listener] of listeners) textarea.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of listeners) textarea.removeEventListener(type, listener as EventListener);
    };
  }, []);

  const setRef = (element: HTMLTextAreaElement | null) => {
    box.current = element;
    // The library keeps the box too: its toolbar commands edit it.
    if (typeof ref === 'function') ref(element);
    else if (ref) (ref as { current: HTMLTextAreaElement | null }).current = element;
  };

  return (
    <textarea
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      {...attributes}
      // The class names of the library's own box (its renderer hook passes only the first).
      className="w-md-editor-text-input w-md-editor-input"
      style={STYLE}
      ref={setRef}
      // No defaultValue: after every input event React writes a box's defaultValue back into it (its text
      // node, the whole article), to restore "controlled" state. The text is set in the layout effect above.
    />
  );
}
