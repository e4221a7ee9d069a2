import type { ICommand } from '@uiw/react-md-editor';
import MDEditor from '@uiw/react-md-editor/nohighlight';
import { memo, useMemo, type TextareaHTMLAttributes } from 'react';
import { BodyTextarea, type EditorSeed } from './BodyTextarea';

interface Props {
  readonly seed: EditorSeed;
  readonly onTyped: (body: string) => void;
  readonly commands: ICommand[];
  /** The text box's label, spell checking and the helpers' paste and drop handlers. */
  readonly textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement>;
}

/**
 * The editor library with our text box (BodyTextarea). Memoised, and every
 * prop stays the same while the writer types: the library's toolbar and
 * context re-render only when the editor is given a new text (`seed`), not
 * for the article editor's own updates. Highlighting and the library's own
 * preview are off: they are what make typing slow in long articles, and the
 * preview is ours.
 */
export const BodyEditor = memo(function BodyEditor({ seed, onTyped, commands, textareaProps }: Props) {
  const components = useMemo(
    () => ({
      // The library's attributes first, then ours: its renderer hook turns spell checking off.
      textarea: (props: object) => <BodyTextarea {...(props as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...textareaProps} seed={seed} onTyped={onTyped} />,
    }),
    [seed, onTyped, textareaProps],
  );
  return (
    <MDEditor
      value={seed.body}
      preview="edit"
      highlightEnable={false}
      height="100%"
      visibleDragbar={false}
      commands={commands}
      // No live/preview/fullscreen switches: the preview pane is the one renderer.
      extraCommands={NO_EXTRA_COMMANDS}
      components={components}
    />
  );
});

/** One array for good: a new one per render would make the editor re-render its toolbar. */
const NO_EXTRA_COMMANDS: ICommand[] = [];
