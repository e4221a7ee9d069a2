import { Parser } from 'htmlparser2';
import { CellMarkdownBuilder } from './html-cell-markdown';
import { escapeBarePipes } from './row-cells';
import type { ColumnAlign, TableGrid } from './table-types';

interface HtmlCell {
  readonly markdown: string;
  readonly colspan: number;
  readonly rowspan: number;
  readonly align: ColumnAlign;
}

interface HtmlRow {
  readonly section: 'head' | 'body' | 'foot';
  readonly cells: HtmlCell[];
}

/** Elements whose text is never cell content. */
const SKIPPED = new Set(['style', 'script', 'template', 'title', 'caption', 'noscript']);
/** Browsers cap colspan at 1000 and rowspan at 65534; far less is plenty here. */
const MAX_SPAN = 1000;

function span(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, MAX_SPAN) : 1;
}

/** `align="right"` or `style="text-align: right"` on a header cell. */
function cellAlign(attributes: Readonly<Record<string, string>>): ColumnAlign {
  const value = (attributes.align ?? /text-align\s*:\s*(\w+)/i.exec(attributes.style ?? '')?.[1] ?? '').toLowerCase();
  return value === 'left' || value === 'center' || value === 'right' ? value : null;
}

/** Reads the rows of the first `<table>` in the HTML; nested tables flatten into their cell's text. */
function readRows(html: string): HtmlRow[] | null {
  const rows: HtmlRow[] = [];
  let tableDepth = 0;
  let tableSeen = false;
  let done = false;
  let skipDepth = 0;
  let section: HtmlRow['section'] = 'body';
  let row: HtmlRow | null = null;
  let cell: { builder: CellMarkdownBuilder; attributes: Readonly<Record<string, string>> } | null = null;

  const finishCell = (): void => {
    if (!cell) return;
    const { builder, attributes } = cell;
    row ??= { section, cells: [] };
    row.cells.push({ markdown: builder.finish(), colspan: span(attributes.colspan), rowspan: span(attributes.rowspan), align: cellAlign(attributes) });
    cell = null;
  };
  const finishRow = (): void => {
    finishCell();
    if (row) rows.push(row);
    row = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'table' && skipDepth === 0) {
          tableSeen = true;
          tableDepth += 1;
        }
        const own = tableDepth === 1 && skipDepth === 0;
        if (own && (name === 'thead' || name === 'tbody' || name === 'tfoot')) {
          finishRow();
          section = name === 'thead' ? 'head' : name === 'tfoot' ? 'foot' : 'body';
        } else if (own && name === 'tr') {
          finishRow();
          row = { section, cells: [] };
        } else if (own && (name === 'td' || name === 'th')) {
          finishCell();
          cell = { builder: new CellMarkdownBuilder(), attributes };
        } else if (cell && skipDepth === 0) {
          cell.builder.open(name, attributes);
        }
      },
      ontext(text) {
        if (!done && skipDepth === 0 && cell) cell.builder.text(text);
      },
      onclosetag(name) {
        if (done) return;
        if (skipDepth > 0) {
          if (SKIPPED.has(name)) skipDepth -= 1;
          return;
        }
        if (name === 'table' && tableDepth > 0) {
          tableDepth -= 1;
          if (tableDepth === 0) {
            finishRow();
            done = true;
          }
          return;
        }
        const own = tableDepth === 1;
        if (own && (name === 'td' || name === 'th')) finishCell();
        else if (own && name === 'tr') finishRow();
        else if (own && (name === 'thead' || name === 'tbody' || name === 'tfoot')) {
          finishRow();
          section = 'body';
        } else if (cell) cell.builder.close(name);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (!done) finishRow();
  return tableSeen ? rows : null;
}

/**
 * Lays rows out on a grid honouring `colspan` and `rowspan`: a spanning
 * cell's text goes in its first (top-left) slot and the other slots it covers
 * are '' — repeating the text would make the writer delete copies, while
 * padding keeps every column in place and the text once.
 */
function layOut(rows: readonly HtmlRow[]): { cells: string[][]; align: ColumnAlign[][] } {
  const carried: number[] = [];
  const cells: string[][] = [];
  const align: ColumnAlign[][] = [];
  for (const row of rows) {
    const out: (string | undefined)[] = [];
    const outAlign: ColumnAlign[] = [];
    carried.forEach((remaining, column) => {
      if (remaining > 0) {
        out[column] = '';
        carried[column] = remaining - 1;
      }
    });
    let column = 0;
    for (const cell of row.cells) {
      while (out[column] !== undefined) column += 1;
      for (let offset = 0; offset < cell.colspan; offset += 1) {
        out[column + offset] = offset === 0 ? cell.markdown : '';
        if (cell.rowspan > 1) carried[column + offset] = cell.rowspan - 1;
      }
      outAlign[column] = cell.align;
      column += cell.colspan;
    }
    cells.push(Array.from(out, (text) => text ?? ''));
    align.push(Array.from({ length: out.length }, (_, index) => outAlign[index] ?? null));
  }
  return { cells, align };
}

/**
 * The first `<table>` in an HTML string (a browser's or spreadsheet's
 * clipboard, with `<meta>`, `<style>`, `<colgroup>` and the rest around it)
 * as a grid. The header is the first `<thead>` row, or else the first row;
 * `<tfoot>` rows go last, as browsers show them. A column's alignment comes
 * from its header cell's `align` attribute or inline `text-align`. Captions
 * are left out. Null when there is no table or it has no rows.
 */
export function fromHtmlTable(html: string): TableGrid | null {
  const found = readRows(html);
  if (!found) return null;
  const ordered = [...found.filter((row) => row.section === 'head'), ...found.filter((row) => row.section === 'body'), ...found.filter((row) => row.section === 'foot')];
  const { cells, align } = layOut(ordered);
  const width = Math.max(0, ...cells.map((row) => row.length));
  if (cells.length === 0 || width === 0) return null;
  const pad = (row: readonly string[]): string[] => Array.from({ length: width }, (_, column) => escapeBarePipes(row[column] ?? ''));
  return {
    header: pad(cells[0]!),
    align: Array.from({ length: width }, (_, column) => align[0]![column] ?? null),
    rows: cells.slice(1).map(pad),
    overflow: [],
  };
}
