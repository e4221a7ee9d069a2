/** Column alignment as the delimiter row spells it: `:--`, `:-:`, `--:` or plain `---` (null). */
export type ColumnAlign = 'left' | 'center' | 'right' | null;

/**
 * Cells a writer typed past the header's width in one body row. GFM renderers
 * drop them, but they are the writer's text, so the model keeps them instead
 * of losing them on the next format; `serializeTable` writes them back after
 * the row's regular cells, and `absorbOverflow` / `dropOverflow` let the
 * caller decide what to do with them.
 */
export interface RowOverflow {
  /** 0-based body row index (the header never overflows: it sets the width). */
  readonly row: number;
  /** Trimmed cell sources, in order; never ends with an empty cell. */
  readonly cells: readonly string[];
}

/**
 * A GFM table as data. Every cell is the cell's Markdown source, trimmed, with
 * pipes escaped (`\|`), exactly as it sits between the table's pipes.
 * `header`, `align` and every row have the same length (the column count).
 */
export interface TableGrid {
  readonly header: readonly string[];
  readonly align: readonly ColumnAlign[];
  readonly rows: readonly (readonly string[])[];
  /** Sorted by row; empty for nearly every table. */
  readonly overflow: readonly RowOverflow[];
}

/** Where one table sits in a Markdown body. */
export interface TableBlock {
  /** Offset of the first character of the header line (0-based). */
  readonly start: number;
  /** Offset just past the last character of the last row, before its line break. */
  readonly end: number;
  /** 1-based line of the header row. */
  readonly startLine: number;
  /** 1-based line of the last row (the delimiter row when there is no body). */
  readonly endLine: number;
  /** `markdown.slice(start, end)`. */
  readonly source: string;
}

/** Thrown by `parseTable` when its input is not exactly one GFM table. */
export class TableSyntaxError extends Error {
  override readonly name = 'TableSyntaxError';

  constructor(
    readonly reason: string,
    /** 1-based line within the parsed source. */
    readonly line: number,
  ) {
    super(`table line ${line}: ${reason}`);
  }
}
