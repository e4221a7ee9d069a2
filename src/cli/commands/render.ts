import { isArticleError, parseArticle, type Article } from '../../core/article';
import { buildJsonLd } from '../../core/jsonld';
import { renderMarkdown } from '../../core/markdown';
import { renderPage } from '../../core/page';
import { SETTINGS_FILE } from '../../core/site';
import { workspaceForFile, type FileInWorkspace } from '../../node/workspace';
import { readArticleText } from '../../node/workspace/article-text';
import { CliFailure, type CliIo } from '../cli-io';

export type RenderOutput = 'fragment' | 'jsonld' | 'page';

/** `render`, `jsonld` and `page`: one article through the same pipeline as the preview and the export. */
export async function renderCommand(file: string, output: RenderOutput, io: CliIo): Promise<void> {
  const workspace = await workspaceForFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new CliFailure(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const { stat } = await import('node:fs/promises');
  if (!(await stat(file)).isFile()) throw new CliFailure(`${file}: not a file; give the path of one article`);
  reportSettings(workspace, file, io);
  const article = await readArticle(file);
  if (output === 'fragment') io.stdout(renderMarkdown(article.body));
  if (output === 'jsonld') io.stdout(`${JSON.stringify(buildJsonLd(article, workspace.settings, workspace.relativePath), null, 2)}\n`);
  if (output === 'page') io.stdout(renderPage(article, workspace.settings, workspace.relativePath));
}

async function readArticle(file: string): Promise<Article> {
  // Strict UTF-8, as everywhere: a lossy decode would publish U+FFFD for the writer's bytes.
  const text = await readArticleText(file, file).catch((error: Error) => {
    throw new CliFailure(error.message);
  });
  try {
    return parseArticle(text);
  } catch (error) {
    if (isArticleError(error)) throw new CliFailure(error.inFile(file).message);
    throw error;
  }
}

function reportSettings(workspace: FileInWorkspace, file: string, io: CliIo): void {
  if (!workspace.settingsFound) io.stderr(`article-studio: no ${SETTINGS_FILE} above ${file}; using the default settings\n`);
  for (const problem of workspace.problems) {
    io.stderr(`${workspace.root}/${SETTINGS_FILE}:${problem.line}: ${problem.message}\n`);
  }
}
