import { realpath } from 'node:fs/promises';
import { isArticleError, parseArticle, setFieldFromSource, type Article } from '../../core/article';
import { readArticleText } from '../../node/workspace/article-text';
import { writeFileAtomic } from '../../node/workspace/atomic-write';
import { StudioError } from '../../core/api';
import { CliFailure, CliUsageError, type CliIo } from '../cli-io';

/** `key=value` pairs as typed; the value is everything after the first '='. */
export function parseAssignments(assignments: readonly string[]): [string, string][] {
  return assignments.map((assignment) => {
    const at = assignment.indexOf('=');
    if (at <= 0) throw new CliUsageError(`"${assignment}" is not key=value`);
    return [assignment.slice(0, at), assignment.slice(at + 1)];
  });
}

export async function setCommand(file: string, assignments: readonly string[], io: CliIo): Promise<void> {
  const pairs = parseAssignments(assignments);
  let target: string;
  let text: string;
  try {
    target = await realpath(file);
    // Strict UTF-8: a lossy decode would rewrite bytes the writer never touched.
    text = await readArticleText(target, file);
  } catch (error) {
    if (error instanceof StudioError && error.code !== 'NOT_FOUND') throw new CliFailure(error.message);
    throw new CliFailure(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' || (error as StudioError).code === 'NOT_FOUND' ? 'no such file' : (error as Error).message}`);
  }
  let article: Article;
  try {
    article = pairs.reduce((current, [key, value]) => setFieldFromSource(current, key, value), parseArticle(text));
  } catch (error) {
    if (isArticleError(error)) throw new CliFailure(error.inFile(file).message);
    throw error;
  }
  if (article.text === text) {
    io.stdout(`${file}: unchanged\n`);
    return;
  }
  await writeFileAtomic(target, article.text).catch((error: NodeJS.ErrnoException) => {
    throw new CliFailure(`${file}: ${error.code === 'EREADONLY' ? 'the file is read-only; nothing was written' : error.message}`);
  });
  io.stdout(`${file}: set ${pairs.map(([key]) => key).join(', ')}\n`);
}
