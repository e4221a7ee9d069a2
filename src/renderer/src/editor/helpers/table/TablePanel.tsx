import { useEffect, useId, useMemo } from 'react';
import { createTable, findTables, insertTable, parseTable, replaceTable, tableAt, type TableBlock, type TableGrid } from '../../../../../core/table';
import type { EditorBridge } from '../../editor-bridge';
import { applyEdit } from '../apply-edit';
import type { HelperStatus } from '../helper-store';
import { formatTableAt } from './format-table-at';
import { TableGridEditor } from './TableGridEditor';
import { TableSizePicker } from './TableSizePicker';

interface Props {
  readonly body: string;
  /** The text box's caret: the panel edits the table under it, or offers to insert one. */
  readonly caret: number;
  readonly bridge: () => EditorBridge | null;
  readonly onCaret: (caret: number) => void;
  readonly onStatus: (status: HelperStatus) => void;
  readonly onClose: () => void;
}

const UNDO_HINT = 'Ctrl+Z in the editor undoes it.';

/** The table helper: a size picker away from tables, the grid editor in one. */
export function TablePanel({ body, caret, bridge, onCaret, onStatus, onClose }: Props) {
  const table = useMemo(() => findTables(body).find((candidate) => candidate.start <= caret && caret <= candidate.end) ?? null, [body, caret]);
  const titleId = useId();
  // The panel follows the caret however it moves: clicks and keys, and the jumps other panels make.
  useEffect(() => {
    const follow = () => {
      const selection = bridge()?.selection();
      if (selection) onCaret(selection.start);
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [bridge, onCaret]);

  /** The table as the text box holds it now, found again where it starts. */
  const liveTable = (): { text: string; table: TableBlock } | null => {
    const text = bridge()?.body() ?? body;
    const found = table ? tableAt(text, table.start) : null;
    return found ? { text, table: found } : null;
  };
  const liveGrid = (): TableGrid | null => {
    const live = liveTable();
    return live ? parseTable(live.table.source) : null;
  };
  const write = (grid: TableGrid, focus: (() => HTMLElement | null | undefined) | undefined, message: string) => {
    const live = liveTable();
    if (!live) return;
    const change = replaceTable(live.text, live.table, grid);
    if (change.body === live.text) return;
    onCaret(change.start);
    applyEdit(bridge(), change.body, change.start, focus);
    onStatus({ tone: 'info', message: `${message} ${UNDO_HINT}` });
  };
  const insert = (rows: number, columns: number) => {
    const editor = bridge();
    if (!editor) return;
    const change = insertTable(editor.body(), editor.selection(), createTable(rows, columns), { at: 'after-block' });
    onCaret(change.start);
    applyEdit(editor, change.body, change.start, () => document.querySelector<HTMLElement>('[data-testid="table-panel"] [data-cell="-1:0"]'));
    onStatus({ tone: 'info', message: `Inserted a table of ${columns} ${columns === 1 ? 'column' : 'columns'}, a header and ${rows} ${rows === 1 ? 'row' : 'rows'}. ${UNDO_HINT}` });
  };
  const format = () => {
    const status = formatTableAt(bridge(), table?.start ?? caret);
    onStatus(status);
  };

  return (
    <section className="helper-panel table-panel" aria-labelledby={titleId} data-testid="table-panel">
      <header className="helper-panel-header">
        <h3 id={titleId}>{table ? 'Edit table' : 'Insert a table'}</h3>
        <span className="helper-hint">{table ? `The table under the cursor, ${table.endLine - table.startLine - 1} ${table.endLine - table.startLine === 2 ? 'row' : 'rows'} below its header.` : 'The cursor is not in a table: choose the size of a new one.'}</span>
        <button type="button" className="helper-close" aria-label="Close the table editor" onClick={onClose}>
          ×
        </button>
      </header>
      {table ? <TableGridEditor table={table} liveGrid={liveGrid} onChange={write} onFormat={format} /> : <TableSizePicker onInsert={insert} />}
    </section>
  );
}
