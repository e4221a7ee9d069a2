import type { ReactNode, RefObject } from 'react';
import { Group, Panel, Separator, useDefaultLayout, type PanelImperativeHandle } from 'react-resizable-panels';

interface Props {
  readonly library: ReactNode;
  readonly editor: ReactNode;
  readonly preview: ReactNode;
  readonly previewPanel: RefObject<PanelImperativeHandle | null>;
}

/** Library, editor and preview side by side; the writer's sizes are remembered, and the preview can fold away. */
export function Workbench({ library, editor, preview, previewPanel }: Props) {
  const layout = useDefaultLayout({ id: 'article-studio-workbench', storage: localStorage });
  return (
    <Group className="panes" orientation="horizontal" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel id="pane-library" defaultSize="22%" minSize="12%" maxSize="40%" className="pane pane-library">
        {library}
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the library" />
      <Panel id="pane-editor" defaultSize="40%" minSize="20%" className="pane pane-editor">
        {editor}
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the preview" />
      <Panel id="pane-preview" defaultSize="38%" minSize="15%" collapsible collapsedSize="0%" panelRef={previewPanel} className="pane pane-preview">
        {preview}
      </Panel>
    </Group>
  );
}
