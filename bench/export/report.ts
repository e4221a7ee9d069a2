export type ToolName = 'Article Studio' | 'Eleventy' | 'Hugo';

export interface ToolResult {
  readonly name: ToolName;
  readonly runs: readonly { readonly ms: number; readonly peakMB: number }[];
  readonly medianMs: number;
  /** Median over the runs of each run's peak RSS. */
  readonly peakMB: number;
  readonly output: { readonly files: number; readonly bytes: number; readonly pageBytes: number };
  readonly notes?: string;
}

export interface SizeResult {
  readonly size: number;
  readonly tools: readonly ToolResult[];
}

export interface Report {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: Record<string, unknown>;
  readonly machineLine: string;
  readonly targetSize: number;
  readonly sizes: readonly SizeResult[];
  readonly incremental: {
    readonly size: number;
    readonly startupMs: number;
    readonly cli: {
      readonly fullMs: number;
      readonly changedMs: number;
      readonly unchangedMs: number;
      readonly changedRuns: readonly number[];
      readonly unchangedRuns: readonly number[];
      readonly unchangedPeakMB: number;
    };
    readonly app: { readonly fullMs: number; readonly changedMs: number; readonly unchangedMs: number; readonly changedRuns: readonly number[]; readonly unchangedRuns: readonly number[] };
  } | null;
  readonly exportSeconds: number;
}

export interface TargetRow {
  readonly target: string;
  readonly measured: string;
  readonly status: 'met' | 'not met' | 'not measured';
}

const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');

/** A Markdown table (it reads as plain text too, and pastes into the README as is). */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatReport(report: Report): { table: string; targets: string; targetRows: TargetRow[] } {
  const rows: string[][] = [];
  for (const { size, tools } of report.sizes) {
    const ours = tools.find((tool) => tool.name === 'Article Studio')!;
    for (const tool of tools) {
      rows.push([
        tool.name,
        `${size.toLocaleString('en')} × 20 KB`,
        (tool.medianMs / 1000).toFixed(2),
        String(tool.runs.length),
        tool.peakMB.toFixed(0),
        tool === ours ? '1.00×' : ratio(tool.medianMs / ours.medianMs),
        tool === ours ? '1.00×' : ratio(tool.peakMB / ours.peakMB),
        `${(tool.output.bytes / 1024 / 1024).toFixed(1)} MB, ${(tool.output.pageBytes / 1024).toFixed(1)} KB/page`,
      ]);
    }
  }
  const tableText = table(['tool', 'size', 'median s', 'runs', 'peak MB', 'time vs ours', 'memory vs ours', 'output'], rows);

  const at = report.sizes.find((result) => result.size === report.targetSize);
  const tool = (name: ToolName) => at?.tools.find((candidate) => candidate.name === name);
  const ours = tool('Article Studio');
  const hugo = tool('Hugo');
  const eleventy = tool('Eleventy');
  const inc = report.incremental;
  const size = `${report.targetSize.toLocaleString('en')} articles`;
  const targetRows: TargetRow[] = [];
  const judge = (target: string, measured: string | null, ok: boolean) =>
    targetRows.push({ target, measured: measured ?? '—', status: measured === null ? 'not measured' : ok ? 'met' : 'not met' });
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

  judge(
    `Full export (${size}) no slower than Hugo`,
    ours && hugo ? `ours ${s(ours.medianMs)} vs Hugo ${s(hugo.medianMs)}: ${ratio(ours.medianMs / hugo.medianMs)} Hugo's time` : null,
    !!ours && !!hugo && ours.medianMs <= hugo.medianMs,
  );
  judge(
    `Full export (${size}) ≤ ½ Eleventy's time`,
    ours && eleventy ? `ours ${s(ours.medianMs)} vs Eleventy ${s(eleventy.medianMs)}: ${ratio(ours.medianMs / eleventy.medianMs)} Eleventy's time` : null,
    !!ours && !!eleventy && ours.medianMs <= eleventy.medianMs / 2,
  );
  judge(
    'Re-export of one changed article ≤ 50 ms (in the app: process kept running)',
    inc ? `${inc.app.changedMs.toFixed(1)} ms (through the CLI, a new process each time: ${inc.cli.changedMs.toFixed(0)} ms, of which ${inc.startupMs.toFixed(0)} ms is Node + CLI start-up)` : null,
    !!inc && inc.app.changedMs <= 50,
  );
  judge(
    'No-change re-export ≤ 1/10 of the full export (CLI vs CLI)',
    inc && ours ? `${inc.cli.unchangedMs.toFixed(0)} ms vs ${s(ours.medianMs)}: ${ratio(inc.cli.unchangedMs / ours.medianMs)}` : null,
    !!inc && !!ours && inc.cli.unchangedMs <= ours.medianMs / 10,
  );
  judge(
    'No-change re-export ≤ 1/10 of the full export (in the app)',
    inc ? `${inc.app.unchangedMs.toFixed(0)} ms vs ${s(inc.app.fullMs)}: ${ratio(inc.app.unchangedMs / inc.app.fullMs)}` : null,
    !!inc && inc.app.unchangedMs <= inc.app.fullMs / 10,
  );
  judge(
    `Peak memory of the full export (${size}) ≤ ½ Hugo's`,
    ours && hugo ? `ours ${ours.peakMB.toFixed(0)} MB vs Hugo ${hugo.peakMB.toFixed(0)} MB: ${ratio(ours.peakMB / hugo.peakMB)}` : null,
    !!ours && !!hugo && ours.peakMB <= hugo.peakMB / 2,
  );
  const targets = [
    `Targets${report.targetSize !== 1000 ? ` (the issue states them for 1,000 articles; judged here at ${size}, indicative only)` : ''}:`,
    ...targetRows.map((row) => `  [${row.status}] ${row.target}: ${row.measured}`),
  ].join('\n');
  return { table: tableText, targets, targetRows };
}
