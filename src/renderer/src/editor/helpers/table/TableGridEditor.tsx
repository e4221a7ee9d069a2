import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { cellEditText, parseTable, setAlign, setCell, TableSyntaxError, type ColumnAlign, type TableBlock, type TableGrid } from '../../../../../core/table';
import { gridOperations, OVERFLOW_FIXES, type GridCell } from './grid-operations';

interface Props {
  readonly table: TableBlock;
  /** The grid as the editor holds it right now (a blur may have just changed it). */
  readonly liveGrid: () => TableGrid | null;
  /** Writes a new grid over the table as one undo step, then gives the focus to what `focus` finds. */
  readonly onChange: (grid: TableGrid, focus: (() => HTMLElement | null | undefined) | undefined, message: string) => void;
  readonly onFormat: () => void;
}

const ALIGNS: readonly { readonly value: ColumnAlign; readonly label: string }[] = [
  { value: null, label: 'Default' },
  { value: 'left', label: 'Left' },
  { value: 'center', label: 'Center' },
  { value: 'right', label: 'Right' },
];

/**
 * The table at the cursor as a grid of fields. A cell is written when it
 * loses focus or on Enter; row and column buttons act on the focused cell.
 * Cells show escaped pipes as plain `|`, and get their backslash back when
 * written, so pipes, code and links survive every edit.
 */
export function TableGridEditor({ table, liveGrid, onChange, onFormat }: Props) {
  const parsed = useMemo(() => readGrid(table.source), [table.source]);
  const [at, setAt] = useState<GridCell>({ row: 0, column: 0 });
  const root = useRef<HTMLDivElement>(null);
  /** The cell Enter left, to come back to. */
  const returnTo = useRef<string | null>(null);
  if (typeof parsed === 'string') {
    return (
      <p className="notice notice-error" role="alert">
        This table cannot be edited as a grid: {parsed}
      </p>
    );
  }
  const grid = parsed;
  const cell: GridCell = { row: Math.min(at.row, grid.rows.length - 1), column: Math.min(at.column, grid.header.length - 1) };
  const where = cell.row < 0 ? `header, column ${cell.column + 1}` : `row ${cell.row + 1}, column ${cell.column + 1}`;

  const cellFinder = (target: GridCell) => () => root.current?.querySelector<HTMLElement>(`[data-cell="${target.row}:${target.column}"]`);
  const commit = (row: number, column: number, text: string, focus: (() => HTMLElement | null | undefined) | undefined) => {
    const current = liveGrid();
    if (!current) return;
    const before = row < 0 ? current.header[column] : current.rows[row]?.[column];
    if (before === undefined || cellEditText(before) === text) {
      focus?.()?.focus();
      return;
    }
    onChange(setCell(current, row, column, text), focus, `Wrote the cell at ${row < 0 ? 'the header' : `row ${row + 1}`}, column ${column + 1}.`);
  };
  /**
   * Enter writes the cell by leaving it, and comes back: an edit made while
   * the field is still taking the key would leave the browser's undo with
   * an empty step of the field's typing on top of the table edit.
   */
  const onCellKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    returnTo.current = event.currentTarget.dataset.cell ?? null;
    event.currentTarget.blur();
  };
  /** Where the focus was going when a cell was left: back there once the text box has done the edit. */
  const onCellBlur = (event: FocusEvent<HTMLInputElement>, row: number, column: number) => {
    const next = event.relatedTarget instanceof HTMLElement && root.current?.contains(event.relatedTarget) ? event.relatedTarget : null;
    const nextCell = next?.dataset.cell ?? returnTo.current;
    returnTo.current = null;
    commit(row, column, event.currentTarget.value, nextCell ? () => root.current?.querySelector<HTMLElement>(`[data-cell="${nextCell}"]`) : next ? () => next : undefined);
  };
  const input = (row: number, column: number, source: string) => (
    <input
      // A new key whenever the source changes: the field shows what the text now holds (after an undo, too).
      key={`${row}:${column}:${source}`}
      defaultValue={cellEditText(source)}
      data-cell={`${row}:${column}`}
      aria-label={row < 0 ? `Header, column ${column + 1}` : `Row ${row + 1}, column ${column + 1}`}
      className={grid.align[column] ? `align-${grid.align[column]}` : undefined}
      onFocus={() => setAt({ row, column })}
      onBlur={(event) => onCellBlur(event, row, column)}
      onKeyDown={onCellKey}
    />
  );

  return (
    <div className="table-editor" ref={root}>
      <div className="table-tools" role="toolbar" aria-label={`Table: ${where}`}>
        {(['Rows', 'Columns'] as const).map((group) => (
          <div key={group} className="table-tool-group" role="group" aria-label={group}>
            {gridOperations(grid, cell)
              .filter((operation) => operation.group === group)
              .map((operation) => (
                <button
                  key={operation.label}
                  type="button"
                  disabled={operation.unavailable !== null}
                  title={operation.unavailable ?? `${operation.label} (${where})`}
                  onClick={() => {
                    const current = liveGrid();
                    if (current) onChange(operation.run(current), cellFinder(operation.focus), `${operation.label}: done.`);
                  }}
                >
                  {operation.label}
                </button>
              ))}
          </div>
        ))}
        <label className="table-align">
          Column {cell.column + 1} alignment
          <select
            value={grid.align[cell.column] ?? ''}
            onChange={(event) => {
              const current = liveGrid();
              const value = (event.target.value || null) as ColumnAlign;
              if (current) onChange(setAlign(current, cell.column, value), () => root.current?.querySelector<HTMLElement>('.table-align select'), `Column ${cell.column + 1} aligned ${value ?? 'by default'}.`);
            }}
          >
            {ALIGNS.map((option) => (
              <option key={option.label} value={option.value ?? ''}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onFormat}>
          Format table
        </button>
      </div>
      {grid.overflow.length > 0 && (
        <p className="notice notice-warning">
          {grid.overflow.length === 1 ? `Row ${grid.overflow[0]!.row + 1} has` : `${grid.overflow.length} rows have`} cells past the last column, which the page does not show.
          {OVERFLOW_FIXES.map((fix) => (
            <button key={fix.label} type="button" onClick={() => liveGrid() && onChange(fix.run(liveGrid()!), cellFinder(cell), `${fix.label}: done.`)}>
              {fix.label}
            </button>
          ))}
        </p>
      )}
      <div className="table-grid-scroll">
        <table className="table-grid">
          <thead>
            <tr>
              {grid.header.map((source, column) => (
                <th key={column}>{input(-1, column, source)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((cells, row) => (
              <tr key={row}>
                {cells.map((source, column) => (
                  <td key={column}>{input(row, column, source)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function readGrid(source: string): TableGrid | string {
  try {
    return parseTable(source);
  } catch (error) {
    if (error instanceof TableSyntaxError) return error.message;
    throw error;
  }
}
