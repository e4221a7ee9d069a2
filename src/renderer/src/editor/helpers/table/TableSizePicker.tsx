import { useId, useState, type FormEvent } from 'react';

interface Props {
  readonly onInsert: (rows: number, columns: number) => void;
}

const SHOWN_ROWS = 8;
const SHOWN_COLUMNS = 8;
const MAX_ROWS = 100;
const MAX_COLUMNS = 20;

/**
 * Chooses a new table's size: a grid to point at with the mouse, and two
 * number fields (the keyboard's way, and for tables past the grid). Rows
 * count the body rows; the header row always comes with them.
 */
export function TableSizePicker({ onInsert }: Props) {
  const [rows, setRows] = useState(2);
  const [columns, setColumns] = useState(3);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onInsert(clamp(rows, 0, MAX_ROWS), clamp(columns, 1, MAX_COLUMNS));
  };
  return (
    <form className="table-size-picker" onSubmit={submit}>
      <div className="table-size-grid" aria-hidden="true">
        {Array.from({ length: SHOWN_ROWS * SHOWN_COLUMNS }, (_, index) => {
          const row = Math.floor(index / SHOWN_COLUMNS);
          const column = index % SHOWN_COLUMNS;
          const inside = row <= rows && column < columns;
          return (
            <span
              key={index}
              className={`table-size-cell${inside ? ' table-size-chosen' : ''}${row === 0 ? ' table-size-header' : ''}`}
              onMouseEnter={() => {
                setRows(row);
                setColumns(column + 1);
              }}
              onClick={() => onInsert(row, column + 1)}
            />
          );
        })}
      </div>
      <div className="table-size-fields">
        <label>
          Columns
          <input type="number" min={1} max={MAX_COLUMNS} value={columns} onChange={(event) => setColumns(Number(event.target.value))} aria-describedby={`${id}-size`} />
        </label>
        <label>
          Rows below the header
          <input type="number" min={0} max={MAX_ROWS} value={rows} onChange={(event) => setRows(Number(event.target.value))} aria-describedby={`${id}-size`} />
        </label>
        <p className="helper-hint" id={`${id}-size`}>
          A header row and {clamp(rows, 0, MAX_ROWS)} {rows === 1 ? 'row' : 'rows'} of {clamp(columns, 1, MAX_COLUMNS)} {columns === 1 ? 'column' : 'columns'}, after the paragraph at the cursor.
        </p>
        <button type="submit" className="primary">
          Insert table
        </button>
      </div>
    </form>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
