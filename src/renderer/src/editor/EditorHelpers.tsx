import type { ICommand } from '@uiw/react-md-editor';
import { useLayoutEffect, useMemo, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import type { ArticleSummary, WorkspaceInfo } from '../../../core/api';
import type { EditorBridge } from './editor-bridge';
import { formatTableAt } from './helpers/table/format-table-at';
import { HelperPanels } from './helpers/HelperPanels';
import { HelperStore } from './helpers/helper-store';
import { firstImageFile } from './helpers/image/image-file';
import { takeImage } from './helpers/image/take-image';
import { pasteAsTable, pastedTableMessage } from './helpers/table/table-paste';
import { helperToolbar, type HelperActions } from './helpers/toolbar';

export interface EditorHelperContext {
  /** The open article's workspace path. */
  readonly path: string;
  readonly workspace: WorkspaceInfo | null;
  readonly articles: readonly ArticleSummary[];
  /** The body editor; null until it exists. */
  readonly bridge: { readonly current: EditorBridge | null };
  /** The body as the editor holds it: the panels show what it contains. */
  readonly body: string;
}

export type HelperTextareaProps = Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onPaste' | 'onDrop' | 'onDragOver'>;

export interface EditorHelpers {
  /** The editor toolbar. */
  readonly commands: ICommand[];
  /** Panels and dialogs the toolbar opens, rendered beside the editor. */
  readonly panels: ReactNode;
  /** The text box's paste and drop handlers: tables and images pasted or dropped in. */
  readonly textareaProps: HelperTextareaProps;
}

/**
 * The editor's toolbar and the helper panels it opens (FAQ, tables,
 * images, internal links). Every change goes through the bridge, so it is
 * one undo step in the editor. The helpers' state lives in a store only the
 * panels subscribe to: the editor itself never re-renders for it.
 */
export function useEditorHelpers(context: EditorHelperContext): EditorHelpers {
  const [store] = useState(() => new HelperStore());
  const { bridge } = context;
  useLayoutEffect(() => {
    store.connect(() => bridge.current);
  }, [store, bridge]);
  // Built once: the editor binds shortcuts to the first command list it sees.
  const commands = useMemo(() => helperToolbar(helperActions(store)), [store]);

  const textareaProps = useMemo<HelperTextareaProps>(
    () => ({
      onPaste: (event) => {
        const bridge = store.editor();
        if (!bridge) return;
        const image = firstImageFile(event.clipboardData.files);
        if (image) {
          event.preventDefault();
          void takeImage(store, image, bridge.selection());
          return;
        }
        const before = bridge.body();
        const selection = bridge.selection();
        const text = event.clipboardData.getData('text/plain');
        const change = pasteAsTable(before, selection, text, event.clipboardData.getData('text/html'));
        if (!change) return;
        event.preventDefault();
        bridge.replaceBody(change.body, change.end);
        store.say({
          tone: 'info',
          message: `${pastedTableMessage(change)} Ctrl+Z undoes it.`,
          // Changing one's mind keeps the history honest: the table becomes the pasted text, as a step of its own.
          action: {
            label: 'Paste as plain text instead',
            run: () => {
              if (bridge.body() !== change.body) {
                store.say({ tone: 'info', message: 'The text has changed since the paste: Ctrl+Z in the editor takes the table out.' });
                return;
              }
              bridge.replaceBody(before.slice(0, selection.start) + text + before.slice(selection.end), selection.start + text.length);
              store.say({ tone: 'info', message: 'Pasted as plain text.' });
            },
          },
        });
      },
      onDragOver: (event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDrop: (event) => {
        const bridge = store.editor();
        const image = firstImageFile(event.dataTransfer.files);
        if (!bridge || !image) return;
        event.preventDefault();
        bridge.focus();
        void takeImage(store, image, bridge.selection());
      },
    }),
    [store],
  );

  return { commands, panels: <HelperPanels store={store} context={context} />, textareaProps };
}

/** What the toolbar's helper buttons do. */
function helperActions(store: HelperStore): HelperActions {
  return {
    openLinkPicker: (selection) => {
      // The picker gives the focus back to what had it: the text box, where the link goes.
      store.editor()?.focus();
      store.openLinkPicker(selection);
    },
    pickImage: () => store.askForImage(),
    toggleTable: (caret) => store.togglePanel('table', caret),
    formatTable: (caret) => store.say(formatTableAt(store.editor(), caret)),
    toggleFaq: (caret) => store.togglePanel('faq', caret),
  };
}
