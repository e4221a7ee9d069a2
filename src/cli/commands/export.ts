import type { FileFinding } from '../../core/export';
import { exportSite } from '../../node/export';
import { CliFailure, type CliIo } from '../cli-io';

export interface ExportCommandOptions {
  readonly out: string;
  readonly only?: string[];
  readonly drafts?: boolean;
  readonly relative?: boolean;
  readonly zip?: string;
  readonly strict?: boolean;
  readonly workers?: string;
}

/** `article-studio export`: progress on a terminal, one summary line otherwise; findings on stderr. */
export async function exportCommand(workspace: string, options: ExportCommandOptions, io: CliIo): Promise<number> {
  const started = performance.now();
  const bar = io.isTTY ? progressBar(io) : null;
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new CliFailure(`--workers must be a whole number, got "${options.workers}"`);
  const result = await exportSite(workspace, {
    out: options.out,
    only: options.only ?? [],
    drafts: options.drafts === true,
    relative: options.relative === true,
    ...(options.zip ? { zip: options.zip } : {}),
    strict: options.strict === true,
    ...(workers !== undefined ? { workers } : {}),
    ...(bar ? { onProgress: bar.update } : {}),
  });
  bar?.done();
  for (const finding of result.findings) io.stderr(formatFinding(finding));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.published) {
    io.stdout(`Not exported: ${result.findings.length} problem(s) and --strict; ${result.out} was left as it was\n`);
    return 1;
  }
  const what = result.unchanged ? 'unchanged, nothing rewritten' : `${result.written} files written`;
  io.stdout(
    `Exported ${result.pages} pages and ${result.assets} assets (${formatBytes(result.bytes)}) to ${result.out} in ${seconds} s: ${what}` +
      `${result.zip ? `; zip: ${result.zip}` : ''}${result.findings.length > 0 ? `; ${result.findings.length} problem(s)` : ''}\n`,
  );
  return options.strict && result.findings.length > 0 ? 1 : 0;
}

export function formatFinding(finding: FileFinding): string {
  return `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message} [${finding.ruleId}]\n`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One line redrawn in place: pages done / total and the current file. */
function progressBar(io: CliIo) {
  let last = 0;
  return {
    update({ done, total, current }: { done: number; total: number; current: string }) {
      const now = performance.now();
      if (done < total && now - last < 50) return;
      last = now;
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      io.stdout(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${current.slice(-40).padEnd(40)}`);
    },
    done() {
      io.stdout('\r\u001b[2K');
    },
  };
}
