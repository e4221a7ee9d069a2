import type { ArticleSummary } from '../../core/api';
import { openWorkspace } from '../../node/workspace';
import type { CliIo } from '../cli-io';

export async function listCommand(workspace: string, options: { json?: boolean }, io: CliIo): Promise<void> {
  const service = await openWorkspace(workspace, { watch: false });
  try {
    const articles = await service.listArticles();
    if (options.json) {
      io.stdout(`${JSON.stringify(articles, null, 2)}\n`);
    } else {
      io.stdout(formatTable(articles));
    }
    for (const article of articles) {
      if (article.problem) io.stderr(`${article.path}:${article.problem.line}: ${article.problem.message}\n`);
    }
  } finally {
    await service.close();
  }
}

function formatTable(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'No articles in this workspace.\n';
  const rows = articles.map((a) => [a.path, a.date ?? '-', `${a.draft ? '[draft] ' : ''}${a.title ?? (a.problem ? '(frontmatter error)' : '(untitled)')}`]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`).join('\n') + '\n';
}
