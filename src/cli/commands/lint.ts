import { realpath, stat } from 'node:fs/promises';
import type { FileFinding } from '../../core/export';
import { lintArticle, lintWorkspace, buildLintContext, SEO_RULES } from '../../core/seo';
import { isArticlePath, SETTINGS_FILE } from '../../core/site';
import { readLintWorkspace, type LintWorkspaceRead } from '../../node/lint/read-lint-workspace';
import { workspaceForFile } from '../../node/workspace';
import { readArticleText } from '../../node/workspace/article-text';
import { CliUsageError, type CliIo } from '../cli-io';

/**
 * `--json` output. Stable: fields are only ever added, and `version` goes up
 * when one changes meaning. `file` is relative to the workspace root.
 */
export interface LintJson {
  readonly version: 1;
  readonly findings: readonly {
    readonly file: string;
    readonly line: number;
    readonly severity: 'error' | 'warning' | 'info';
    readonly ruleId: string;
    readonly message: string;
    readonly fixable: boolean;
  }[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number; readonly files: number };
}

/**
 * `article-studio lint <file|workspace>`: the app's SEO checks. Exit 1 when
 * an error-level finding exists, else 0. Exit 2 for bad usage and for what
 * keeps the checks from running (no such path, an unreadable file), so 1
 * always means "the articles have errors".
 */
export async function lintCommand(target: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    throw new CliUsageError(`${target}: ${error.code === 'ENOENT' ? 'no such file or folder' : error.message}`);
  });
  const now = new Date();
  let findings: FileFinding[];
  let files: number;
  if (info.isDirectory()) {
    const root = await realpath(target);
    const workspace = await readLintWorkspace(root);
    reportSettings(workspace, root, io);
    findings = [
      ...workspace.unreadable.map(({ path, message }) => ({ file: path, line: 1, severity: 'error' as const, ruleId: SEO_RULES.unreadable, message })),
      ...lintWorkspace({ articles: workspace.articles, files: workspace.files, settings: workspace.settings, now }),
    ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    files = workspace.articles.length + workspace.unreadable.length;
  } else {
    const { root, relativePath } = await workspaceForFile(target);
    if (!isArticlePath(relativePath)) throw new CliUsageError(`${target}: not an article (a .md file outside assets/ and dot-folders)`);
    const text = await readArticleText(target, target).catch((error: Error) => {
      throw new CliUsageError(error.message);
    });
    const workspace = await readLintWorkspace(root);
    reportSettings(workspace, root, io);
    const context = buildLintContext(workspace.articles, workspace.files);
    findings = lintArticle({ path: relativePath, text, settings: workspace.settings, context, now });
    files = 1;
  }
  const summary = {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    infos: findings.filter((finding) => finding.severity === 'info').length,
    files,
  };
  if (options.json) {
    const json: LintJson = {
      version: 1,
      findings: findings.map(({ file, line, severity, ruleId, message, fix }) => ({ file, line, severity, ruleId, message, fixable: fix !== undefined })),
      summary,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout(`${finding.file}:${finding.line}  ${finding.severity}  ${finding.ruleId}  ${finding.message}\n`);
    io.stdout(`${findings.length > 0 ? '\n' : ''}${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'info')} in ${count(files, 'article')}\n`);
  }
  return summary.errors > 0 ? 1 : 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function reportSettings(workspace: LintWorkspaceRead, root: string, io: CliIo): void {
  if (!workspace.settingsFound) io.stderr(`article-studio: no ${SETTINGS_FILE} in ${root}; using the default settings\n`);
  for (const problem of workspace.problems) io.stderr(`${root}/${SETTINGS_FILE}:${problem.line}: ${problem.message}\n`);
}
