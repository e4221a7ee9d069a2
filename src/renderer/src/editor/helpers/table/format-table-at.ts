import { formatTable, tableAt, TableSyntaxError } from '../../../../../core/table';
import type { EditorBridge } from '../../editor-bridge';
import type { HelperStatus } from '../helper-store';

export type FormatOutcome =
  | { readonly kind: 'formatted'; readonly body: string; readonly start: number; readonly line: number }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'no-table' }
  | { readonly kind: 'problem'; readonly message: string };

/** The body with the table at `offset` re-written with aligned pipes; nothing else changes. */
export function formatTableInBody(body: string, offset: number): FormatOutcome {
  const table = tableAt(body, offset);
  if (!table) return { kind: 'no-table' };
  try {
    const formatted = formatTable(table.source);
    if (formatted === table.source) return { kind: 'unchanged' };
    return { kind: 'formatted', body: body.slice(0, table.start) + formatted + body.slice(table.end), start: table.start, line: table.startLine };
  } catch (error) {
    if (error instanceof TableSyntaxError) return { kind: 'problem', message: `The table at line ${table.startLine + error.line - 1} cannot be formatted: ${error.reason}.` };
    throw error;
  }
}

/** "Format table", from the toolbar or the table editor: one undo step, and what happened. */
export function formatTableAt(bridge: EditorBridge | null, offset: number): HelperStatus {
  if (!bridge) return { tone: 'error', message: 'The editor is not ready yet.' };
  const outcome = formatTableInBody(bridge.body(), offset);
  if (outcome.kind === 'no-table') return { tone: 'info', message: 'Put the cursor in a table to format it.' };
  if (outcome.kind === 'unchanged') return { tone: 'info', message: 'The table is already formatted.' };
  if (outcome.kind === 'problem') return { tone: 'error', message: outcome.message };
  bridge.replaceBody(outcome.body, outcome.start);
  return { tone: 'info', message: `Formatted the table at line ${outcome.line}: its pipes line up. Ctrl+Z in the editor undoes it.` };
}
